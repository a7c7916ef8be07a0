package io.salesim.core.sales;

import io.salesim.core.analysis.ActivePeriods;
import io.salesim.core.analysis.ProtectiveCapacity;
import io.salesim.core.analysis.ShiftingBottleneck;
import io.salesim.core.engine.Level;
import io.salesim.core.engine.ModelElement;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/**
 * The headline responses, derived at the end of a replication from the state and statistics
 * the model kept: per role utilisation, protective capacity, shortfall weeks and weekly
 * bottleneck (Roser's active periods), sales ratios and money. Reads only; changes nothing.
 */
final class SalesReport extends ModelElement {
    /** Reported roles, in report order; production is the factory. */
    static final List<String> ROLES = List.of("field_sales", "sales_coordinator", "inside_sales", "customer_service",
            "project_leader", "promotions", "production");
    private static final int PRODUCTION = 6;

    private final SalesOrgSpec spec;
    private final FieldSales field;
    private final Map<Role, WorkCenter> centers;
    private final Production production;
    private final Pipeline pipeline;
    private final Fulfilment fulfilment;
    private final Finance finance;
    private final int warmupWeeks;
    private int[] bottleneck;
    private double[][] weeklyUtilization;

    SalesReport(ModelElement parent, SalesOrgSpec spec, FieldSales field, Map<Role, WorkCenter> centers, Production production,
                Pipeline pipeline, Fulfilment fulfilment, Finance finance) {
        super(parent, "report");
        this.spec = spec;
        this.field = field;
        this.centers = centers;
        this.production = production;
        this.pipeline = pipeline;
        this.fulfilment = fulfilment;
        this.finance = finance;
        this.warmupWeeks = spec.warmupWeeks();
        registerSales();
        registerFinance();
        for (int r = 0; r < ROLES.size(); r++) {
            registerRole(r);
        }
    }

    private void registerSales() {
        Level headcount = field.headcountLevel();
        computed("sales.bd_meetings_per_salesperson_week", "meetings/salesperson-week",
                () -> perSalesperson(pipeline.bdMeetings().count(), headcount.area() / 168.0),
                () -> ratio(pipeline.meetingsByWeek(), headcount.weeklyMeans()));
        computed("sales.open_opportunities_per_salesperson", "opportunities/salesperson",
                () -> perSalesperson(pipeline.openComplex().mean(), headcount.mean()),
                () -> ratio(pipeline.openComplex().weeklyMeans(), headcount.weeklyMeans()));
    }

    private static double perSalesperson(double value, double salespeople) {
        return salespeople > 0 ? value / salespeople : Double.NaN;
    }

    private void registerFinance() {
        computed("finance.revenue_per_week", "$/week", () -> meanAfterWarmup(fulfilment.revenueByWeek()),
                fulfilment::revenueByWeek);
        computed("finance.throughput_per_week", "$/week",
                () -> finance.throughput(meanAfterWarmup(fulfilment.revenueByWeek())),
                () -> map(fulfilment.revenueByWeek(), finance::throughput));
        computed("finance.net_per_week", "$/week", () -> meanAfterWarmup(netByWeek()), this::netByWeek);
        computed("finance.cumulative_net", "$", () -> meanAfterWarmup(netByWeek()) * (model().weeks() - warmupWeeks));
    }

    private double[] netByWeek() {
        double[] revenue = fulfilment.revenueByWeek();
        double[] payroll = finance.payroll().weeklyMeans();
        double[] net = new double[revenue.length];
        for (int w = 0; w < net.length; w++) {
            net[w] = finance.netPerWeek(revenue[w], payroll[w]);
        }
        return net;
    }

    private void registerRole(int r) {
        String prefix = "role." + ROLES.get(r);
        computed(prefix + ".utilization", "fraction", () -> utilization(r), () -> weekly(r));
        computed(prefix + ".protective_capacity", "fraction", () -> 1 - utilization(r),
                () -> ProtectiveCapacity.protective(weekly(r)));
        computed(prefix + ".shortfall_weeks", "weeks",
                () -> ProtectiveCapacity.count(ProtectiveCapacity.shortfalls(weekly(r), maxUtilization(r)), warmupWeeks),
                () -> ProtectiveCapacity.shortfalls(weekly(r), maxUtilization(r)));
        computed(prefix + ".bottleneck_probability", "probability", () -> bottleneckShare(r),
                () -> ShiftingBottleneck.indicator(bottleneck, r));
    }

    /** Called once at the horizon, before responses are read. */
    void close() {
        int weeks = model().weeks();
        double[][] longest = new double[ROLES.size()][];
        double[][] active = new double[ROLES.size()][];
        weeklyUtilization = new double[ROLES.size()][];
        for (int r = 0; r < ROLES.size(); r++) {
            ActivePeriods periods = r == PRODUCTION ? production.activePeriods() : center(r).activePeriods();
            longest[r] = periods.longestHours();
            active[r] = periods.activeHours();
            weeklyUtilization[r] = r == PRODUCTION ? production.weeklyUtilization() : center(r).weeklyUtilization();
            if (longest[r].length != weeks) {
                longest[r] = new double[weeks];
                active[r] = new double[weeks];
            }
        }
        bottleneck = ShiftingBottleneck.weekly(longest, active);
    }

    private WorkCenter center(int r) {
        return centers.get(Role.fromId(ROLES.get(r)));
    }

    private double utilization(int r) {
        return r == PRODUCTION ? production.utilization() : center(r).utilization();
    }

    private double[] weekly(int r) {
        return weeklyUtilization[r];
    }

    /** The designated constraint is meant to run flat out: it has no protective-capacity target. */
    private double maxUtilization(int r) {
        if ((r == PRODUCTION && spec.toc().designatedConstraint() == TocSpec.Constraint.PRODUCTION)
                || (r == 0 && spec.toc().designatedConstraint() == TocSpec.Constraint.SALES)) {
            return 1.0;
        }
        return r == PRODUCTION ? production.maxUtilization() : center(r).maxUtilization();
    }

    private double bottleneckShare(int r) {
        int weeks = bottleneck.length - warmupWeeks;
        if (weeks <= 0) {
            return Double.NaN;
        }
        int n = 0;
        for (int w = warmupWeeks; w < bottleneck.length; w++) {
            if (bottleneck[w] == r) {
                n++;
            }
        }
        return (double) n / weeks;
    }

    private double meanAfterWarmup(double[] weekly) {
        double sum = 0;
        int n = 0;
        for (int w = warmupWeeks; w < weekly.length; w++) {
            sum += weekly[w];
            n++;
        }
        return n > 0 ? sum / n : Double.NaN;
    }

    private static double[] ratio(double[] num, double[] den) {
        return RolePool.ratio(num, den);
    }

    private static double[] map(double[] values, DoubleUnaryOperator f) {
        double[] out = new double[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = f.applyAsDouble(values[i]);
        }
        return out;
    }
}
