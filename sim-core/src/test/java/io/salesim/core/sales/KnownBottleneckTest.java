package io.salesim.core.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salesim.core.engine.ExperimentResult;
import io.salesim.core.stats.Summary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Known bottlenecks: for each role in turn (and production), a copy of the new model in which
 * that role is starved of capacity, so that by construction its work piles up without limit
 * while everyone else has room. The expectation comes from the setup, not from a run: that
 * role must be the most likely bottleneck (Roser's active periods, P ≥ 0.8 of the weeks after
 * warm-up), and the marginal view must agree — an extra hour of it gains more throughput
 * than an extra hour of any other role, with a paired 95% CI above zero.
 */
class KnownBottleneckTest {
    private static final int REPS = 10;

    /** The new model over a year after a quarter's warm-up, no illness or resignations. */
    private static SalesOrgSpec newModel() {
        return SalesPresets.divisionOfLabour().withWeeks(52, 13).withRisk(RiskSpec.none());
    }

    private static SalesOrgSpec starved(String role, double productivity) {
        SalesOrgSpec base = newModel();
        return base.withRoles(base.roles().with(base.roles().of(role).withProductivity(productivity)));
    }

    /**
     * Each case starves one centre through which all of the organisation's growth must pass,
     * so that more of any other role cannot raise throughput. Field sales: one salesperson at
     * half pace, whose coordinator plans days half as full again as they can hold (booked
     * meetings pile up for them, with ample demand behind). Coordinators and customer service:
     * at a fifth and a third of their pace. Project leaders: at a quarter of their pace, with
     * every complex deal needing pre-sale technical work. Inside sales: an inside-sales-led
     * firm (inside sales makes every follow-up call) with one inside salesperson at a fifth of
     * the pace, making no outbound calls (each extra person's calls would bring quotes that
     * crowd out the follow-ups this case starves). Promotions: a thin market (a tenth of the sources) fed by a campaign every week,
     * worked by one coordinator at a tenth of the pace. Production: 450 practical hours a week
     * against ~750 of demand, no ramp.
     */
    static Stream<Arguments> starvedCentres() {
        Map<String, SalesOrgSpec> cases = new LinkedHashMap<>();
        SalesOrgSpec oneSalesperson = starved("field_sales", 0.5);
        cases.put("field_sales", oneSalesperson.withRoles(oneSalesperson.roles().withHeadcount("field_sales", 1))
                .withOperatingModel(oneSalesperson.operatingModel().withPlanningFillFraction(1.5)));
        cases.put("sales_coordinator", starved("sales_coordinator", 0.2));
        cases.put("customer_service", starved("customer_service", 0.3));
        SalesOrgSpec leaders = starved("project_leader", 0.25);
        cases.put("project_leader", leaders.withMarket(leaders.market().withTechnicalWorkProbability(1)));
        SalesOrgSpec inside = starved("inside_sales", 0.2);
        cases.put("inside_sales", inside.withRoles(inside.roles().withHeadcount("inside_sales", 1))
                .withOperatingModel(OperatingModelSpec.insideSalesLed())
                .withSelling(inside.selling().withOutboundCallsPerPersonWeek(0)));
        SalesOrgSpec thin = starved("promotions", 0.1);
        List<MarketSpec.SourceSpec> tenth = thin.market().sources().stream()
                .map(s -> new MarketSpec.SourceSpec(s.name(), s.ratePerWeek() / 10, s.complexShare())).toList();
        cases.put("promotions", thin.withMarket(thin.market().withSources(tenth))
                .withPlan(List.of(new PlanStep.Campaign(0, 1, 60, 40, 0.6))));
        cases.put("production", newModel().withProduction(newModel().production().withPracticalHoursPerWeek(450)));
        return cases.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("starvedCentres")
    void theStarvedCentreIsTheBottleneckInBothViews(String centre, SalesOrgSpec spec) {
        ExperimentResult base = Runs.run(spec, REPS);
        Summary share = base.summary("role." + centre + ".bottleneck_probability");
        assertTrue(share.mean() >= 0.8, centre + " is the bottleneck in a share " + share + " of the weeks");

        Map<String, Summary> gainPerHour = new LinkedHashMap<>();
        double planWeeks = spec.horizonWeeks() - spec.warmupWeeks();
        for (String candidate : ExtraCapacity.candidates(spec)) {
            ExtraCapacity probe = ExtraCapacity.of(spec, candidate, 0, planWeeks);
            ExperimentResult more = Runs.run(probe.spec(), REPS);
            Summary weekly = Runs.paired(base, more, "finance.throughput_per_week");
            double scale = planWeeks / probe.extraHours();
            gainPerHour.put(candidate, new Summary(weekly.n(), weekly.mean() * scale, weekly.stdev() * scale,
                    weekly.ciLow() * scale, weekly.ciHigh() * scale));
        }
        String best = gainPerHour.entrySet().stream().max(Map.Entry.comparingByValue(
                (a, b) -> Double.compare(a.mean(), b.mean()))).orElseThrow().getKey();
        assertEquals(centre, best, "throughput gained per extra hour: " + gainPerHour);
        assertTrue(gainPerHour.get(centre).ciLow() > 0, centre + " gain per extra hour " + gainPerHour.get(centre));
    }
}
