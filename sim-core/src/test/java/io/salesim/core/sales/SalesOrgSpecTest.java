package io.salesim.core.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SalesOrgSpecTest {

    @Test
    void defaultsAndPresetsAreValid() {
        for (SalesOrgSpec spec : List.of(SalesOrgSpec.defaults(), SalesPresets.traditional(), SalesPresets.divisionOfLabour(),
                SalesPresets.transitionFactoryDoorFirst(), SalesPresets.transitionPromotionsFirst(),
                SalesPresets.transitionSalespeopleFirst())) {
            assertTrue(spec.horizonWeeks() > spec.warmupWeeks(), spec.name());
            new SalesOrganisation(spec); // builds without complaint
        }
    }

    @Test
    void keyParametersSummariseTheSpec() {
        var key = SalesPresets.divisionOfLabour().keyParameters();
        assertEquals("2", key.get("field_sales head count"));
        assertEquals("division_of_labour, batched scheduling, 12 call attempts", key.get("operating model"));
        assertEquals("$1,590,000 a year", key.get("payroll at start"));
        // promotions first: hire promotions, campaigns, hire coordinators, 4 centralisation steps, 2 CS steps
        assertEquals("9", SalesPresets.transitionPromotionsFirst().keyParameters().get("plan steps"));
    }

    @Test
    void presetsAreFoundByName() {
        assertEquals(List.of("traditional", "division-of-labour", "transition-factory-door-first",
                "transition-promotions-first", "transition-salespeople-first"), List.copyOf(SalesPresets.all().keySet()));
        SalesPresets.all().forEach((name, spec) -> assertEquals(name, spec.name()));
        assertEquals(List.of("traditional", "division_of_labour", "inside_sales_led", "channel_partners"),
                List.copyOf(OperatingModelSpec.presets().keySet()));
    }

    @Test
    void badValuesAreRefusedNamingTheKey() {
        IllegalArgumentException headcount = assertThrows(IllegalArgumentException.class,
                () -> new RoleSpec(-1, 100_000, 1, 0.85));
        assertTrue(headcount.getMessage().startsWith("roles.*.headcount: found -1"), headcount.getMessage());
        IllegalArgumentException probability = assertThrows(IllegalArgumentException.class,
                () -> MarketSpec.defaults().withReachProbability(1.5));
        assertTrue(probability.getMessage().startsWith("market.reach_probability: found 1.5"), probability.getMessage());
        IllegalArgumentException rate = assertThrows(IllegalArgumentException.class,
                () -> new MarketSpec.SourceSpec("inbound", -2, 0.5));
        assertTrue(rate.getMessage().contains("rate_per_week"), rate.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SalesOrgSpec.defaults().withWeeks(10, 10));
        assertThrows(IllegalArgumentException.class, () -> ProductionSpec.defaults().withPracticalHoursPerWeek(5000));
        assertThrows(IllegalArgumentException.class,
                () -> new PlanStep.Hire(0, Role.NONE, 1, 0, 0, 1));
    }

    @Test
    void illustrationPayrollFallsBy310kAndCoordinatorsCostLessThanHalfASalesperson() {
        // seed, "An illustration": "Payroll cost has reduced by $310k"; "they typically cost less than half what salespeople do"
        double before = SalesPresets.traditional().roles().payrollPerYear();
        double after = SalesPresets.divisionOfLabour().roles().payrollPerYear();
        assertEquals(-310_000, after - before, 1e-6);
        RolesSpec roles = RolesSpec.defaults();
        assertTrue(roles.salesCoordinator().salaryPerYear() < roles.fieldSales().salaryPerYear() / 2);
    }

    @Test
    void illustrationHeadCounts() {
        // seed: field team one fifth of 10, a coordinator each, two project leaders each, CS +60% (5 -> 8)
        RolesSpec before = SalesPresets.traditional().roles();
        RolesSpec after = SalesPresets.divisionOfLabour().roles();
        assertEquals(before.fieldSales().headcount() / 5, after.fieldSales().headcount());
        assertEquals(after.fieldSales().headcount(), after.salesCoordinator().headcount());
        assertEquals(2 * after.fieldSales().headcount(), after.projectLeader().headcount());
        assertEquals(Math.round(before.customerService().headcount() * 1.6), after.customerService().headcount());
        assertEquals(0, after.insideSales().headcount());
    }

    @Test
    void variantsAreMappings() {
        // the seed's inside-sales-led firm and channel partners need no new code path
        OperatingModelSpec insideLed = OperatingModelSpec.insideSalesLed();
        OperatingModelSpec channel = OperatingModelSpec.channelPartners();
        assertEquals(Role.INSIDE_SALES, insideLed.roleFor(Activity.SIMPLE_QUOTE));
        SalesOrgSpec spec = SalesPresets.divisionOfLabour().withWeeks(20, 4)
                .withRoles(SalesPresets.divisionOfLabour().roles().withHeadcount(Role.INSIDE_SALES, 2));
        var inside = Runs.run(spec.withOperatingModel(insideLed), 2);
        assertTrue(inside.summary("role.inside_sales.utilization").mean() > 0);
        var partners = Runs.run(spec.withOperatingModel(channel), 2);
        assertEquals(0, partners.summary("role.field_sales.utilization").mean(), 1e-12);
        assertEquals(0, partners.summary("sales.travel_hours_per_meeting").n());
        assertTrue(partners.summary("opportunities.won").mean() > 0);
    }
}
