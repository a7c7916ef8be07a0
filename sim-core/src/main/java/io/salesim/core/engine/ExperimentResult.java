package io.salesim.core.engine;

import io.salesim.core.stats.Summary;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The replications of one model, in replication order: each replication's metric values
 * (for pairing and per-replication output) and the weekly series already folded into
 * across-replication summaries (so memory stays flat in the number of replications).
 * {@code complete} is false when the run was stopped early; the replications kept are then a
 * contiguous prefix, so a stopped run is still reproducible.
 */
public record ExperimentResult(String name, long seed, List<ReplicationResult> replications,
                               Map<String, Meaning> meanings, Map<String, Summary[]> weekly, boolean complete) {

    public ExperimentResult {
        replications = List.copyOf(replications);
        meanings = Collections.unmodifiableMap(new LinkedHashMap<>(meanings));
        weekly = Collections.unmodifiableMap(new LinkedHashMap<>(weekly));
    }

    /** Metric names in the order the model declared them. */
    public List<String> metrics() {
        return replications.isEmpty() ? List.of() : List.copyOf(replications.get(0).values().keySet());
    }

    public double[] values(String metric) {
        double[] values = new double[replications.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = replications.get(i).values().getOrDefault(metric, Double.NaN);
        }
        return values;
    }

    public Summary summary(String metric) {
        return Summary.of(values(metric));
    }

    public Map<String, Summary> summaries() {
        Map<String, Summary> out = new LinkedHashMap<>();
        for (String metric : metrics()) {
            out.put(metric, summary(metric));
        }
        return out;
    }

    /** Metrics that have a weekly series, in declaration order. */
    public List<String> weeklyMetrics() {
        return List.copyOf(weekly.keySet());
    }

    /** Across-replication summary of a weekly series: one entry a week. */
    public Summary[] weeklySummary(String metric) {
        Summary[] series = weekly.get(metric);
        if (series == null) {
            throw new IllegalArgumentException("no weekly series for metric '" + metric + "'");
        }
        return series.clone();
    }

    public long eventsExecuted() {
        return replications.stream().mapToLong(ReplicationResult::events).sum();
    }

    public String unit(String metric) {
        Meaning meaning = meanings.get(metric);
        return meaning == null ? "" : meaning.unit();
    }

    /** The metric's declared meaning; a metric the model never declared has none. */
    public Meaning meaning(String metric) {
        Meaning meaning = meanings.get(metric);
        if (meaning == null) {
            throw new IllegalArgumentException("metric '" + metric + "' has no declared meaning");
        }
        return meaning;
    }

    public MetricDirection direction(String metric) {
        return meaning(metric).direction();
    }
}
