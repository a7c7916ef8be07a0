package io.salesim.core.sales;

/**
 * A staffed role: head count, annual loaded salary ($ a year per person), productivity (work
 * content is divided by it; 1 = nominal) and the protective-capacity target as the highest
 * utilisation the role should run at (TOC: non-constraints keep 1 − this in reserve).
 */
public record RoleSpec(int headcount, double salaryPerYear, double productivity, double maxUtilization) {
    public RoleSpec {
        Check.atLeast("roles.*.headcount", headcount, 0);
        Check.nonNegative("roles.*.salary_per_year", salaryPerYear);
        Check.range("roles.*.productivity", productivity, 0.05, 10);
        Check.range("roles.*.max_utilization", maxUtilization, 0.05, 1);
    }

    public RoleSpec withHeadcount(int n) {
        return new RoleSpec(n, salaryPerYear, productivity, maxUtilization);
    }
}
