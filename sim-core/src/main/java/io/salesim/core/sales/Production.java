package io.salesim.core.sales;

import io.salesim.core.analysis.ActivePeriods;
import io.salesim.core.engine.EventAction;
import io.salesim.core.engine.Level;
import io.salesim.core.engine.ModelElement;
import io.salesim.core.engine.WorkCalendar;
import java.util.ArrayDeque;
import java.util.function.Consumer;

/**
 * The factory as one FIFO job queue worked at the practical capacity (production hours a
 * week over the working week). While the backlog exceeds the ramp trigger, practical
 * capacity climbs each week toward nominal: capacity on paper takes time to exploit.
 * Utilisation is busy time over working time, against practical capacity.
 */
final class Production extends ModelElement {
    private final ProductionSpec spec;
    private final WorkCalendar calendar;
    private final ArrayDeque<Fulfilment.Order> jobs = new ArrayDeque<>();
    private final ActivePeriods active;
    private final Level busy;
    private final Level available;
    private final Level backlog;
    private final Level queueHours;
    private final Level practical;
    private final EventAction<Fulfilment.Order> done = this::done;
    private Consumer<Fulfilment.Order> onDelivered = o -> { };
    private boolean working;
    private double backlogHours;
    private double practicalHoursPerWeek;

    Production(ModelElement parent, ProductionSpec spec, WorkCalendar calendar) {
        super(parent, "production");
        this.spec = spec;
        this.calendar = calendar;
        this.active = new ActivePeriods(calendar);
        this.busy = level("role.production.busy_people", "lines", calendar);
        this.available = level("role.production.available_people", "lines", calendar);
        this.backlog = level("production.backlog_hours", "hours");
        this.queueHours = level("role.production.queue_hours", "hours", calendar);
        this.practical = level("production.practical_hours_per_week", "hours/week");
    }

    void onDelivered(Consumer<Fulfilment.Order> consumer) {
        this.onDelivered = consumer;
    }

    @Override
    protected void initialize() {
        jobs.clear();
        working = false;
        backlogHours = 0;
        practicalHoursPerWeek = spec.practicalHoursPerWeek();
        active.reset(model().weeks());
        available.set(1);
        busy.set(0);
        backlog.set(0);
        queueHours.set(0);
        practical.set(practicalHoursPerWeek);
    }

    void add(Fulfilment.Order order) {
        jobs.addLast(order);
        backlogHours += order.productionHours;
        startNext();
    }

    private void startNext() {
        if (!working && !jobs.isEmpty()) {
            Fulfilment.Order order = jobs.pollFirst();
            working = true;
            double workingHours = order.productionHours * calendar.workingHoursPerWeek() / practicalHoursPerWeek;
            scheduleAt(done, calendar.finishTime(now(), workingHours), order);
        }
        record();
    }

    private void done(Fulfilment.Order order) {
        working = false;
        backlogHours -= order.productionHours;
        if (jobs.isEmpty() && !working) {
            backlogHours = Math.max(0, backlogHours);
        }
        startNext();
        onDelivered.accept(order);
    }

    private void record() {
        busy.set(working ? 1 : 0);
        backlog.set(backlogHours);
        queueHours.set(backlogHours);
        active.update(working, now());
    }

    /** Weekly: exploit more of the nominal capacity while the backlog stays high. */
    void weekly() {
        if (backlogHours > spec.rampTriggerWeeks() * practicalHoursPerWeek) {
            practicalHoursPerWeek = Math.min(spec.nominalHoursPerWeek(), practicalHoursPerWeek + spec.rampHoursPerWeek());
            practical.set(practicalHoursPerWeek);
        }
    }

    double backlogHours() {
        return backlogHours;
    }

    double utilization() {
        double area = available.area();
        return area > 0 ? busy.area() / area : Double.NaN;
    }

    double[] weeklyUtilization() {
        return RolePool.ratio(busy.weeklyMeans(), available.weeklyMeans());
    }

    double maxUtilization() {
        return spec.maxUtilization();
    }

    ActivePeriods activePeriods() {
        return active;
    }

    void flush() {
        active.finish(now());
    }
}
