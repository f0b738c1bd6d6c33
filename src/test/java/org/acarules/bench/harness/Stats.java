package org.acarules.bench.harness;

import java.util.Arrays;

/** Median and range of repeated measurements. */
public record Stats(double median, double min, double max, int n) {
    public static Stats of(double... values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return new Stats(median, sorted[0], sorted[n - 1], n);
    }

    public String range(String format) {
        return "median of " + n + ", min " + String.format(format, min) + ", max " + String.format(format, max);
    }
}
