package io.salesim.core.sales;

import io.salesim.core.engine.Meaning;
import io.salesim.core.engine.Level;
import io.salesim.core.engine.ModelElement;
import io.salesim.core.engine.WorkCalendar;
import io.salesim.core.resource.ActivePeriods;
import io.salesim.core.resource.ShiftingBottleneck;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import java.util.function.IntFunction;

/**
 * The headline responses, derived at the end of a replication from the state and statistics
 * the model kept: per reported role (every working role of the table, then production)
 * protective capacity against its target, shortfall weeks and the weekly bottleneck
 * (Roser's active periods, kept by each role's resource); sales ratios; money. Reads only.
 *
 * <p>Shortfalls have one definition: a week in which utilisation is above the role's
 * {@code max_utilization}, or in which nobody was available while work waited — except for
 * the role designated as the constraint that week, which has no target. A week with nobody
 * available and nothing waiting is not judged. Per replication that gives
 * {@code role.<r>.shortfall_weeks} (weeks after warm-up) and a 0/1 series
 * {@code role.<r>.shortfall_probability} (NaN in weeks not judged), whose mean across
 * replications is the probability that the role is short that week.
 *
 * <p>The seed's "expenses cannot increase" is checked on the committed expense (payroll, field
 * offices, other operating expense): {@code finance.expense_above_start_weeks} counts the weeks
 * after warm-up in which it is above its level at the plan's start. Travel and overtime move
 * with each week's work, so a steady organisation would exceed any starting week of theirs by
 * chance half the time; they are reported beside it ({@code finance.travel_cost_per_week},
 * {@code production.overtime_cost_per_week}).
 */
final class SalesReport extends ModelElement {
    private static final double HOURS_PER_WEEK = WorkCalendar.HOURS_PER_WEEK;

    private final List<Centre> roles = new ArrayList<>();
    private final FieldTeam field;
    private final Pipeline pipeline;
    private final Fulfilment fulfilment;
    private final Finance finance;
    private final IntFunction<String> constraintInWeek;
    private final int warmupWeeks;
    private double[][] bottleneck;
    private double[][] weeklyUtilization;
    private double[][] weeklyQueueLength;

    SalesReport(ModelElement parent, SalesOrgSpec spec, FieldTeam field, Map<String, WorkCenter> centers, Production production,
                Pipeline pipeline, Fulfilment fulfilment, Finance finance, IntFunction<String> constraintInWeek) {
        super(parent, "report");
        this.field = field;
        this.pipeline = pipeline;
        this.fulfilment = fulfilment;
        this.finance = finance;
        this.constraintInWeek = constraintInWeek;
        this.warmupWeeks = spec.warmupWeeks();
        for (String id : spec.reportedRoles()) {
            roles.add(id.equals(Production.ID) ? production : centers.get(id));
        }
        registerSales();
        registerFinance();
        for (int r = 0; r < roles.size(); r++) {
            registerRole(r);
        }
    }

    private void registerSales() {
        Level headcount = field == null ? null : field.resource().headcountLevel();
        computed("sales.bd_meetings_per_salesperson_week", Meaning.higher("meetings/salesperson-week").headline(),
                () -> headcount == null ? Double.NaN : perSalesperson(pipeline.bdMeetings().count(), headcount.area() / HOURS_PER_WEEK),
                () -> headcount == null ? nan(model().weeks()) : ratio(pipeline.meetingsByWeek(), headcount.weeklyMeans()));
        computed("sales.open_opportunities_per_salesperson", Meaning.neutral("opportunities/salesperson").headline(),
                () -> headcount == null ? Double.NaN : perSalesperson(pipeline.openComplex().mean(), headcount.mean()),
                () -> headcount == null ? nan(model().weeks()) : ratio(pipeline.openComplex().weeklyMeans(), headcount.weeklyMeans()));
    }

    private static double perSalesperson(double value, double salespeople) {
        return salespeople > 0 ? value / salespeople : Double.NaN;
    }

    private void registerFinance() {
        computed("finance.revenue_per_week", Meaning.higher("$/week"), () -> meanAfterWarmup(fulfilment.revenueByWeek()),
                fulfilment::revenueByWeek);
        // the board's first question, so declared first: the headline keeps declaration order
        computed("finance.cumulative_net", Meaning.higher("$").board(), () -> sumAfterWarmup(netByWeek()));
        computed("finance.throughput_per_week", Meaning.higher("$/week").board(), () -> meanAfterWarmup(throughputByWeek()), this::throughputByWeek);
        computed("finance.operating_expense_per_week", Meaning.lower("$/week").board(), () -> meanAfterWarmup(finance.operatingExpenseByWeek()),
                finance::operatingExpenseByWeek);
        computed("finance.travel_cost_per_week", Meaning.lower("$/week"), () -> meanAfterWarmup(finance.travelCostByWeek()),
                finance::travelCostByWeek);
        computed("finance.office_cost_per_week", Meaning.lower("$/week"), () -> meanAfterWarmup(finance.officeCostByWeek()),
                finance::officeCostByWeek);
        computed("finance.committed_expense_per_week", Meaning.lower("$/week"), () -> meanAfterWarmup(finance.committedExpenseByWeek()),
                finance::committedExpenseByWeek);
        computed("finance.expense_above_start_weeks", Meaning.lower("weeks").board(), () -> sumAfterWarmup(expenseAboveStart()));
        computed("finance.net_per_week", Meaning.higher("$/week").headline(), () -> meanAfterWarmup(netByWeek()), this::netByWeek);
        computed("finance.throughput_per_constraint_hour", Meaning.higher("$/hour"), this::throughputPerConstraintHour,
                this::throughputPerConstraintHourByWeek);
    }

    private double[] throughputByWeek() {
        return map(fulfilment.revenueByWeek(), finance::throughput);
    }

    /** 0/1 per week: committed expense above its level at the plan's start. */
    private double[] expenseAboveStart() {
        // a time-average of an unchanged level may differ from it in the last digits: that is not an increase
        double start = finance.committedAtStartPerWeek() * (1 + 1e-9);
        return map(finance.committedExpenseByWeek(), e -> e > start ? 1 : 0);
    }

    private double[] netByWeek() {
        double[] throughput = throughputByWeek();
        double[] expense = finance.operatingExpenseByWeek();
        double[] net = new double[throughput.length];
        for (int w = 0; w < net.length; w++) {
            net[w] = throughput[w] - expense[w];
        }
        return net;
    }

    /** Hours the designated constraint of each week worked that week (people: busy person-hours; production: production hours). */
    private double[] constraintHoursByWeek() {
        double[] hours = new double[model().weeks()];
        for (int w = 0; w < hours.length; w++) {
            String id = constraintInWeek.apply(w);
            for (Centre role : roles) {
                if (role.id().equals(id)) {
                    hours[w] = role.hoursWorkedByWeek()[w];
                }
            }
        }
        return hours;
    }

    private double throughputPerConstraintHour() {
        double hours = sumAfterWarmup(constraintHoursByWeek());
        return hours > 0 ? sumAfterWarmup(throughputByWeek()) / hours : Double.NaN;
    }

    private double[] throughputPerConstraintHourByWeek() {
        return ratio(throughputByWeek(), constraintHoursByWeek());
    }

    private void registerRole(int r) {
        String prefix = "role." + roles.get(r).id();
        computed(prefix + ".protective_capacity", Meaning.neutral("fraction"), () -> 1 - roles.get(r).resource().utilization(),
                () -> map(weeklyUtilization[r], u -> 1 - u));
        computed(prefix + ".shortfall_weeks", Meaning.lower("weeks").board(), () -> sumAfterWarmup(shortfalls(r)));
        weeklySeries(prefix + ".shortfall_probability", Meaning.lower("probability"), () -> shortfalls(r));
        computed(prefix + ".bottleneck_probability", Meaning.neutral("probability").board(), () -> meanAfterWarmup(bottleneck[r]),
                () -> bottleneck[r].clone());
    }

    /** Called once at the horizon, before responses are read. */
    void close() {
        int n = roles.size();
        double[][] longest = new double[n][];
        double[][] active = new double[n][];
        weeklyUtilization = new double[n][];
        weeklyQueueLength = new double[n][];
        for (int r = 0; r < n; r++) {
            ActivePeriods periods = roles.get(r).resource().activePeriods();
            longest[r] = periods.longestHours();
            active[r] = periods.activeHours();
            weeklyUtilization[r] = roles.get(r).resource().weeklyUtilization();
            weeklyQueueLength[r] = roles.get(r).resource().weeklyQueueLength();
        }
        bottleneck = ShiftingBottleneck.weeklyShares(longest, active, weeklyUtilization);
    }

    /**
     * 0/1 per week: utilisation above the role's target that week, or nobody available while
     * work waited; NaN (not judged) with nobody available and nothing waiting.
     */
    private double[] shortfalls(int r) {
        Centre role = roles.get(r);
        double[] u = weeklyUtilization[r];
        double[] waiting = weeklyQueueLength[r];
        double[] out = new double[u.length];
        for (int w = 0; w < u.length; w++) {
            // the designated constraint is meant to run flat out: it has no protective-capacity target
            boolean designated = role.id().equals(constraintInWeek.apply(w));
            if (Double.isNaN(u[w])) {
                // no capacity at all: short if work was left waiting for it, else nothing to judge
                out[w] = waiting[w] > 0 ? (designated ? 0 : 1) : Double.NaN;
            } else {
                out[w] = u[w] > (designated ? 1.0 : role.maxUtilization()) ? 1 : 0;
            }
        }
        return out;
    }

    private double meanAfterWarmup(double[] weekly) {
        double sum = 0;
        int n = 0;
        for (int w = warmupWeeks; w < weekly.length; w++) {
            if (!Double.isNaN(weekly[w])) {
                sum += weekly[w];
                n++;
            }
        }
        return n > 0 ? sum / n : Double.NaN;
    }

    private double sumAfterWarmup(double[] weekly) {
        double sum = 0;
        for (int w = warmupWeeks; w < weekly.length; w++) {
            if (!Double.isNaN(weekly[w])) {
                sum += weekly[w];
            }
        }
        return sum;
    }

    private static double[] ratio(double[] num, double[] den) {
        double[] out = new double[num.length];
        for (int w = 0; w < out.length; w++) {
            out[w] = den[w] > 0 ? num[w] / den[w] : Double.NaN;
        }
        return out;
    }

    private static double[] nan(int weeks) {
        double[] out = new double[weeks];
        Arrays.fill(out, Double.NaN);
        return out;
    }

    private static double[] map(double[] values, DoubleUnaryOperator f) {
        double[] out = new double[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = f.applyAsDouble(values[i]);
        }
        return out;
    }
}
