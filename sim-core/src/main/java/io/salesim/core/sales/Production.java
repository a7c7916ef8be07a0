package io.salesim.core.sales;

import io.salesim.core.engine.EventAction;
import io.salesim.core.engine.Meaning;
import io.salesim.core.engine.Level;
import io.salesim.core.engine.ModelElement;
import io.salesim.core.engine.WorkCalendar;
import io.salesim.core.resource.QueueDiscipline;
import io.salesim.core.resource.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The factory: one job queue (first come, first served) worked by {@code lines} centres that
 * share the capacity. Capacity in production hours a week is the practical capacity (the
 * starting workforce plus hires, each ramping in) times any improvement, plus overtime while
 * the backlog is high, never beyond nominal; a job's duration follows the capacity when it
 * starts. A job whose order was cancelled while it waited leaves when its turn comes.
 * Reported as {@code role.production.*}.
 */
final class Production extends ModelElement implements Centre {
    /** The id production is reported, designated and improved under. */
    static final String ID = "production";
    private static final double HOURS_PER_WEEK = WorkCalendar.HOURS_PER_WEEK;

    private final ProductionSpec spec;
    private final WorkCalendar calendar;
    private final Resource<Fulfilment.Order> line;
    private final Level backlog;
    private final Level practical;
    private final Level overtimeLevel;
    private final Level hiresLevel;
    /** Production hires: {start time, ramp hours, start productivity}. */
    private final List<double[]> hires = new ArrayList<>();
    private final Resource.Granted<Fulfilment.Order> start = this::start;
    private final EventAction<Resource<Fulfilment.Order>.Server> finished = server -> done(server.holding(), server);
    private Consumer<Fulfilment.Order> onDelivered = o -> { };
    private double backlogHours;
    private double overtimeHours;
    private double[] doneHoursByWeek;
    private double[] overtimeCostByWeek;

    Production(ModelElement parent, ProductionSpec spec, WorkCalendar calendar) {
        super(parent, ID);
        this.spec = spec;
        this.calendar = calendar;
        this.line = new Resource<>(this, "line", spec.lines(), 1, calendar, QueueDiscipline.FIFO, "role." + ID, "lines");
        line.withdrawnWhen(order -> order.cancelled);
        this.backlog = level("production.backlog_hours", Meaning.lower("hours"));
        this.practical = level("production.practical_hours_per_week", Meaning.neutral("hours/week"));
        this.overtimeLevel = level("production.overtime_hours_per_week", Meaning.lower("hours/week"));
        this.hiresLevel = level("production.hires", Meaning.neutral("people"));
        computed("production.overtime_cost_per_week", Meaning.lower("$/week"), this::overtimeCostAfterWarmup,
                () -> overtimeCostByWeek.clone());
    }

    void onDelivered(Consumer<Fulfilment.Order> consumer) {
        this.onDelivered = consumer;
    }

    @Override
    protected void initialize() {
        hires.clear();
        backlogHours = 0;
        overtimeHours = 0;
        doneHoursByWeek = new double[model().weeks()];
        overtimeCostByWeek = new double[model().weeks()];
        backlog.set(0);
        hiresLevel.set(0);
        overtimeLevel.set(0);
        practical.set(practicalHoursPerWeek());
    }

    void add(Fulfilment.Order order) {
        backlogHours += order.productionHours;
        backlog.set(backlogHours);
        line.seize(order, 0, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, order.productionHours, null, start);
    }

    private void start(Fulfilment.Order order, Resource<Fulfilment.Order>.Server server) {
        order.inProduction = true;
        double hoursPerWorkingHour = capacityHoursPerWeek() / spec.lines() / calendar.workingHoursPerWeek();
        // the event's payload is the line, which holds the order: no action object per order
        scheduleAt(finished, calendar.finishTime(now(), order.productionHours / hoursPerWorkingHour), server);
    }

    private void done(Fulfilment.Order order, Resource<Fulfilment.Order>.Server server) {
        removeFromBacklog(order);
        doneHoursByWeek[model().currentWeek()] += order.productionHours;
        line.release(server);
        onDelivered.accept(order);
    }

    /** An order cancelled while its job waited: its hours leave the backlog now, the job is dropped when reached. */
    void cancelled(Fulfilment.Order order) {
        removeFromBacklog(order);
    }

    private void removeFromBacklog(Fulfilment.Order order) {
        backlogHours = Math.max(0, backlogHours - order.productionHours);
        backlog.set(backlogHours);
    }

    /** Weekly: overtime runs while more than the trigger's weeks of work wait, and stops when they do not. */
    void weekly() {
        double base = practicalHoursPerWeek();
        boolean needed = backlogHours > spec.overtimeTriggerWeeks() * base;
        overtimeHours = needed ? Math.min(spec.overtimeMaxShare() * base, spec.nominalHoursPerWeek() - base) : 0;
        overtimeLevel.set(overtimeHours);
        practical.set(base);
        // overtime is booked for the week once scheduled, as a shift would be; the tick at the
        // horizon starts no week
        int week = (int) Math.floor(now() / HOURS_PER_WEEK + 1e-9);
        if (week < overtimeCostByWeek.length) {
            overtimeCostByWeek[week] += overtimeHours * spec.overtimeCostPerHour();
        }
    }

    /** Practical capacity now: the starting workforce, hires as they ramp in, any improvement; at most nominal. */
    private double practicalHoursPerWeek() {
        double hours = spec.practicalHoursPerWeek();
        for (double[] hire : hires) {
            double done = hire[1] <= 0 ? 1 : Math.min(1, Math.max(0, (now() - hire[0]) / hire[1]));
            hours += spec.hoursPerHireWeek() * (hire[2] + (1 - hire[2]) * done);
        }
        return Math.min(spec.nominalHoursPerWeek(), hours * line.productivity());
    }

    /** Plan step: production people join, each adding {@code hoursPerHireWeek} once ramped. */
    void hire(int count, double rampWeeks, double startProductivity) {
        for (int i = 0; i < count; i++) {
            hires.add(new double[] {now(), rampWeeks * HOURS_PER_WEEK, startProductivity});
        }
        hiresLevel.set(hires.size());
        practical.set(practicalHoursPerWeek());
    }

    /** Plan step: the newest production hires leave; returns how many did. */
    int remove(int count) {
        int leaving = Math.min(count, hires.size());
        for (int i = 0; i < leaving; i++) {
            hires.remove(hires.size() - 1);
        }
        hiresLevel.set(hires.size());
        practical.set(practicalHoursPerWeek());
        return leaving;
    }

    int hires() {
        return hires.size();
    }

    double salaryPerHire() {
        return spec.salaryPerHire();
    }

    /** A plan step: the pace of work rises by {@code factor} over {@code rampWeeks} (e.g. improved procedures). */
    void improve(double factor, double rampWeeks) {
        line.improve(factor, rampWeeks);
    }

    double backlogHours() {
        return backlogHours;
    }

    double[] overtimeCostByWeek() {
        return overtimeCostByWeek.clone();
    }

    private double overtimeCostAfterWarmup() {
        int from = model().weeks() - (int) Math.round((model().horizonHours() - model().warmupHours()) / HOURS_PER_WEEK);
        double sum = 0;
        for (int w = from; w < overtimeCostByWeek.length; w++) {
            sum += overtimeCostByWeek[w];
        }
        return overtimeCostByWeek.length > from ? sum / (overtimeCostByWeek.length - from) : Double.NaN;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Resource<Fulfilment.Order> resource() {
        return line;
    }

    @Override
    public double maxUtilization() {
        return spec.maxUtilization();
    }

    @Override
    public double waitingHours() {
        return backlogHours;
    }

    @Override
    public double capacityHoursPerWeek() {
        return practicalHoursPerWeek() + overtimeHours;
    }

    @Override
    public double[] hoursWorkedByWeek() {
        return doneHoursByWeek.clone();
    }

    void flush() {
        line.finish();
    }
}
