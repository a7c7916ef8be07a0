package io.salesim.core.sales;

/**
 * A dated step of a transition plan. {@code atWeek} counts from the end of the warm-up
 * (the plan starts from the organisation's steady state). Roles are named by id; that each
 * id is in the role table is checked by {@link SalesOrgSpec}.
 */
public sealed interface PlanStep {

    double atWeek();

    private static void week(double atWeek) {
        Check.nonNegative("atWeek", atWeek);
    }

    /**
     * Hire {@code count} people who start after {@code lagWeeks} at {@code startProductivity},
     * reaching full productivity over {@code rampWeeks}; {@code role: production} hires
     * production people, each adding the factory's hours per hire.
     */
    record Hire(double atWeek, String role, int count, double lagWeeks, double rampWeeks, double startProductivity) implements PlanStep {
        public Hire {
            week(atWeek);
            Check.id("role", role);
            Check.atLeast("count", count, 1);
            Check.nonNegative("lagWeeks", lagWeeks);
            Check.nonNegative("rampWeeks", rampWeeks);
            Check.range("startProductivity", startProductivity, 0.05, 1);
        }
    }

    /**
     * Move people between roles (the seed: salespeople become project leaders); they start at
     * {@code startProductivity} in the new role and reach full productivity over {@code rampWeeks}.
     */
    record Reassign(double atWeek, String from, String to, int count, double rampWeeks, double startProductivity)
            implements PlanStep {
        public Reassign {
            week(atWeek);
            Check.id("from", from);
            Check.id("to", to);
            Check.atLeast("count", count, 1);
            Check.nonNegative("rampWeeks", rampWeeks);
            Check.range("startProductivity", startProductivity, 0.05, 1);
        }
    }

    /**
     * Raise a role's productivity (or production's capacity, {@code role: production}) by
     * {@code factor} (e.g. 1.25 = 25% more work an hour), linearly over {@code rampWeeks}.
     */
    record Improve(double atWeek, String role, double factor, double rampWeeks) implements PlanStep {
        public Improve {
            week(atWeek);
            Check.id("role", role);
            Check.range("factor", factor, 0.1, 10);
            Check.nonNegative("rampWeeks", rampWeeks);
        }
    }

    /** Change the operating model all at once (the seed: "an all-or-nothing proposition"); queued work moves to its new role. */
    record SwitchModel(double atWeek, OperatingModelSpec model) implements PlanStep {
        public SwitchModel {
            week(atWeek);
            Check.present("model", model);
        }
    }

    /** Run {@code campaigns} promotion campaigns {@code everyWeeks} apart, each releasing {@code batchSize} opportunities when its work is done. */
    record Campaign(double atWeek, double everyWeeks, int campaigns, int batchSize, double complexShare) implements PlanStep {
        public Campaign {
            week(atWeek);
            Check.positive("everyWeeks", everyWeeks);
            Check.atLeast("campaigns", campaigns, 1);
            Check.atLeast("batchSize", batchSize, 1);
            Check.probability("complexShare", complexShare);
        }
    }

    /** People leave the role (or are redeployed outside the modelled organisation), newest first; production: its hires. */
    record Attrition(double atWeek, String role, int count) implements PlanStep {
        public Attrition {
            week(atWeek);
            Check.id("role", role);
            Check.atLeast("count", count, 1);
        }
    }

    /** Set a role's head count at once (e.g. managers, who are cost only): hires or releases the difference. */
    record Headcount(double atWeek, String role, int count) implements PlanStep {
        public Headcount {
            week(atWeek);
            Check.id("role", role);
            Check.atLeast("count", count, 0);
        }
    }

    /** Change the theory-of-constraints policy (e.g. designate production the constraint and switch the throttle on). */
    record Policy(double atWeek, TocSpec toc) implements PlanStep {
        public Policy {
            week(atWeek);
            Check.present("toc", toc);
        }
    }
}
