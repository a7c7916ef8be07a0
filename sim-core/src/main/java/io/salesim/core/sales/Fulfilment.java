package io.salesim.core.sales;

import io.salesim.core.engine.Meaning;
import io.salesim.core.engine.Counter;
import io.salesim.core.engine.EventAction;
import io.salesim.core.engine.Level;
import io.salesim.core.engine.ModelElement;
import io.salesim.core.engine.Observations;
import io.salesim.core.engine.WorkCalendar;
import io.salesim.core.random.DistributionSpec;
import io.salesim.core.random.RandomStream;
import io.salesim.core.random.Sampler;

/**
 * Orders from won deals and from the account base's repeat transactions (whose rate follows
 * service quality): order entry → production → delivery (revenue); complex orders become
 * projects with post-sale project work. An order not delivered by its promised date is late:
 * it needs a proactive update each week it stays late and, until production starts it, may be
 * cancelled; a late delivery raises more issues. Every order ends exactly once as delivered,
 * cancelled or lapsed (its order entry waited past its maximum wait), or is still open.
 */
final class Fulfilment extends ModelElement {
    /** An order, alive until delivered, cancelled or lapsed. */
    static final class Order {
        final long opportunity;
        final double value;
        final double productionHours;
        final boolean complex;
        final int owner;
        final int cluster;
        final double createdAt;
        final double promisedAt;
        Task entry;
        boolean entered;
        boolean inProduction;
        boolean cancelled;
        boolean closed;
        /** Counted late for on-time delivery when its promised date passed undelivered. */
        boolean countedLate;

        Order(long opportunity, double value, double productionHours, boolean complex, int owner, int cluster, double createdAt, double promisedAt) {
            this.opportunity = opportunity;
            this.value = value;
            this.productionHours = productionHours;
            this.complex = complex;
            this.owner = owner;
            this.cluster = cluster;
            this.createdAt = createdAt;
            this.promisedAt = promisedAt;
        }
    }

    private static final double HOURS_PER_WEEK = WorkCalendar.HOURS_PER_WEEK;
    private final OrdersSpec spec;
    private final ServiceResponseSpec response;
    private final Work work;
    private final WorkCalendar calendar;
    private final Journal journal;
    private final Production production;
    private final ServiceQuality quality;
    private final RandomStream repeatStream;
    private final RandomStream repeatOwners;
    private final RandomStream cancellations;
    private final RandomStream issueDelays;
    private final Sampler repeatHours;
    private final Sampler simpleHours;
    private final Sampler complexHours;
    private final RandomStream issueCounts;
    private final Level openOrders;
    private final Counter createdRate;
    private final Observations leadTimeWeeks;
    private final EventAction<Object> repeatArrives = o -> repeatOrder();
    private final EventAction<Task> entered = this::entered;
    private final EventAction<Task> entryLapsed = this::entryLapsed;
    private final EventAction<Order> lateCheck = this::lateCheck;
    private final EventAction<Order> issueArises = this::issueArises;
    private long created;
    private long delivered;
    private long cancelled;
    private long lapsed;
    private double[] revenueByWeek;

    Fulfilment(ModelElement parent, OrdersSpec spec, ServiceResponseSpec response, Work work, Production production,
               ServiceQuality quality, WorkCalendar calendar, Journal journal) {
        super(parent, "orders");
        this.spec = spec;
        this.response = response;
        this.work = work;
        this.calendar = calendar;
        this.journal = journal;
        this.production = production;
        this.quality = quality;
        this.repeatStream = stream("repeat");
        this.repeatOwners = stream("repeat_owners");
        this.cancellations = stream("cancellations");
        this.issueCounts = stream("issues");
        this.issueDelays = stream("issue_delays");
        this.repeatHours = hours("repeat_hours", spec.repeatProductionHours());
        this.simpleHours = hours("simple_hours", spec.simpleProductionHours());
        this.complexHours = hours("complex_hours", spec.complexProductionHours());
        this.openOrders = level("orders.open_mean", Meaning.neutral("orders"));
        this.createdRate = counter("orders.created_per_week", Meaning.higher("orders/week"));
        this.leadTimeWeeks = observations("production.lead_time_weeks", Meaning.lower("weeks").headline());
        computed("orders.created", Meaning.neutral("count"), () -> created);
        computed("orders.delivered", Meaning.higher("count"), () -> delivered);
        computed("orders.cancelled", Meaning.lower("count").headline(), () -> cancelled);
        computed("orders.lapsed", Meaning.lower("count"), () -> lapsed);
        computed("orders.open", Meaning.neutral("count"), openOrders::value);
        production.onDelivered(this::delivered);
    }

    private Sampler hours(String name, double mean) {
        return spec.productionHoursCv() > 0
                ? sampler(name, new DistributionSpec.Gamma(mean, spec.productionHoursCv() * mean))
                : sampler(name, new DistributionSpec.Constant(mean));
    }

    @Override
    protected void initialize() {
        created = 0;
        delivered = 0;
        cancelled = 0;
        lapsed = 0;
        revenueByWeek = new double[model().weeks()];
        scheduleRepeat();
    }

    private void scheduleRepeat() {
        double rate = spec.repeatOrdersPerWeek() * quality.multiplier();
        if (rate > 0) {
            // orders are placed in business hours: a Poisson stream in working time
            double gap = -calendar.workingHoursPerWeek() / rate * Math.log(repeatStream.nextOpenDouble());
            scheduleAt(repeatArrives, calendar.finishTime(now(), gap), null);
        }
    }

    private void repeatOrder() {
        int owner = repeatOwners.nextInt(1 << 20);
        Order order = new Order(-1, spec.repeatValuePerOrder(), repeatHours.sample(), false, owner, -1, now(), promised());
        journal.target.orderPlaced(now(), -1, order.value, order.promisedAt);
        order(order);
        scheduleRepeat();
    }

    void fromDeal(long opportunity, boolean complex, double value, int owner, int cluster) {
        double hours = complex ? complexHours.sample() : simpleHours.sample();
        Order order = new Order(opportunity, value, hours, complex, owner, cluster, now(), promised());
        journal.target.orderPlaced(now(), opportunity, value, order.promisedAt);
        order(order);
    }

    private double promised() {
        return now() + spec.quotedLeadTimeWeeks() * HOURS_PER_WEEK;
    }

    private void order(Order order) {
        created++;
        createdRate.increment();
        openOrders.add(1);
        order.entry = work.task(Activity.ORDER_ENTRY, -1, order.owner, order, entered, entryLapsed);
        work.perform(order.entry);
        scheduleAt(lateCheck, order.promisedAt, order);
    }

    private void entered(Task task) {
        Order order = (Order) task.subject;
        if (order.closed) {
            return;
        }
        order.entered = true;
        production.add(order);
        if (order.complex) {
            work.perform(work.task(Activity.POST_SALE_PROJECT, order.cluster, order.owner, order, Task.NOTHING, null));
        }
    }

    /** The customer gave up before the order was entered (order entry waited past its maximum wait). */
    private void entryLapsed(Task task) {
        Order order = (Order) task.subject;
        if (!order.closed) {
            lapsed++;
            close(order, "lapsed");
        }
    }

    /**
     * At the promised date, and each week after while undelivered: a proactive update, and —
     * while production has not started the job — a chance the customer cancels.
     */
    private void lateCheck(Order order) {
        if (order.closed) {
            return;
        }
        if (!order.countedLate) {
            // late from the promised date on, whether it is delivered, cancelled or still open at the horizon
            order.countedLate = true;
            quality.recordDelivery(false);
        }
        if (!order.inProduction && cancellations.nextDouble() < response.cancelProbabilityPerLateWeek()) {
            cancel(order);
            return;
        }
        work.perform(work.task(Activity.PROACTIVE_UPDATE, -1, order.owner, order, Task.NOTHING, null));
        schedule(lateCheck, HOURS_PER_WEEK, order);
    }

    private void cancel(Order order) {
        order.cancelled = true;
        cancelled++;
        if (order.entered) {
            production.cancelled(order);
        } else {
            order.entry.cancelled = true; // order entry not done yet: nobody needs to do it now
        }
        close(order, "cancelled");
    }

    private void close(Order order, String outcome) {
        order.closed = true;
        openOrders.add(-1);
        journal.target.orderClosed(now(), order.opportunity, outcome, order.value);
    }

    private void delivered(Order order) {
        delivered++;
        leadTimeWeeks.record((now() - order.createdAt) / HOURS_PER_WEEK);
        revenueByWeek[model().currentWeek()] += order.value;
        journal.target.orderDelivered(now(), order.opportunity, order.value);
        close(order, "delivered");
        double weeksLate = Math.max(0, (now() - order.promisedAt) / HOURS_PER_WEEK);
        if (!order.countedLate) {
            quality.recordDelivery(true);
        }
        int issues = poisson(spec.issuesPerOrder() + response.extraIssuesPerLateWeek() * weeksLate);
        for (int i = 0; i < issues; i++) {
            double gap = -spec.issueDelayWeeks() * calendar.workingHoursPerWeek() * Math.log(issueDelays.nextOpenDouble());
            scheduleAt(issueArises, calendar.finishTime(now(), gap), order);
        }
    }

    private int poisson(double mean) {
        double limit = Math.exp(-mean);
        double product = issueCounts.nextDouble();
        int n = 0;
        while (product > limit) {
            product *= issueCounts.nextDouble();
            n++;
        }
        return n;
    }

    private void issueArises(Order order) {
        work.perform(work.task(Activity.ISSUE, -1, order.owner, order, Task.NOTHING, null));
    }

    double[] revenueByWeek() {
        return revenueByWeek.clone();
    }
}
