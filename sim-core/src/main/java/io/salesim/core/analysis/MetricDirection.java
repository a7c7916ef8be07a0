package io.salesim.core.analysis;

/**
 * Whether a larger value of a metric is the better outcome. Declared once per metric name,
 * so every comparison and sizing reads the same answer.
 */
public enum MetricDirection {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER;

    public boolean higherIsBetter() {
        return this == HIGHER_IS_BETTER;
    }

    /**
     * The direction of a metric, judged from its name's last part. Utilisation is better lower
     * (more protective capacity), except the field salespeople's: sales is the designated
     * constraint of the sales model, and the seed wants it kept at full utilisation.
     */
    public static MetricDirection of(String metric) {
        if (metric.equals("role.field_sales.utilization")) {
            return HIGHER_IS_BETTER;
        }
        String last = metric.substring(metric.lastIndexOf('.') + 1);
        return switch (last) {
            case "bd_meetings_per_week", "bd_meetings_per_salesperson_week", "win_rate", "on_time_pct",
                 "revenue_per_week", "net_per_week", "throughput_per_week", "protective_capacity",
                 "open_opportunities_per_salesperson", "cumulative_net", "won", "delivered", "created" -> HIGHER_IS_BETTER;
            default -> LOWER_IS_BETTER;
        };
    }
}
