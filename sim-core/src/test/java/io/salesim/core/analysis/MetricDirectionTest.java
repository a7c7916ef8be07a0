package io.salesim.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MetricDirectionTest {
    @Test
    void eachMetricHasTheDirectionADecisionMakerWouldExpect() {
        assertEquals(MetricDirection.HIGHER_IS_BETTER, MetricDirection.of("finance.cumulative_net"));
        assertEquals(MetricDirection.HIGHER_IS_BETTER, MetricDirection.of("cs.on_time_pct"));
        assertEquals(MetricDirection.LOWER_IS_BETTER, MetricDirection.of("finance.payroll_per_year"));
        assertEquals(MetricDirection.LOWER_IS_BETTER, MetricDirection.of("finance.travel_cost_per_week"));
        assertEquals(MetricDirection.LOWER_IS_BETTER, MetricDirection.of("finance.expense_above_start_weeks"));
        assertEquals(MetricDirection.LOWER_IS_BETTER, MetricDirection.of("station.desk.wait_hours"));
        // support roles: lower utilisation is more protective capacity
        assertEquals(MetricDirection.LOWER_IS_BETTER, MetricDirection.of("role.customer_service.utilization"));
        // the designated constraint (field sales) should be kept busy
        assertEquals(MetricDirection.HIGHER_IS_BETTER, MetricDirection.of("role.field_sales.utilization"));
    }
}
