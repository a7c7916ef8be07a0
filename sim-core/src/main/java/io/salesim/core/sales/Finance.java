package io.salesim.core.sales;

import io.salesim.core.engine.Meaning;
import io.salesim.core.engine.Level;
import io.salesim.core.engine.ModelElement;
import java.util.Collection;

/**
 * Money: payroll (head count × loaded salary, over every role of the table, managers
 * included, and production's hires) as a level in $ a year; throughput = revenue × (1 −
 * variable-cost share); operating expense per week = payroll / 52 + production overtime +
 * other operating expense; net = throughput − operating expense.
 */
final class Finance extends ModelElement {
    private static final double WEEKS_PER_YEAR = 52.0;
    private final EconomicsSpec spec;
    private final Collection<Staffed> roles;
    private final Production production;
    private final Level payroll;

    Finance(ModelElement parent, EconomicsSpec spec, Collection<Staffed> roles, Production production) {
        super(parent, "finance");
        this.spec = spec;
        this.roles = roles;
        this.production = production;
        this.payroll = level("finance.payroll_per_year", Meaning.lower("$/year").board());
    }

    @Override
    protected void initialize() {
        refresh();
    }

    /** Re-reads head counts; call whenever they may have changed. */
    void refresh() {
        double total = 0;
        for (Staffed role : roles) {
            total += role.headcount() * role.spec().salaryPerYear();
        }
        payroll.set(total + production.hires() * production.salaryPerHire());
    }

    Level payroll() {
        return payroll;
    }

    double throughput(double revenue) {
        return revenue * (1 - spec.variableCostShare());
    }

    /** Operating expense of a week with this payroll level and production overtime cost. */
    double operatingExpensePerWeek(double payrollPerYear, double overtimeCost) {
        return payrollPerYear / WEEKS_PER_YEAR + overtimeCost + spec.otherOperatingExpensePerWeek();
    }
}
