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
        // promotions first: hire promotions, campaigns, hire coordinators, 5 centralisation steps (switch,
        // reassign, attrition, two manager head counts), 2 CS steps
        assertEquals("10", SalesPresets.transitionPromotionsFirst().keyParameters().get("plan steps"));
    }

    @Test
    void presetsAreFoundByName() {
        assertEquals(List.of("traditional", "division-of-labour", "transition-factory-door-first",
                "transition-promotions-first", "transition-salespeople-first", "production-constrained",
                "production-constrained-no-throttle"), List.copyOf(SalesPresets.all().keySet()));
        SalesPresets.all().forEach((name, spec) -> assertEquals(name, spec.name()));
        assertEquals(List.of("traditional", "division_of_labour", "inside_sales_led", "channel_partners"),
                List.copyOf(OperatingModelSpec.presets().keySet()));
    }

    @Test
    void badValuesAreRefusedNamingTheKey() {
        // sim-core names the record component; the scenarios module maps it to file, line and key
        InvalidSpec headcount = assertThrows(InvalidSpec.class, () -> RoleSpec.of("desk", RolePolicy.POOL, -1, 100_000, 0.85));
        assertEquals(List.of("headcount"), headcount.path());
        assertEquals("-1", headcount.found());
        InvalidSpec probability = assertThrows(InvalidSpec.class, () -> MarketSpec.defaults().withReachProbability(1.5));
        assertEquals(List.of("reachProbability"), probability.path());
        InvalidSpec rate = assertThrows(InvalidSpec.class, () -> new MarketSpec.SourceSpec("inbound", -2, 0.5));
        assertEquals(List.of("ratePerWeek"), rate.path());
        assertThrows(InvalidSpec.class, () -> SalesOrgSpec.defaults().withWeeks(10, 10));
        assertThrows(InvalidSpec.class, () -> ProductionSpec.defaults().withPracticalHoursPerWeek(5000));
        // role ids: none and production are reserved; an unknown role in a step or mapping is refused where it is named
        assertThrows(InvalidSpec.class, () -> RoleSpec.of("none", RolePolicy.POOL, 1, 1, 0.85));
        InvalidSpec unknown = assertThrows(InvalidSpec.class, () -> SalesOrgSpec.defaults()
                .withPlan(List.of(new PlanStep.Hire(0, "bid_manager", 1, 0, 0, 1))));
        assertEquals(List.of("plan", "0", "role"), unknown.path());
        InvalidSpec costOnly = assertThrows(InvalidSpec.class, () -> SalesOrgSpec.defaults().withOperatingModel(
                OperatingModelSpec.traditional().withRole(Activity.ISSUE, "sales_manager")));
        assertEquals(List.of("operatingModel", "activityRoles", "issue"), costOnly.path());
        assertThrows(InvalidSpec.class, () -> SalesOrgSpec.defaults().withToc(TocSpec.defaults().withConstraint("factory")));
        // illness cover from a role of the table that takes work, other than the field team itself
        for (String role : List.of("bid_manager", "sales_manager", "field_sales")) {
            InvalidSpec cover = assertThrows(InvalidSpec.class,
                    () -> SalesOrgSpec.defaults().withRisk(RiskSpec.defaults().withCover(role, 0.7)));
            assertEquals(List.of("risk", "coverRole"), cover.path(), role);
        }
        InvalidSpec start = assertThrows(InvalidSpec.class, () -> RiskSpec.defaults().withResignations(0.1, 8, 12, 0));
        assertEquals(List.of("replacementStartProductivity"), start.path());
        InvalidSpec fare = assertThrows(InvalidSpec.class, () -> EconomicsSpec.defaults().withTravelCosts(35, -1));
        assertEquals(List.of("costPerFlight"), fare.path());
        // one field team at most
        assertThrows(InvalidSpec.class, () -> RolesSpec.defaults().with(RoleSpec.of("field_pl", RolePolicy.FIELD_TEAM, 1, 1, 0.85)));
    }

    @Test
    void illustrationPayrollFallsBy310kAndCoordinatorsCostLessThanHalfASalesperson() {
        // seed, "An illustration": "Payroll cost has reduced by $310k"; "they typically cost less than half what salespeople do"
        double before = SalesPresets.traditional().roles().payrollPerYear();
        double after = SalesPresets.divisionOfLabour().roles().payrollPerYear();
        assertEquals(-310_000, after - before, 1e-6);
        RolesSpec roles = RolesSpec.defaults();
        assertTrue(roles.of("sales_coordinator").salaryPerYear() < roles.of("field_sales").salaryPerYear() / 2);
    }

    @Test
    void illustrationHeadCounts() {
        // seed: field team one fifth of 10, a coordinator each, two project leaders each, CS +60% (5 -> 8)
        RolesSpec before = SalesPresets.traditional().roles();
        RolesSpec after = SalesPresets.divisionOfLabour().roles();
        int field = after.of("field_sales").headcount();
        assertEquals(before.of("field_sales").headcount() / 5, field);
        assertEquals(field, after.of("sales_coordinator").headcount());
        assertEquals(2 * field, after.of("project_leader").headcount());
        assertEquals(Math.round(before.of("customer_service").headcount() * 1.6), after.of("customer_service").headcount());
        assertEquals(0, after.of("inside_sales").headcount());
    }

    @Test
    void variantsAreMappings() {
        // the seed's inside-sales-led firm and channel partners need no new code path
        OperatingModelSpec insideLed = OperatingModelSpec.insideSalesLed();
        OperatingModelSpec channel = OperatingModelSpec.channelPartners();
        assertEquals("inside_sales", insideLed.roleFor(Activity.SIMPLE_QUOTE));
        SalesOrgSpec spec = SalesPresets.divisionOfLabour().withWeeks(20, 4)
                .withRoles(SalesPresets.divisionOfLabour().roles().withHeadcount("inside_sales", 2));
        var inside = Runs.run(spec.withOperatingModel(insideLed), 2);
        assertTrue(inside.summary("role.inside_sales.utilization").mean() > 0);
        var partners = Runs.run(spec.withOperatingModel(channel), 2);
        assertEquals(0, partners.summary("role.field_sales.utilization").mean(), 1e-12);
        assertEquals(0, partners.summary("sales.travel_hours_per_meeting").n());
        assertTrue(partners.summary("opportunities.won").mean() > 0);
    }
}
