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
            "finance.payroll_per_year", "finance.net_per_week", "finance.travel_cost_per_week", "finance.office_cost_per_week",
            "finance.committed_expense_per_week");
    /** Per role, with a weekly series: what its resource records, and the report's judgements. */
    private static final List<String> ROLE_METRICS = List.of("utilization", "protective_capacity", "queue_hours",
            "queue_length", "wait_hours", "busy_people", "available_people", "headcount", "bottleneck_probability");
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
                String m = "role." + role + "." + suffix.replace("_people", role.equals("production") ? "_lines" : "_people");
                assertTrue(r.metrics().contains(m), m);
                assertTrue(r.weeklyMetrics().contains(m), m + " weekly");
            }
            // one definition of a shortfall: weeks short per replication, and the weekly 0/1 whose mean is a probability
            assertTrue(r.metrics().contains("role." + role + ".shortfall_weeks"), role);
            assertTrue(!r.weeklyMetrics().contains("role." + role + ".shortfall_weeks"), role);
            assertTrue(r.weeklyMetrics().contains("role." + role + ".shortfall_probability"), role);
            assertTrue(!r.metrics().contains("role." + role + ".shortfall_probability"), role);
        }
        for (String m : List.of("sales.unbooked_opportunities", "finance.throughput_per_week", "finance.operating_expense_per_week",
                "finance.throughput_per_constraint_hour", "finance.expense_above_start_weeks")) {
            assertTrue(r.metrics().contains(m), m);
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
