package org.srodesk.ui.deployment;

import java.util.Locale;

/**
 * One measure of a what-if, current against what-if. {@code worseWhenHigher}: a rise is bad news
 * (uncovered days, calls without an officer), so the view can mark it.
 */
public record ComparisonRow(String measure, long current, long whatIf, boolean worseWhenHigher) {

    public long change() {
        return whatIf - current;
    }

    /** "+4", "−2", "0". */
    public String changeLabel() {
        long c = change();
        return c > 0 ? String.format(Locale.ROOT, "+%,d", c) : c < 0 ? String.format(Locale.ROOT, "−%,d", -c) : "0";
    }

    public boolean isWorse() {
        return worseWhenHigher ? change() > 0 : change() < 0;
    }

    public boolean isBetter() {
        return change() != 0 && !isWorse();
    }
}
