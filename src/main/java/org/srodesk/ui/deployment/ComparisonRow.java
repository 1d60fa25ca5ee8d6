package org.srodesk.ui.deployment;

import java.util.Locale;

/**
 * One measure of a what-if, current against what-if. {@code judged}: a rise is bad news
 * (uncovered days, calls without an officer) and the view marks it; other measures (rovers,
 * covering days) are shown as they are, neither better nor worse.
 */
public record ComparisonRow(String measure, long current, long whatIf, boolean judged) {

    public long change() {
        return whatIf - current;
    }

    /** "+4", "−2", "0". */
    public String changeLabel() {
        long c = change();
        return c > 0 ? String.format(Locale.ROOT, "+%,d", c) : c < 0 ? String.format(Locale.ROOT, "−%,d", -c) : "0";
    }

    public boolean isWorse() {
        return judged && change() > 0;
    }

    public boolean isBetter() {
        return judged && change() < 0;
    }
}
