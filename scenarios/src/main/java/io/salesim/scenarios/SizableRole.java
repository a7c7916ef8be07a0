package io.salesim.scenarios;

/**
 * A head count that {@code salesim size} may change, and how its weeks are judged: the role
 * meets its target at a head count when enough (week, replication) cells pass {@code weekTest}
 * (see {@code Sizing}). {@code utilizationMetric} (at most {@code maxUtilization}) is what the
 * target means, shown beside the verdict as the run's mean.
 *
 * @param headcountKey  the key path of the head count in the scenario file, e.g. {@code stations[0].servers}
 *                      or {@code roles.customer_service.headcount}
 * @param salaryPerYear loaded cost of one head a year (flow lines: 1, so payroll counts servers)
 */
public record SizableRole(String name, String headcountKey, int headcount, int minHeadcount, int maxHeadcount,
                          double salaryPerYear, String utilizationMetric, double maxUtilization, WeekTest weekTest) {
    public SizableRole {
        if (minHeadcount < 0 || maxHeadcount < minHeadcount) {
            throw new IllegalArgumentException("role '" + name + "': need 0 <= min <= max, was " + minHeadcount + ".." + maxHeadcount);
        }
    }

    /**
     * How one week of one replication is judged: the value of the weekly series {@code metric}
     * that week meets the target when it is at most {@code limit}; a NaN week is not judged.
     * Only weeks from {@code firstWeek} (0-based: the first after warm-up) count.
     */
    public record WeekTest(String metric, double limit, int firstWeek) {
        public WeekTest {
            if (firstWeek < 0) {
                throw new IllegalArgumentException("first week must be >= 0, was " + firstWeek);
            }
        }

        /** Weekly utilisation at most {@code maxUtilization}. */
        public static WeekTest atMost(String utilizationMetric, double maxUtilization, int firstWeek) {
            return new WeekTest(utilizationMetric, maxUtilization, firstWeek);
        }

        /** A model's own 0/1 shortfall series (1 = short that week), so sizing and {@code run} count the same weeks. */
        public static WeekTest notShort(String shortfallMetric, int firstWeek) {
            return new WeekTest(shortfallMetric, 0, firstWeek);
        }

        public boolean judged(double value) {
            return !Double.isNaN(value);
        }

        public boolean meets(double value) {
            return value <= limit;
        }
    }
}
