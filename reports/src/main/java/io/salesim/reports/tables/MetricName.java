package io.salesim.reports.tables;

/**
 * A metric name split into the resource it is about and the measure: {@code a.b.rest} gives
 * resource {@code b} and metric {@code rest} ({@code station.desk.wait_hours} gives
 * {@code desk}, {@code wait_hours}); {@code a.b} gives {@code a}, {@code b}
 * ({@code system.wip} gives {@code system}, {@code wip}).
 */
public record MetricName(String resource, String metric) {

    public static MetricName split(String name) {
        String[] parts = name.split("\\.", 3);
        return switch (parts.length) {
            case 1 -> new MetricName("", name);
            case 2 -> new MetricName(parts[0], parts[1]);
            default -> new MetricName(parts[1], parts[2]);
        };
    }
}
