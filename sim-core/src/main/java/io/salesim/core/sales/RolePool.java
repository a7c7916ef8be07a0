package io.salesim.core.sales;

import io.salesim.core.analysis.ActivePeriods;
import io.salesim.core.engine.EventAction;
import io.salesim.core.engine.Level;
import io.salesim.core.engine.ModelElement;
import io.salesim.core.engine.WorkCalendar;
import java.util.List;

/**
 * A pool of interchangeable people in one role (coordinators, customer service, project
 * leaders, ...): tasks wait by priority and are worked in the role's working hours at the
 * pool's current productivity. Records busy and available people and the hours of work
 * waiting, and feeds the role's active periods (all busy, or work waiting).
 */
final class RolePool extends ModelElement implements WorkCenter {
    private final Role role;
    private final RoleSpec spec;
    private final WorkCalendar calendar;
    private final TaskQueue queue = new TaskQueue();
    private final Staffing staffing = new Staffing();
    private final ActivePeriods active;
    private final Level busy;
    private final Level available;
    private final Level queueHours;
    private final EventAction<Task> finish = this::finish;
    private int busyCount;

    RolePool(ModelElement parent, Role role, RoleSpec spec, WorkCalendar calendar) {
        super(parent, role.id());
        this.role = role;
        this.spec = spec;
        this.calendar = calendar;
        this.active = new ActivePeriods(calendar);
        String prefix = "role." + role.id();
        this.busy = level(prefix + ".busy_people", "people", calendar);
        this.available = level(prefix + ".available_people", "people", calendar);
        this.queueHours = level(prefix + ".queue_hours", "hours", calendar);
    }

    @Override
    protected void initialize() {
        queue.clear();
        staffing.reset(spec.headcount(), spec.productivity());
        busyCount = 0;
        active.reset(model().weeks());
        available.set(spec.headcount());
        busy.set(0);
        queueHours.set(0);
    }

    @Override
    public Role role() {
        return role;
    }

    @Override
    public void submit(Task task) {
        queue.add(task);
        dispatch();
    }

    private void dispatch() {
        while (busyCount < staffing.headcount()) {
            Task task = queue.poll(now(), this::lapse);
            if (task == null) {
                break;
            }
            busyCount++;
            task.startedAt = now();
            double hours = task.workHours / staffing.productivity(now());
            scheduleAt(finish, calendar.finishTime(now(), hours), task);
        }
        record();
    }

    private void finish(Task task) {
        busyCount--;
        record();
        task.onDone.handle(task);
        dispatch();
    }

    private void lapse(Task task) {
        if (task.onLapse != null) {
            task.onLapse.handle(task);
        }
    }

    private void record() {
        busy.set(busyCount);
        available.set(Math.max(staffing.headcount(), busyCount));
        queueHours.set(queue.workHours());
        int people = staffing.headcount();
        active.update((people > 0 && busyCount >= people) || !queue.isEmpty(), now());
    }

    @Override
    public List<Task> drainWaiting() {
        List<Task> all = queue.drain();
        record();
        return all;
    }

    @Override
    public int headcount() {
        return staffing.headcount();
    }

    @Override
    public void hire(int count, double rampWeeks, double startProductivity) {
        staffing.hire(count, now(), rampWeeks, startProductivity);
        dispatch();
    }

    @Override
    public int remove(int count) {
        int left = staffing.remove(count);
        record();
        return left;
    }

    @Override
    public void improve(double factor, double rampWeeks) {
        staffing.improve(factor, now(), rampWeeks);
    }

    @Override
    public void weekly() {
        queue.sweep(now(), this::lapse);
        record();
    }

    double queueWorkHours() {
        return queue.workHours();
    }

    @Override
    public double utilization() {
        double area = available.area();
        return area > 0 ? busy.area() / area : Double.NaN;
    }

    @Override
    public double[] weeklyUtilization() {
        return ratio(busy.weeklyMeans(), available.weeklyMeans());
    }

    static double[] ratio(double[] num, double[] den) {
        double[] out = new double[num.length];
        for (int w = 0; w < out.length; w++) {
            out[w] = den[w] > 0 ? num[w] / den[w] : Double.NaN;
        }
        return out;
    }

    @Override
    public RoleSpec spec() {
        return spec;
    }

    @Override
    public ActivePeriods activePeriods() {
        return active;
    }
}
