package io.salesim.reports.charts;

import java.util.Map;

/** Plain-English names for metric keys, used in chart labels, tables and summary sentences. */
public final class MetricNames {
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("sales.bd_meetings_per_week", "BD meetings per week"),
            Map.entry("sales.bd_meetings_per_salesperson_week", "BD meetings per salesperson per week"),
            Map.entry("sales.open_opportunities_per_salesperson", "Open opportunities per salesperson"),
            Map.entry("sales.win_rate", "Win rate"),
            Map.entry("sales.cycle_weeks", "Sales cycle (weeks)"),
            Map.entry("sales.contact_attempts_per_contact", "Contact attempts per contact"),
            Map.entry("sales.travel_hours_per_meeting", "Travel hours per meeting"),
            Map.entry("cs.on_time_pct", "Customer service on time (%)"),
            Map.entry("production.backlog_hours", "Production backlog (hours)"),
            Map.entry("production.lead_time_weeks", "Production lead time (weeks)"),
            Map.entry("finance.revenue_per_week", "Revenue per week"),
            Map.entry("finance.payroll_per_year", "Payroll per year"),
            Map.entry("finance.net_per_week", "Net per week"),
            Map.entry("system.time_in_system_hours", "Time in system (hours)"),
            Map.entry("system.throughput_per_week", "Throughput per week"),
            Map.entry("system.wip", "Work in process"),
            Map.entry("system.throughput_per_round", "Throughput per round"),
            Map.entry("system.capacity_per_round", "Capacity on paper per round"),
            Map.entry("system.shortfall_fraction", "Shortfall against capacity"),
            Map.entry("sales.response_weeks", "Weeks to first conversation"),
            Map.entry("sales.no_show_rate", "No-show rate"),
            Map.entry("sales.reschedules_per_meeting", "Reschedules per meeting"),
            Map.entry("orders.on_time_delivery_pct", "Deliveries on time (%)"),
            Map.entry("orders.cancelled", "Orders cancelled"),
            Map.entry("finance.cumulative_net", "Cumulative net"),
            Map.entry("finance.throughput_per_week", "Throughput per week"),
            Map.entry("finance.operating_expense_per_week", "Operating expense per week"),
            Map.entry("finance.expense_above_start_weeks", "Weeks with expense above the start"));
    private static final Map<String, String> PARTS = Map.ofEntries(
            Map.entry("utilization", "utilisation"), Map.entry("protective_capacity", "protective capacity"),
            Map.entry("queue_hours", "work waiting (hours)"), Map.entry("shortfall_weeks", "weeks short of protective capacity"),
            Map.entry("bottleneck_probability", "bottleneck probability"), Map.entry("wait_hours", "wait (hours)"),
            Map.entry("wait_probability", "probability of waiting"), Map.entry("wait_hours_p50", "median wait (hours)"),
            Map.entry("wait_hours_p90", "90th-percentile wait (hours)"), Map.entry("wait_hours_p95", "95th-percentile wait (hours)"),
            Map.entry("queue_length", "queue length"), Map.entry("blocked_fraction", "blocked share"));

    private MetricNames() {
    }

    /** "role.customer_service.utilization" → "Customer service utilisation". */
    public static String label(String metric) {
        String known = NAMES.get(metric);
        if (known != null) {
            return known;
        }
        String[] split = metric.split("\\.", 3);
        if (split.length == 3) {
            String rest = PARTS.getOrDefault(split[2], split[2].replace('_', ' '));
            return ChartStyle.label(split[1]) + " " + rest;
        }
        return ChartStyle.label(metric.substring(metric.indexOf('.') + 1));
    }
}
