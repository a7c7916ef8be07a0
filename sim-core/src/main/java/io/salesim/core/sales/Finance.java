package io.salesim.core.sales;

import io.salesim.core.engine.Meaning;
import io.salesim.core.engine.Level;
import io.salesim.core.engine.ModelElement;
import java.util.Collection;

/**
 * Money: payroll (head count × loaded salary, over every role of the table, managers
 * included, and production's hires) as a level in $ a year; field travel priced trip by trip
 * in the week it starts; an office per field location (one per field salesperson on staff);
 * throughput = revenue × (1 − variable-cost share); operating expense per week = payroll / 52
 * + field offices + other operating expense (together the committed expense, which head
 * counts set) + travel + production overtime; net = throughput − operating expense.
 */
final class Finance extends ModelElement {
    private static final double WEEKS_PER_YEAR = 52.0;
    private final EconomicsSpec spec;
    private final Collection<Staffed> roles;
    private final Production production;
    /** Field salespeople on staff; null without a field team. */
    private final Level fieldHeadcount;
    private final double committedAtStartPerWeek;
    private final Level payroll;
    private double[] travelCostByWeek;

    Finance(ModelElement parent, EconomicsSpec spec, RolesSpec table, Collection<Staffed> roles, Production production,
            Level fieldHeadcount) {
        super(parent, "finance");
        this.spec = spec;
        this.roles = roles;
        this.production = production;
        this.fieldHeadcount = fieldHeadcount;
        int fieldAtStart = table.fieldTeam().map(RoleSpec::headcount).orElse(0);
        this.committedAtStartPerWeek = committed(table.payrollPerYear(), fieldAtStart);
        this.payroll = level("finance.payroll_per_year", Meaning.lower("$/year").board());
    }

    @Override
    protected void initialize() {
        travelCostByWeek = new double[model().weeks()];
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

    /** A field trip sets off now: its hours on the road and, for a flight, the fare. */
    void travelled(double hours, boolean flight) {
        travelCostByWeek[model().currentWeek()] += hours * spec.travelCostPerHour() + (flight ? spec.costPerFlight() : 0);
    }

    double throughput(double revenue) {
        return revenue * (1 - spec.variableCostShare());
    }

    double[] travelCostByWeek() {
        return travelCostByWeek.clone();
    }

    double[] officeCostByWeek() {
        double[] people = fieldPeopleByWeek();
        double[] out = new double[people.length];
        for (int w = 0; w < out.length; w++) {
            out[w] = officeCost(people[w]);
        }
        return out;
    }

    /** Payroll, field offices and other operating expense each week: what head counts commit the firm to. */
    double[] committedExpenseByWeek() {
        double[] payrollPerYear = payroll.weeklyMeans();
        double[] people = fieldPeopleByWeek();
        double[] out = new double[payrollPerYear.length];
        for (int w = 0; w < out.length; w++) {
            out[w] = committed(payrollPerYear[w], people[w]);
        }
        return out;
    }

    /**
     * The committed expense a week of the organisation the plan starts from: the role table's
     * head counts as written (vacancies from resignations are not a new, lower level), $ a week.
     */
    double committedAtStartPerWeek() {
        return committedAtStartPerWeek;
    }

    private double committed(double payrollPerYear, double fieldSalespeople) {
        return payrollPerYear / WEEKS_PER_YEAR + officeCost(fieldSalespeople) + spec.otherOperatingExpensePerWeek();
    }

    private double officeCost(double fieldSalespeople) {
        return fieldSalespeople * spec.fieldOfficeCostPerYear() / WEEKS_PER_YEAR;
    }

    private double[] fieldPeopleByWeek() {
        return fieldHeadcount == null ? new double[model().weeks()] : fieldHeadcount.weeklyMeans();
    }

    /** Committed expense + travel + production overtime, each week. */
    double[] operatingExpenseByWeek() {
        double[] out = committedExpenseByWeek();
        double[] travel = travelCostByWeek;
        double[] overtime = production.overtimeCostByWeek();
        for (int w = 0; w < out.length; w++) {
            out[w] += travel[w] + overtime[w];
        }
        return out;
    }
}
