package io.salesim.core.sales;

/**
 * One row of the role table: the role's id (used in metric names, {@code role.<id>.*}), how
 * its people work, head count at the start, annual loaded salary ($ a year per person),
 * productivity (work content is divided by it; 1 = nominal), the protective-capacity target
 * as the highest utilisation the role should run at (TOC: non-constraints keep 1 − this in
 * reserve), and its own working week (null: the organisation's).
 */
public record RoleSpec(String id, RolePolicy policy, int headcount, double salaryPerYear, double productivity,
                       double maxUtilization, WorkWeek workWeek) {

    /** Hours a day and days a week a role works, when they differ from the organisation's. */
    public record WorkWeek(double hoursPerDay, int daysPerWeek) {
        public WorkWeek {
            Check.range("hoursPerDay", hoursPerDay, 1, 24);
            Check.range("daysPerWeek", daysPerWeek, 1, 7);
        }
    }

    /** Ids a role may not take: {@code none} means nobody does an activity, {@code production} is the factory. */
    public static final java.util.Set<String> RESERVED_IDS = java.util.Set.of(OperatingModelSpec.NOBODY, Production.ID);

    public RoleSpec {
        Check.id("id", id);
        if (RESERVED_IDS.contains(id)) {
            throw new InvalidSpec("id", "\"" + id + "\"", "any id but " + String.join(" and ", RESERVED_IDS.stream().sorted().toList()));
        }
        Check.present("policy", policy);
        Check.atLeast("headcount", headcount, 0);
        Check.nonNegative("salaryPerYear", salaryPerYear);
        Check.range("productivity", productivity, 0.05, 10);
        Check.range("maxUtilization", maxUtilization, 0.05, 1);
    }

    /** A role with no target of its own beyond the default 85%, nominal productivity and the organisation's week. */
    public static RoleSpec of(String id, RolePolicy policy, int headcount, double salaryPerYear, double maxUtilization) {
        return new RoleSpec(id, policy, headcount, salaryPerYear, 1, maxUtilization, null);
    }

    public RoleSpec withHeadcount(int n) {
        return new RoleSpec(id, policy, n, salaryPerYear, productivity, maxUtilization, workWeek);
    }

    public RoleSpec withProductivity(double p) {
        return new RoleSpec(id, policy, headcount, salaryPerYear, p, maxUtilization, workWeek);
    }

    public RoleSpec withMaxUtilization(double u) {
        return new RoleSpec(id, policy, headcount, salaryPerYear, productivity, u, workWeek);
    }
}
