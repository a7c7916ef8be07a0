package io.salesim.core.stats;

/**
 * Paired comparison of an alternative against a baseline over the same replications
 * (common random numbers): a t-interval on the per-replication differences, and the share
 * of replications in which the alternative did better.
 */
public record PairedDifference(Summary difference, double probabilityBetter) {

    /**
     * @param higherIsBetter whether a larger value of the metric is the better outcome
     */
    public static PairedDifference of(double[] baseline, double[] alternative, boolean higherIsBetter, double confidence) {
        if (baseline.length != alternative.length) {
            throw new IllegalArgumentException("paired samples differ in length: " + baseline.length + " vs " + alternative.length);
        }
        double[] diff = new double[baseline.length];
        int pairs = 0;
        int better = 0;
        for (int i = 0; i < diff.length; i++) {
            diff[i] = alternative[i] - baseline[i];
            if (Double.isNaN(diff[i])) {
                continue;
            }
            pairs++;
            if (higherIsBetter ? diff[i] > 0 : diff[i] < 0) {
                better++;
            }
        }
        double share = pairs == 0 ? Double.NaN : (double) better / pairs;
        return new PairedDifference(Summary.of(diff, confidence), share);
    }
}
