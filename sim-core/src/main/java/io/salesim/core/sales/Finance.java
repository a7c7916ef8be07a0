package io.salesim.core.sales;

import io.salesim.core.engine.Level;
import io.salesim.core.engine.ModelElement;
import java.util.Collection;

/**
 * Money: payroll (head count × loaded salary, over every role of the table, managers
 * included) as a level in $ a year; throughput = revenue × (1 − variable-cost share);
 * operating expense per week = payroll / 52 + other operating expense; net = throughput −
 * operating expense.
 */
final class Finance extends ModelElement {
    private static final double WEEKS_PER_YEAR = 52.0;
    private final EconomicsSpec spec;
    private final Collection<Staffed> roles;
    private final Level payroll;

    Finance(ModelElement parent, EconomicsSpec spec, Collection<Staffed> roles) {
        super(parent, "finance");
        this.spec = spec;
        this.roles = roles;
        this.payroll = level("finance.payroll_per_year", "$/year");
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
        payroll.set(total);
    }

    Level payroll() {
        return payroll;
    }

    double throughput(double revenue) {
        return revenue * (1 - spec.variableCostShare());
    }

    double operatingExpensePerWeek(double payrollPerYear) {
        return payrollPerYear / WEEKS_PER_YEAR + spec.otherOperatingExpensePerWeek();
    }
}
