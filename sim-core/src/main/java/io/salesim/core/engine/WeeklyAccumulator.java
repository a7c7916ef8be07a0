package io.salesim.core.engine;

import io.salesim.core.stats.Summary;
import io.salesim.core.stats.Tally;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongToDoubleFunction;

/**
 * Folds the weekly series of replications into per-week across-replication statistics, so
 * memory does not grow with the number of replications. Replications must be folded in
 * replication order: floating-point sums then come out the same for any thread count.
 */
public final class WeeklyAccumulator {
    private final Map<String, Tally[]> tallies = new LinkedHashMap<>();
    private int folded;

    public void fold(ReplicationResult result) {
        for (Map.Entry<String, double[]> series : result.weekly().entrySet()) {
            double[] values = series.getValue();
            Tally[] weeks = tallies.computeIfAbsent(series.getKey(), k -> newTallies(values.length));
            for (int w = 0; w < values.length; w++) {
                if (!Double.isNaN(values[w])) {
                    weeks[w].record(values[w]);
                }
            }
        }
        folded++;
    }

    public int folded() {
        return folded;
    }

    /** Per metric, one across-replication summary a week. */
    public Map<String, Summary[]> summaries() {
        Map<String, Summary[]> out = new LinkedHashMap<>();
        // thousands of cells share a few counts; an uncached t quantile made this a serial 50 ms a run
        Map<Long, Double> tByCount = new HashMap<>();
        LongToDoubleFunction tQuantile = n -> tByCount.computeIfAbsent(n,
                count -> Summary.tQuantile(count, Summary.DEFAULT_CONFIDENCE));
        for (Map.Entry<String, Tally[]> entry : tallies.entrySet()) {
            Tally[] weeks = entry.getValue();
            Summary[] summaries = new Summary[weeks.length];
            for (int w = 0; w < weeks.length; w++) {
                summaries[w] = Summary.of(weeks[w], tQuantile);
            }
            out.put(entry.getKey(), summaries);
        }
        return out;
    }

    private static Tally[] newTallies(int weeks) {
        Tally[] out = new Tally[weeks];
        for (int w = 0; w < weeks; w++) {
            out[w] = new Tally();
        }
        return out;
    }
}
