package org.srodesk.bench;

import java.util.Locale;

/** One line of the results table: a measurement and, where there is one, its baseline from the same run. */
record Result(String name, String tier, Stats stats, String baselineName, Stats baseline, String note) {

    static Result of(String name, String tier, Stats stats, String note) {
        return new Result(name, tier, stats, "", null, note);
    }

    static Result against(String name, String tier, Stats stats, String baselineName, Stats baseline, String note) {
        return new Result(name, tier, stats, baselineName, baseline, note);
    }

    String ratio() {
        return baseline == null ? "" : String.format(Locale.ROOT, "%.2f× %s", stats.median() / baseline.median(), baselineName);
    }

    String markdownRow() {
        return String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s |", name, tier, ms(stats.median()),
                ms(stats.min()), ms(stats.max()),
                baseline == null ? "" : ms(baseline.median()) + " (" + baselineName + ")", ratio().isEmpty() ? note
                        : ratio().substring(0, ratio().indexOf('×') + 1) + (note.isEmpty() ? "" : "; " + note));
    }

    static String ms(double millis) {
        return millis >= 100 ? String.format(Locale.ROOT, "%,.0f ms", millis)
                : String.format(Locale.ROOT, "%.1f ms", millis);
    }
}
