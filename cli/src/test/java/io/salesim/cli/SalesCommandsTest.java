package io.salesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sales-organisation kind through the command line: every issue-3 metric in the run files; bad --set exits 2. */
class SalesCommandsTest extends InProcessCommands {

    /** Column {@code column} of every data row of a CSV file (no quoted commas in these files). */
    private static Set<String> column(Path csv, int column) throws Exception {
        return Files.readAllLines(csv).stream().skip(1).map(l -> l.split(",")[column]).collect(Collectors.toSet());
    }

    @Test
    void runWritesEverySalesMetricWithWeeklyRoleSeriesAndBottlenecks(@TempDir Path dir) throws Exception {
        Path run = dir.resolve("run");
        assertEquals(0, salesim("run", "division-of-labour", "--replications", "2", "--out", run.toString()), err.toString());
        Set<String> metrics = column(run.resolve("summary.csv"), 1);
        List<String> required = List.of("sales.bd_meetings_per_week", "sales.bd_meetings_per_salesperson_week",
                "sales.open_opportunities_per_salesperson", "sales.win_rate", "sales.cycle_weeks",
                "sales.contact_attempts_per_contact", "sales.travel_hours_per_meeting", "cs.on_time_pct",
                "production.backlog_hours", "production.lead_time_weeks", "finance.revenue_per_week",
                "finance.payroll_per_year", "finance.net_per_week");
        for (String metric : required) {
            assertTrue(metrics.contains(metric), metric);
        }
        List<String> roles = List.of("field_sales", "sales_coordinator", "inside_sales", "customer_service", "project_leader",
                "promotions", "production");
        Set<String> weekly = Files.readAllLines(run.resolve("weekly.csv")).stream().skip(1)
                .map(l -> l.split(",")[2] + "." + l.split(",")[3]).collect(Collectors.toSet());
        for (String role : roles) {
            for (String measure : List.of("utilization", "protective_capacity", "queue_hours", "queue_length", "wait_hours")) {
                assertTrue(metrics.contains("role." + role + "." + measure), role + "." + measure);
                assertTrue(weekly.contains(role + "." + measure), "weekly " + role + "." + measure);
            }
            // one definition of a shortfall: weeks short per replication, and its weekly probability
            assertTrue(metrics.contains("role." + role + ".shortfall_weeks"), role + ".shortfall_weeks");
            assertTrue(weekly.contains(role + ".shortfall_probability"), "weekly " + role + ".shortfall_probability");
            assertTrue(weekly.contains(role + ".bottleneck_probability"), "weekly bottleneck " + role);
        }
        assertTrue(Files.readString(run.resolve("roles.csv")).startsWith(
                "role,policy,headcount,salary_per_year,max_utilization,designated_constraint\nfield_sales,field_team,2,"));
        assertEquals(Set.copyOf(roles), column(run.resolve("bottlenecks.csv"), 2));
        // 130 weeks x 7 roles, plus the header
        assertEquals(130 * 7 + 1, Files.readAllLines(run.resolve("bottlenecks.csv")).size());
        assertTrue(out.toString().startsWith("metric"), out.toString());
        assertTrue(out.toString().contains("sales.bd_meetings_per_salesperson_week"), out.toString());
        assertTrue(Files.readString(run.resolve("scenario.yaml")).contains("extends: traditional"));
        assertFalse(Files.readString(run.resolve("scenario.resolved.yaml")).lines().anyMatch(l -> l.startsWith("extends:")));
    }

    @Test
    void badSetKeysAndValuesOnASalesScenarioExitTwoAndCreateNothing(@TempDir Path dir) throws Exception {
        Path sweep = dir.resolve("sweep");
        assertEquals(2, salesim("sweep", "division-of-labour", "--set", "roles.customer_servce.headcount=6", "--out", sweep.toString()));
        assertTrue(err.toString().contains("\"customer_service\" (closest match)"), err.toString());
        err.getBuffer().setLength(0);
        assertEquals(2, salesim("sweep", "division-of-labour", "--set", "roles.customer_service.headcount=6,-1", "--out", sweep.toString()));
        assertEquals("--set roles.customer_service.headcount=-1: roles.customer_service.headcount: found -1; allowed a whole number >= 0",
                err.toString().strip());
        err.getBuffer().setLength(0);
        assertEquals(2, salesim("sweep", "division-of-labour", "--set", "market.reach_probability=1.5", "--out", sweep.toString()));
        assertTrue(err.toString().contains("allowed a probability in [0, 1]"), err.toString());
        assertFalse(Files.exists(sweep), "nothing created on bad input");
        assertFalse(err.toString().contains("Exception"), err.toString());
    }
}
