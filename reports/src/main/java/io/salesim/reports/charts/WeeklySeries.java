package io.salesim.reports.charts;

import java.util.Arrays;

/**
 * One weekly metric of one resource across replications: per week the mean and its 95%
 * confidence interval (NaN where the CSV had no value). Weeks are 1-based.
 */
public record WeeklySeries(String resource, String metric, double[] weeks, double[] mean, double[] low, double[] high) {
    public WeeklySeries {
        if (weeks.length != mean.length || weeks.length != low.length || weeks.length != high.length) {
            throw new IllegalArgumentException("weekly series " + resource + "." + metric + " has columns of different lengths");
        }
    }

    public int size() {
        return weeks.length;
    }

    /** Lower band edge, falling back to the mean where there is no interval (e.g. one replication). */
    public double lowOrMean(int i) {
        return Double.isNaN(low[i]) ? mean[i] : low[i];
    }

    public double highOrMean(int i) {
        return Double.isNaN(high[i]) ? mean[i] : high[i];
    }

    /** The same series with every value multiplied by a factor (e.g. fraction → percent). */
    public WeeklySeries scaled(double factor) {
        return new WeeklySeries(resource, metric, weeks, times(mean, factor), times(low, factor), times(high, factor));
    }

    /** Band edges cut at a floor, for quantities that cannot go below it (counts, hours waiting). */
    public WeeklySeries floored(double floor) {
        return new WeeklySeries(resource, metric, weeks, mean, Arrays.stream(low).map(v -> Math.max(floor, v)).toArray(),
                Arrays.stream(high).map(v -> Math.max(floor, v)).toArray());
    }

    private static double[] times(double[] values, double factor) {
        return Arrays.stream(values).map(v -> v * factor).toArray();
    }
}
