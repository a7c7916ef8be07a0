package io.salesim.core.sales;

import io.salesim.core.analysis.PlanComparison;
import io.salesim.core.engine.ExperimentResult;
import io.salesim.core.engine.ReplicationRunner;
import io.salesim.core.stats.Summary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Not a test: prints every preset's headline metrics (mean and 95% CI) for calibration and
 * the documentation. Run with the test classpath: {@code java ... PresetReport [replications] [name filter] [seed]}.
 */
public final class PresetReport {
    private static final List<String> HEADLINES = List.of("sales.bd_meetings_per_salesperson_week",
            "sales.bd_meetings_per_week", "sales.meetings_per_day", "sales.travel_hours_per_meeting",
            "sales.open_opportunities_per_salesperson", "sales.win_rate", "sales.cycle_weeks",
            "sales.contact_attempts_per_contact", "cs.on_time_pct", "cs.repeat_order_multiplier",
            "orders.created_per_week", "production.backlog_hours", "production.lead_time_weeks",
            "finance.revenue_per_week", "finance.payroll_per_year", "finance.net_per_week", "finance.cumulative_net",
            "toc.throttled_share");

    private PresetReport() {
    }

    public static void main(String[] args) {
        int replications = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        String filter = args.length > 1 ? args[1] : "";
        long seed = args.length > 2 ? Long.parseLong(args[2]) : Runs.SEED;
        Map<String, ExperimentResult> results = new LinkedHashMap<>();
        for (SalesOrgSpec spec : List.of(SalesPresets.traditional(), SalesPresets.divisionOfLabour(),
                SalesPresets.transitionFactoryDoorFirst(), SalesPresets.transitionPromotionsFirst(),
                SalesPresets.transitionSalespeopleFirst())) {
            if (!spec.name().contains(filter)) {
                continue;
            }
            long start = System.nanoTime();
            ExperimentResult r = ReplicationRunner.run(() -> new SalesOrganisation(spec), replications, seed, 2);
            results.put(spec.name(), r);
            System.out.printf("== %s: %d replications of %d weeks (%d warm-up) in %.2f s, %d events%n", spec.name(),
                    replications, spec.horizonWeeks(), spec.warmupWeeks(), (System.nanoTime() - start) / 1e9, r.eventsExecuted());
            for (String m : HEADLINES) {
                print(r, m);
            }
            for (String m : r.metrics()) {
                if (m.startsWith("field.") && r.summary(m).mean() > 0.005) {
                    print(r, m);
                }
            }
            for (String role : spec.reportedRoles()) {
                for (String suffix : List.of(".utilization", ".shortfall_weeks", ".bottleneck_probability")) {
                    print(r, "role." + role + suffix);
                }
            }
        }
        compare(results);
    }

    /** Paired comparisons of the wrong orders against the seed's order (common random numbers). */
    private static void compare(Map<String, ExperimentResult> results) {
        ExperimentResult door = results.get("transition-factory-door-first");
        if (door == null) {
            return;
        }
        for (String wrong : List.of("transition-promotions-first", "transition-salespeople-first")) {
            ExperimentResult r = results.get(wrong);
            if (r == null) {
                continue;
            }
            for (String m : List.of("finance.cumulative_net", "cs.on_time_pct", "role.customer_service.shortfall_weeks")) {
                var d = PlanComparison.compare(door, r, m, !m.endsWith("shortfall_weeks"));
                System.out.printf("  %s - factory-door-first, %-36s %14.3f  [%.3f, %.3f]  P(better) %.2f%n", wrong, m,
                        d.difference().mean(), d.difference().ciLow(), d.difference().ciHigh(), d.probabilityBetter());
            }
        }
    }

    private static void print(ExperimentResult r, String metric) {
        Summary s = r.summary(metric);
        System.out.printf("  %-44s %14.3f  [%.3f, %.3f]%n", metric, s.mean(), s.ciLow(), s.ciHigh());
    }
}
