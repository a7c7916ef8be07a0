package io.salesim.core.diagnostics;

import io.salesim.core.engine.ReplicationResult;
import io.salesim.core.stats.Tally;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Each replication's weekly queue lengths over the steady window, kept (as floats) so that
 * tests of a trend or of an unsettled start can compare parts of the same replication:
 * replications are independent, so the across-replication interval of such a within-run
 * difference is valid whatever the autocorrelation inside a run. Fed in replication order
 * (before the runner drops weekly series), so the result is the same for any thread count.
 * At most {@link #MAX_VALUES} numbers are kept (or a share of them, when several scenarios run
 * together); replications beyond that are not fed to the tests, which then rest on the first ones only.
 */
public final class QueueSeries implements Consumer<ReplicationResult> {
    /** About 16 MB of floats: 30 replications of 100 queues over 5,000 weeks, or 10,000 of 10 over 40. */
    public static final long MAX_VALUES = 4_000_000;

    private final Window window;
    private final List<String> metrics;
    private final long maxValues;
    private final Map<String, List<float[]>> series = new LinkedHashMap<>();
    private long kept;

    public QueueSeries(Window window, List<String> metrics) {
        this(window, metrics, MAX_VALUES);
    }

    /** @param maxValues the most numbers to keep (runs of many scenarios share {@link #MAX_VALUES} between them) */
    public QueueSeries(Window window, List<String> metrics, long maxValues) {
        this.window = window;
        this.metrics = List.copyOf(metrics);
        this.maxValues = maxValues;
    }

    @Override
    public void accept(ReplicationResult replication) {
        for (String metric : metrics) {
            double[] weeks = replication.weekly().get(metric);
            if (weeks == null) {
                continue;
            }
            int end = window.endWeek(weeks.length);
            if (kept + end > maxValues) {
                return;
            }
            float[] copy = new float[end];
            for (int w = 0; w < end; w++) {
                copy[w] = (float) weeks[w];
            }
            series.computeIfAbsent(metric, k -> new ArrayList<>()).add(copy);
            kept += end;
        }
    }

    /** How many replications of {@code metric} were kept. */
    public int replications(String metric) {
        return series.getOrDefault(metric, List.of()).size();
    }

    /**
     * Per replication, the mean of weeks [{@code from}, {@code split}) subtracted from the mean of
     * weeks [{@code split}, {@code end}), tallied across replications; the two means are tallied
     * too. Replications with no value in either part are left out.
     */
    public Difference difference(String metric, int from, int split, int end) {
        Difference out = new Difference(new Tally(), new Tally(), new Tally());
        for (float[] weeks : series.getOrDefault(metric, List.of())) {
            double before = mean(weeks, from, Math.min(split, weeks.length));
            double after = mean(weeks, split, Math.min(end, weeks.length));
            if (!Double.isNaN(before) && !Double.isNaN(after)) {
                out.change().record(after - before);
                out.before().record(before);
                out.after().record(after);
            }
        }
        return out;
    }

    /** A within-replication change from one part of the window to a later one, across replications. */
    public record Difference(Tally change, Tally before, Tally after) {
    }

    private static double mean(float[] weeks, int from, int to) {
        double sum = 0;
        int n = 0;
        for (int w = from; w < to; w++) {
            if (!Float.isNaN(weeks[w])) {
                sum += weeks[w];
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
