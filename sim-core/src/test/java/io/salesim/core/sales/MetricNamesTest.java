package io.salesim.core.sales;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salesim.core.engine.ExperimentResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every metric name agreed in interfaces.md is reported, with a weekly series where one is meaningful. */
class MetricNamesTest {
    private static final List<String> WITH_WEEKLY = List.of("sales.bd_meetings_per_week",
            "sales.bd_meetings_per_salesperson_week", "sales.open_opportunities_per_salesperson", "sales.win_rate",
            "sales.cycle_weeks", "sales.contact_attempts_per_contact", "sales.travel_hours_per_meeting", "cs.on_time_pct",
            "production.backlog_hours", "production.lead_time_weeks", "finance.revenue_per_week",
            "finance.payroll_per_year", "finance.net_per_week");
    private static final List<String> ROLE_METRICS = List.of("utilization", "protective_capacity", "queue_hours",
            "shortfall_weeks", "bottleneck_probability");
    private static final List<String> ROLES = List.of("field_sales", "sales_coordinator", "inside_sales",
            "customer_service", "project_leader", "promotions", "production");

    @Test
    void everyAgreedMetricIsReported() {
        ExperimentResult r = Runs.run(SalesPresets.divisionOfLabour().withWeeks(8, 2), 2);
        for (String m : WITH_WEEKLY) {
            assertTrue(r.metrics().contains(m), m);
            assertTrue(r.weeklyMetrics().contains(m), m + " weekly");
        }
        for (String role : ROLES) {
            for (String suffix : ROLE_METRICS) {
                String m = "role." + role + "." + suffix;
                assertTrue(r.metrics().contains(m), m);
                assertTrue(r.weeklyMetrics().contains(m), m + " weekly");
            }
        }
        for (String m : List.of("opportunities.created", "opportunities.won", "opportunities.lost", "opportunities.open",
                "opportunities.abandoned", "orders.created", "orders.delivered", "orders.open")) {
            assertTrue(r.metrics().contains(m), m);
        }
        for (String m : r.metrics()) {
            assertTrue(!r.unit(m).isEmpty(), m + " has a unit");
        }
    }
}
