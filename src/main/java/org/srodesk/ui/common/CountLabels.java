package org.srodesk.ui.common;

/** Counts in words: "1 officer", "62 schools", "1,204 calls". */
public final class CountLabels {

    private CountLabels() {
    }

    /** {@code count} followed by {@code singular}, or by {@code singular + "s"} when it is not 1. */
    public static String of(long count, String singular) {
        return of(count, singular, singular + "s");
    }

    public static String of(long count, String singular, String plural) {
        return String.format(java.util.Locale.ENGLISH, "%,d %s", count, count == 1 ? singular : plural);
    }
}
