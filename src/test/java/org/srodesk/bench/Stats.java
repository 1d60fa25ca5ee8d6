package org.srodesk.bench;

import java.util.Arrays;

/** Median, minimum and maximum of repeated timings, in milliseconds. */
record Stats(double median, double min, double max, int runs) {

    static Stats of(double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return new Stats(median, sorted[0], sorted[n - 1], n);
    }
}
