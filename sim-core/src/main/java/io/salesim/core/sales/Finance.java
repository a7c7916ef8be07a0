package io.salesim.core.sales;

import io.salesim.core.engine.Level;
import io.salesim.core.engine.ModelElement;
import java.util.Collection;

/**
 * Money: payroll (head count × loaded salary, managers included) as a level in $ a year;
 * revenue per week from delivered orders; throughput = revenue × (1 − variable-cost share);
 * net per week = throughput − payroll / 52 − other operating expense.
 */
final class Finance extends ModelElement {
    private final EconomicsSpec spec;
    private final RolesSpec roles;
    private final Collection<WorkCenter> centers;
    private final Level payroll;
    private int salesManagers;
    private int salesSupportManagers;

    Finance(ModelElement parent, EconomicsSpec spec, RolesSpec roles, Collection<WorkCenter> centers) {
        super(parent, "finance");
        this.spec = spec;
        this.roles = roles;
        this.centers = centers;
        this.payroll = level("finance.payroll_per_year", "$/year");
    }

    @Override
    protected void initialize() {
        salesManagers = roles.salesManager().headcount();
        salesSupportManagers = roles.salesSupportManager().headcount();
    }

    void setManagers(int sales, int salesSupport) {
        salesManagers = sales;
        salesSupportManagers = salesSupport;
        refresh();
    }

    /** Re-reads head counts; call whenever they may have changed. */
    void refresh() {
        double total = salesManagers * roles.salesManager().salaryPerYear()
                + salesSupportManagers * roles.salesSupportManager().salaryPerYear();
        for (WorkCenter c : centers) {
            total += c.headcount() * c.salaryPerYear();
        }
        payroll.set(total);
    }

    Level payroll() {
        return payroll;
    }

    double throughput(double revenue) {
        return revenue * (1 - spec.variableCostShare());
    }

    double netPerWeek(double revenuePerWeek, double payrollPerYear) {
        return throughput(revenuePerWeek) - payrollPerYear / 52.0 - spec.otherOperatingExpensePerWeek();
    }
}
