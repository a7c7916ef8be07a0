package io.salesim.core.sales;

import io.salesim.core.engine.Level;
import io.salesim.core.engine.ModelElement;
import io.salesim.core.engine.WorkCalendar;
import io.salesim.core.resource.QueueDiscipline;
import io.salesim.core.resource.Resource;
import java.util.function.Consumer;

/**
 * The factory as one FIFO job line worked at the practical capacity (production hours a
 * week over the working week). While the backlog exceeds the ramp trigger, practical
 * capacity climbs each week toward nominal: capacity on paper takes time to exploit. An
 * improvement (a plan step) multiplies the pace on top. Reported as {@code role.production.*}.
 */
final class Production extends ModelElement implements Centre {
    /** The id production is reported and designated under. */
    static final String ID = "production";

    private final ProductionSpec spec;
    private final WorkCalendar calendar;
    private final Resource<Fulfilment.Order> line;
    private final Level backlog;
    private final Level practical;
    private Consumer<Fulfilment.Order> onDelivered = o -> { };
    private double backlogHours;
    private double practicalHoursPerWeek;
    private double[] doneHoursByWeek;

    Production(ModelElement parent, ProductionSpec spec, WorkCalendar calendar) {
        super(parent, ID);
        this.spec = spec;
        this.calendar = calendar;
        // one line whose pace is production hours per working hour: practical capacity over the working week
        this.line = new Resource<>(this, "line", 1, 1, calendar, QueueDiscipline.FIFO, "role." + ID, "lines");
        this.backlog = level("production.backlog_hours", "hours");
        this.practical = level("production.practical_hours_per_week", "hours/week");
    }

    void onDelivered(Consumer<Fulfilment.Order> consumer) {
        this.onDelivered = consumer;
    }

    @Override
    protected void initialize() {
        backlogHours = 0;
        doneHoursByWeek = new double[model().weeks()];
        practicalHoursPerWeek = spec.practicalHoursPerWeek();
        backlog.set(0);
        practical.set(practicalHoursPerWeek);
    }

    void add(Fulfilment.Order order) {
        backlogHours += order.productionHours;
        backlog.set(backlogHours);
        line.seize(order, 0, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, order.productionHours, null, (job, server) -> {
            double hoursPerWorkingHour = practicalHoursPerWeek / calendar.workingHoursPerWeek() * line.productivity();
            scheduleAt(o -> done(o, server), calendar.finishTime(now(), job.productionHours / hoursPerWorkingHour), job);
        });
    }

    private void done(Fulfilment.Order order, Resource<Fulfilment.Order>.Server server) {
        backlogHours = Math.max(0, backlogHours - order.productionHours);
        backlog.set(backlogHours);
        doneHoursByWeek[model().currentWeek()] += order.productionHours;
        line.release(server);
        onDelivered.accept(order);
    }

    /** Weekly: exploit more of the nominal capacity while the backlog stays high. */
    void weekly() {
        if (backlogHours > spec.rampTriggerWeeks() * practicalHoursPerWeek) {
            practicalHoursPerWeek = Math.min(spec.nominalHoursPerWeek(), practicalHoursPerWeek + spec.rampHoursPerWeek());
            practical.set(practicalHoursPerWeek);
        }
    }

    /** A plan step: the pace of work rises by {@code factor} over {@code rampWeeks} (e.g. improved procedures). */
    void improve(double factor, double rampWeeks) {
        line.improve(factor, rampWeeks);
    }

    double backlogHours() {
        return backlogHours;
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
        return practicalHoursPerWeek * line.productivity();
    }

    @Override
    public double[] hoursWorkedByWeek() {
        return doneHoursByWeek.clone();
    }

    void flush() {
        line.finish();
    }
}
