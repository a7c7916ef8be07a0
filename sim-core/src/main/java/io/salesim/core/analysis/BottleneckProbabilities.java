package io.salesim.core.analysis;

import io.salesim.core.engine.ExperimentResult;
import io.salesim.core.stats.Summary;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Across replications, the probability that each role is the bottleneck in each week: the
 * mean of the per-replication 0/1 series {@code role.<r>.bottleneck_probability}.
 */
public final class BottleneckProbabilities {
    public static final String PREFIX = "role.";
    public static final String SUFFIX = ".bottleneck_probability";

    private BottleneckProbabilities() {
    }

    /** role → probability per week (0-based weeks). */
    public static Map<String, double[]> byWeek(ExperimentResult result) {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (String metric : result.weeklyMetrics()) {
            if (metric.startsWith(PREFIX) && metric.endsWith(SUFFIX)) {
                Summary[] weeks = result.weeklySummary(metric);
                double[] p = new double[weeks.length];
                for (int w = 0; w < p.length; w++) {
                    p[w] = weeks[w].mean();
                }
                out.put(metric.substring(PREFIX.length(), metric.length() - SUFFIX.length()), p);
            }
        }
        return out;
    }

    /** The role most likely to be the bottleneck over the replications' scalar shares. */
    public static String mostLikely(ExperimentResult result) {
        String best = null;
        double bestShare = -1;
        for (String metric : result.metrics()) {
            if (metric.startsWith(PREFIX) && metric.endsWith(SUFFIX)) {
                double share = result.summary(metric).mean();
                if (share > bestShare) {
                    bestShare = share;
                    best = metric.substring(PREFIX.length(), metric.length() - SUFFIX.length());
                }
            }
        }
        return best;
    }
}
