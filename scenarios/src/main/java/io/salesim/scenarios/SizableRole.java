package io.salesim.scenarios;

import io.salesim.core.analysis.MetricDirection;

/**
 * A head count that {@code salesim size} may change, and the test each replication must pass
 * for that role: its {@code metric} at or better than {@code threshold}, "better" in the
 * metric's declared {@link MetricDirection} (utilisation at most 0.85; protective capacity
 * at least 0.15).
 *
 * @param headcountKey  the key path of the head count in the scenario file, e.g. {@code stations[0].servers}
 *                      or {@code roles.customer_service.headcount}
 * @param salaryPerYear loaded cost of one head a year (flow lines: 1, so payroll counts servers)
 */
public record SizableRole(String name, String headcountKey, int headcount, int minHeadcount, int maxHeadcount,
                          double salaryPerYear, String metric, double threshold) {
    public SizableRole {
        if (minHeadcount < 0 || maxHeadcount < minHeadcount) {
            throw new IllegalArgumentException("role '" + name + "': need 0 <= min <= max, was " + minHeadcount + ".." + maxHeadcount);
        }
    }

    /** Whether one replication's value of the metric passes the role's test. */
    public boolean meets(double value) {
        return MetricDirection.of(metric).higherIsBetter() ? value >= threshold : value <= threshold;
    }
}
