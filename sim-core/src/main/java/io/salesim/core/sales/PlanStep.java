package io.salesim.core.sales;

/**
 * A dated step of a transition plan. {@code atWeek} counts from the end of the warm-up
 * (the plan starts from the organisation's steady state).
 */
public sealed interface PlanStep {

    double atWeek();

    private static void week(double atWeek) {
        Check.nonNegative("plan.at_week", atWeek);
    }

    private static void staffed(Role role) {
        if (Check.present("plan.role", role) == Role.NONE) {
            throw new IllegalArgumentException("plan.role: found none; allowed a staffed role");
        }
    }

    /** Hire {@code count} people who start after {@code lagWeeks} at {@code startProductivity}, reaching full productivity over {@code rampWeeks}. */
    record Hire(double atWeek, Role role, int count, double lagWeeks, double rampWeeks, double startProductivity) implements PlanStep {
        public Hire {
            week(atWeek);
            staffed(role);
            Check.atLeast("plan.hire.count", count, 1);
            Check.nonNegative("plan.hire.lag_weeks", lagWeeks);
            Check.nonNegative("plan.hire.ramp_weeks", rampWeeks);
            Check.range("plan.hire.start_productivity", startProductivity, 0.05, 1);
        }
    }

    /** Move people between roles (the seed: salespeople become project leaders), ramping in the new role. */
    record Reassign(double atWeek, Role from, Role to, int count, double rampWeeks) implements PlanStep {
        public Reassign {
            week(atWeek);
            staffed(from);
            staffed(to);
            Check.atLeast("plan.reassign.count", count, 1);
            Check.nonNegative("plan.reassign.ramp_weeks", rampWeeks);
        }
    }

    /** Raise a role's productivity by {@code factor} (e.g. 1.25 = 25% more work an hour), linearly over {@code rampWeeks}. */
    record Improve(double atWeek, Role role, double factor, double rampWeeks) implements PlanStep {
        public Improve {
            week(atWeek);
            staffed(role);
            Check.range("plan.improve.factor", factor, 0.1, 10);
            Check.nonNegative("plan.improve.ramp_weeks", rampWeeks);
        }
    }

    /** Change the operating model all at once (the seed: "an all-or-nothing proposition"); queued work moves to its new role. */
    record SwitchModel(double atWeek, OperatingModelSpec model) implements PlanStep {
        public SwitchModel {
            week(atWeek);
            Check.present("plan.switch_model.model", model);
        }
    }

    /** Run {@code campaigns} promotion campaigns {@code everyWeeks} apart, each releasing {@code batchSize} opportunities when its work is done. */
    record Campaign(double atWeek, double everyWeeks, int campaigns, int batchSize, double complexShare) implements PlanStep {
        public Campaign {
            week(atWeek);
            Check.positive("plan.campaign.every_weeks", everyWeeks);
            Check.atLeast("plan.campaign.campaigns", campaigns, 1);
            Check.atLeast("plan.campaign.batch_size", batchSize, 1);
            Check.probability("plan.campaign.complex_share", complexShare);
        }
    }

    /** People leave the role (or are redeployed outside the modelled organisation). */
    record Attrition(double atWeek, Role role, int count) implements PlanStep {
        public Attrition {
            week(atWeek);
            staffed(role);
            Check.atLeast("plan.attrition.count", count, 1);
        }
    }

    /** Change the number of managers (cost only). */
    record Managers(double atWeek, int salesManagers, int salesSupportManagers) implements PlanStep {
        public Managers {
            week(atWeek);
            Check.atLeast("plan.managers.sales_managers", salesManagers, 0);
            Check.atLeast("plan.managers.sales_support_managers", salesSupportManagers, 0);
        }
    }

    /** Change the theory-of-constraints policy (e.g. switch the throttle on). */
    record Policy(double atWeek, TocSpec toc) implements PlanStep {
        public Policy {
            week(atWeek);
            Check.present("plan.policy.toc", toc);
        }
    }
}
