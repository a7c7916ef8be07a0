package io.salesim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salesim.core.engine.Meaning;
import io.salesim.core.engine.MetricDirection;
import io.salesim.core.engine.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every metric of every bundled scenario declares its meaning where it is defined (unit,
 * direction, importance): a metric without one cannot be built (Response requires it), and these
 * tests check what the declarations say against what the metrics are.
 */
class MetricMeaningsTest {
    /** Every bundled metric, with the meaning its model declared; one metric name means one thing everywhere. */
    private static Map<String, Meaning> everyBundledMetric() throws Exception {
        Map<String, Meaning> all = new HashMap<>();
        for (String name : BundledScenarios.names()) {
            for (Response response : ScenarioLoader.load(name).modelFactory().get().responses()) {
                Meaning meaning = response.meaning();
                assertNotNull(meaning, name + ": " + response.metric());
                assertFalse(meaning.unit().isBlank(), name + ": " + response.metric() + " has no unit");
                Meaning before = all.putIfAbsent(response.metric(), meaning);
                assertTrue(before == null || before.equals(meaning),
                        response.metric() + " means " + before + " in one scenario and " + meaning + " in " + name);
            }
        }
        return all;
    }

    @Test
    void countsAndInputsAreNeutralAndCarryNoVerdict() throws Exception {
        Map<String, Meaning> all = everyBundledMetric();
        assertTrue(all.size() > 100, "every bundled metric: " + all.size());
        all.forEach((metric, meaning) -> {
            if (metric.endsWith(".headcount") || metric.endsWith(".utilization") || metric.endsWith(".protective_capacity")
                    || metric.endsWith(".bottleneck_probability") || metric.equals("opportunities.created_per_week")) {
                assertEquals(MetricDirection.NEUTRAL, meaning.direction(), metric + ": an input or a description, neither better nor worse");
            }
        });
    }

    @Test
    void moneyWaitsAndShortfallsPointTheWayABoardReadsThem() throws Exception {
        Map<String, Meaning> all = everyBundledMetric();
        for (String higher : List.of("finance.cumulative_net", "finance.throughput_per_week", "cs.on_time_pct",
                "orders.on_time_delivery_pct", "cs.repeat_order_multiplier", "system.throughput_per_week")) {
            assertEquals(MetricDirection.HIGHER_IS_BETTER, all.get(higher).direction(), higher);
        }
        for (String lower : List.of("finance.payroll_per_year", "finance.operating_expense_per_week",
                "finance.expense_above_start_weeks", "role.customer_service.shortfall_weeks", "production.lead_time_weeks",
                "orders.cancelled", "station.desk.wait_hours")) {
            assertEquals(MetricDirection.LOWER_IS_BETTER, all.get(lower).direction(), lower);
        }
        // what a board asks first is declared so, next to the metric
        for (String board : List.of("finance.cumulative_net", "finance.throughput_per_week", "finance.payroll_per_year",
                "finance.expense_above_start_weeks", "role.customer_service.shortfall_weeks", "role.field_sales.bottleneck_probability")) {
            assertEquals(Meaning.Importance.BOARD, all.get(board).importance(), board);
        }
        assertEquals("$", all.get("finance.cumulative_net").unit());
    }
}
