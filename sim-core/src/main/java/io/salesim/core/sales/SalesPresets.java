package io.salesim.core.sales;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The seed's illustration (a mid-sized engineer-to-order firm) as specs: the traditional
 * organisation, the division-of-labour organisation, and three 104-week transitions from
 * the first to the second in different orders. Numbers say where they come from: "seed"
 * (004, "The illustration" and "The transition") or "assumption".
 */
public final class SalesPresets {
    private static final String FIELD_SALES = RolesSpec.FIELD_SALES;
    private static final String COORDINATOR = "sales_coordinator";
    private static final String CUSTOMER_SERVICE = "customer_service";
    private static final String PROJECT_LEADER = "project_leader";
    private static final String PROMOTIONS = "promotions";
    private static final String SALES_MANAGER = "sales_manager";
    private static final String SUPPORT_MANAGER = "sales_support_manager";

    private SalesPresets() {
    }

    /** Every preset by its name (the bundled scenario names), in a stable order. */
    public static Map<String, SalesOrgSpec> all() {
        Map<String, SalesOrgSpec> out = new LinkedHashMap<>();
        for (SalesOrgSpec spec : List.of(traditional(), divisionOfLabour(), transitionFactoryDoorFirst(),
                transitionPromotionsFirst(), transitionSalespeopleFirst(), productionConstrained(),
                productionConstrainedNoThrottle())) {
            out.put(spec.name(), spec);
        }
        return Collections.unmodifiableMap(out);
    }

    /** Seed: 10 field salespeople doing everything, a small CS team (5), 2 sales managers. */
    public static SalesOrgSpec traditional() {
        return SalesOrgSpec.defaults().withName("traditional");
    }

    /**
     * Seed: field team cut to one fifth (2), a dedicated coordinator each (2), two project
     * leaders per salesperson (4), CS capacity +60% (5 → 8), a promotions coordinator, a
     * sales-support manager, one sales manager, no inside sales. Same market and orders as the
     * traditional firm; the factory exploits 1,000 of its 1,100 paper hours (assumption: the
     * steady state after the transition, which takes the factory past 850 h, has improved
     * its procedures) and the promotions coordinator runs a campaign every 4 weeks of the
     * measured period (assumption: 12 opportunities, 60% complex).
     */
    public static SalesOrgSpec divisionOfLabour() {
        RolesSpec roles = RolesSpec.defaults()
                .withHeadcount(FIELD_SALES, 2)            // seed: one fifth of 10
                .withHeadcount(COORDINATOR, 2)      // seed: one per salesperson
                .withHeadcount(PROJECT_LEADER, 4)         // seed: two per salesperson
                .withHeadcount(CUSTOMER_SERVICE, 8)       // seed: +60% of 5
                .withHeadcount(PROMOTIONS, 1)             // seed: a promotions coordinator
                .withHeadcount(SALES_MANAGER, 1)          // seed: one sales manager
                .withHeadcount(SUPPORT_MANAGER, 1);       // seed: a sales-support manager
        SalesOrgSpec base = SalesOrgSpec.defaults();
        return base.withName("division-of-labour").withRoles(roles)
                .withOperatingModel(OperatingModelSpec.divisionOfLabour())
                .withProduction(base.production().withPracticalHoursPerWeek(1000))
                .withPlan(List.of(new PlanStep.Campaign(0, 4, (base.horizonWeeks() - base.warmupWeeks()) / 4, 12, 0.6)));
    }

    /** 104 weeks after the traditional steady state (26-week warm-up). */
    private static SalesOrgSpec transitionBase(String name) {
        return traditional().withName(name).withWeeks(130, 26);
    }

    /** The centralisation step shared by all plans: the switch, salespeople to project leaders, the rest redeployed. */
    private static List<PlanStep> centralise(double week) {
        return List.of(
                new PlanStep.SwitchModel(week, OperatingModelSpec.divisionOfLabour()), // seed: all at once
                new PlanStep.Reassign(week, FIELD_SALES, PROJECT_LEADER, 4, 8, 0.5), // seed: PLs sourced from sales; assumption: half pace at first
                new PlanStep.Attrition(week, FIELD_SALES, 4),    // seed: redeployed elsewhere, off this payroll
                new PlanStep.Headcount(week, SALES_MANAGER, 1),       // seed: one sales manager ...
                new PlanStep.Headcount(week, SUPPORT_MANAGER, 1));    // ... and a sales-support manager
    }

    private static List<PlanStep> fixCustomerService(double week) {
        return List.of(
                new PlanStep.Hire(week, CUSTOMER_SERVICE, 3, 4, 8, 0.5), // seed: +60%; assumption: 4-week lag, 8-week ramp
                new PlanStep.Improve(week, CUSTOMER_SERVICE, 1.15, 12)); // seed: "simple changes to operating procedures"; assumption: +15%
    }

    private static PlanStep campaigns(double week, int count) {
        // assumption: a campaign every 4 weeks releasing 40 opportunities, 60% complex
        return new PlanStep.Campaign(week, 4, count, 40, 0.6);
    }

    /**
     * The seed's order: fix customer service first, recruit coordinators, centralise all at
     * once, and only then scale opportunity flow with promotions (seed: "start at the factory
     * door and work backwards"); from the first campaign production is designated the
     * constraint and the throttle ties new BD bookings to its buffer (seed: "sales must
     * deliberately throttle salespeople's activity until the constraint shifts back").
     */
    public static SalesOrgSpec transitionFactoryDoorFirst() {
        List<PlanStep> plan = new ArrayList<>(fixCustomerService(0));
        plan.add(new PlanStep.Hire(8, COORDINATOR, 2, 4, 8, 0.5));           // seed step 4
        plan.addAll(centralise(20));                                         // seed step 5
        plan.add(new PlanStep.Hire(40, PROMOTIONS, 1, 4, 4, 0.5));           // seed step 6
        plan.add(campaigns(48, 14));
        // assumption: a buffer of 1.5 weeks of production's capacity
        plan.add(new PlanStep.Policy(48, new TocSpec(Production.ID, true, 1.5)));
        return transitionBase("transition-factory-door-first").withPlan(plan);
    }

    /**
     * The factory-door plan in an engineer-to-order firm whose projects need 120 production
     * hours (assumption; 40 elsewhere), so after the switch production cannot keep up;
     * production is designated the constraint from the start, with the throttle on.
     */
    public static SalesOrgSpec productionConstrained() {
        SalesOrgSpec door = transitionFactoryDoorFirst();
        List<PlanStep> plan = door.plan().stream().filter(step -> !(step instanceof PlanStep.Policy)).toList();
        return door.withName("production-constrained").withPlan(plan)
                .withOrders(door.orders().withComplexProductionHours(120))
                .withToc(new TocSpec(Production.ID, true, 1.5));
    }

    /** {@link #productionConstrained()} with the throttle off: every meeting booked while the factory falls behind. */
    public static SalesOrgSpec productionConstrainedNoThrottle() {
        SalesOrgSpec on = productionConstrained();
        return on.withName("production-constrained-no-throttle").withToc(on.toc().withThrottle(false));
    }

    /** The wrong order the seed warns against: promotions first, then coordinators, the switch, CS last. */
    public static SalesOrgSpec transitionPromotionsFirst() {
        List<PlanStep> plan = new ArrayList<>();
        plan.add(new PlanStep.Hire(0, PROMOTIONS, 1, 0, 4, 0.5));
        plan.add(campaigns(4, 25));
        plan.add(new PlanStep.Hire(20, COORDINATOR, 2, 4, 8, 0.5));
        plan.addAll(centralise(32));
        plan.addAll(fixCustomerService(48));
        return transitionBase("transition-promotions-first").withPlan(plan);
    }

    /** The other wrong order: new job descriptions for salespeople first; coordinators arrive late, CS last. */
    public static SalesOrgSpec transitionSalespeopleFirst() {
        List<PlanStep> plan = new ArrayList<>(centralise(0));
        plan.add(new PlanStep.Hire(0, COORDINATOR, 2, 8, 8, 0.5));
        plan.add(new PlanStep.Hire(24, PROMOTIONS, 1, 0, 4, 0.5));
        plan.add(campaigns(28, 19));
        plan.addAll(fixCustomerService(40));
        return transitionBase("transition-salespeople-first").withPlan(plan);
    }
}
