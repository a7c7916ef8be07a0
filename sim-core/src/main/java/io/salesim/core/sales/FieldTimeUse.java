package io.salesim.core.sales;

import io.salesim.core.engine.Meaning;
import io.salesim.core.engine.Level;
import io.salesim.core.engine.ModelElement;
import io.salesim.core.engine.WorkCalendar;
import java.util.EnumMap;
import java.util.Map;

/**
 * Where the field week goes: working hours per salesperson-week by activity, and travel,
 * counted for tasks started after the warm-up ({@code field.<activity>.hours_per_salesperson_week}).
 */
final class FieldTimeUse extends ModelElement {
    private final WorkCalendar calendar;
    private final Level headcount;
    private final Map<Activity, double[]> workHoursByActivity = new EnumMap<>(Activity.class);
    private double travelHours;

    FieldTimeUse(ModelElement parent, WorkCalendar calendar, Level headcount) {
        super(parent, "time_use");
        this.calendar = calendar;
        this.headcount = headcount;
        for (Activity a : Activity.values()) {
            double[] hours = new double[1];
            workHoursByActivity.put(a, hours);
            computed("field." + a.id() + ".hours_per_salesperson_week", Meaning.neutral("hours/salesperson-week"),
                    () -> perSalespersonWeek(hours[0]));
        }
        computed("field.travel.hours_per_salesperson_week", Meaning.lower("hours/salesperson-week"), () -> perSalespersonWeek(travelHours));
    }

    @Override
    protected void initialize() {
        workHoursByActivity.values().forEach(h -> h[0] = 0);
        travelHours = 0;
    }

    /** A salesperson just finished this task. */
    void finished(Task task) {
        if (task.startedAt >= model().warmupHours()) {
            double hours = calendar.workingHoursBetween(task.startedAt, now());
            double travel = Math.min(hours, task.travelHours);
            travelHours += travel;
            workHoursByActivity.get(task.activity)[0] += hours - travel;
        }
    }

    private double perSalespersonWeek(double hours) {
        double salespersonWeeks = headcount.area() / 168.0;
        return salespersonWeeks > 0 ? hours / salespersonWeeks : Double.NaN;
    }
}
