package io.salesim.core.engine;

import java.util.Map;

/** What one replication produced: a value per metric, weekly series, and the events it took. */
public record ReplicationResult(int replication, Map<String, Double> values, Map<String, double[]> weekly, long events) {
}
