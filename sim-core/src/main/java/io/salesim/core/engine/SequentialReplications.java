package io.salesim.core.engine;

import io.salesim.core.stats.Summary;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Adds replications in batches until the 95% confidence half-width of every headline metric
 * is within a relative precision of its mean, or a cap is reached. Replication r draws the
 * same streams whatever the batch size, so the result equals a single run of that length.
 */
public final class SequentialReplications {

    /** The run, whether the precision was reached, and the metric that needed the most replications. */
    public record Outcome(ExperimentResult result, boolean precisionReached, String limitingMetric,
                          double limitingRelativeHalfWidth) {
    }

    private SequentialReplications() {
    }

    public static Outcome run(Supplier<? extends Model> factory, long seed, int threads, int initial, int cap,
                              double relativePrecision, List<String> headlineMetrics,
                              ReplicationRunner.Progress progress, BooleanSupplier stop) {
        return run(factory, seed, threads, initial, cap, relativePrecision, headlineMetrics, progress, stop, replication -> { });
    }

    /** As above, and hands each replication, weekly series included, to {@code inOrder} in replication order. */
    public static Outcome run(Supplier<? extends Model> factory, long seed, int threads, int initial, int cap,
                              double relativePrecision, List<String> headlineMetrics,
                              ReplicationRunner.Progress progress, BooleanSupplier stop, Consumer<ReplicationResult> inOrder) {
        if (!(relativePrecision > 0)) {
            throw new IllegalArgumentException("relative precision must be > 0, was " + relativePrecision);
        }
        if (initial < 2 || cap < initial) {
            throw new IllegalArgumentException("need 2 <= initial <= cap, was " + initial + " and " + cap);
        }
        WeeklyAccumulator weekly = new WeeklyAccumulator();
        List<ReplicationResult> all = List.of();
        int batch = initial;
        while (true) {
            int first = all.size();
            ExperimentResult sofar = ReplicationRunner.run(factory, first, batch, seed, threads,
                    (d, t) -> progress.replicationDone(first + d, cap), stop, all, weekly, inOrder);
            all = sofar.replications();
            String worst = null;
            double worstRelative = 0;
            for (String metric : headlineMetrics) {
                double relative = relativeHalfWidth(sofar.summary(metric));
                if (worst == null || relative > worstRelative || Double.isNaN(relative)) {
                    worst = metric;
                    worstRelative = relative;
                }
            }
            boolean reached = worst == null || worstRelative <= relativePrecision;
            if (reached || all.size() >= cap || !sofar.complete()) {
                return new Outcome(sofar, reached, worst, worstRelative);
            }
            batch = nextTotal(all.size(), worstRelative, relativePrecision, cap) - all.size();
        }
    }

    /**
     * The replications to aim for next: the size the worst metric needs (its half-width shrinks
     * like 1/√n; a NaN width doubles the size), at least one more than {@code have}, at most {@code cap}.
     */
    public static int nextTotal(int have, double worstRelative, double relativePrecision, int cap) {
        double ratio = Double.isNaN(worstRelative) ? 2 : worstRelative / relativePrecision;
        return Math.min(cap, Math.max(have + 1, (int) Math.ceil(have * ratio * ratio)));
    }

    /** Half-width over |mean|; zero when the metric never varies; NaN when undefined. */
    public static double relativeHalfWidth(Summary summary) {
        if (summary.n() < 2 || Double.isNaN(summary.mean())) {
            return Double.NaN;
        }
        if (summary.stdev() == 0) {
            return 0;
        }
        return summary.halfWidth() / Math.abs(summary.mean());
    }
}
