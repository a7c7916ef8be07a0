package io.salesim.core.sales;

import io.salesim.core.analysis.ActivePeriods;
import io.salesim.core.engine.EventAction;
import io.salesim.core.engine.Level;
import io.salesim.core.engine.ModelElement;
import io.salesim.core.engine.Observations;
import io.salesim.core.engine.WorkCalendar;
import io.salesim.core.random.RandomStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The field sales team: each salesperson works alone, one task at a time — first the
 * meetings their coordinator planned for today, then their own queue by priority — and
 * travels from wherever the previous appointment was. Also runs illness (covered or not)
 * and resignations with replacement hires.
 */
final class FieldSales extends ModelElement implements WorkCenter {
    private final RoleSpec spec;
    private final RiskSpec risk;
    private final WorkCalendar calendar;
    private final Geography geography;
    private final int homeCluster;
    private final Staffing staffing = new Staffing();
    private final ActivePeriods active;
    private final Level busy;
    private final Level available;
    private final Level queueHours;
    private final Level headcountLevel;
    private final Observations meetingsPerDay;
    private final RandomStream riskStream;
    private final EventAction<Job> finish = this::finish;
    private final EventAction<Salesperson> fallIll = this::fallIll;
    private final EventAction<Salesperson> recover = this::recover;
    private final EventAction<Salesperson> resign = this::resign;
    private final EventAction<Integer> replacementArrives = this::replacementArrives;
    private final List<Salesperson> team = new ArrayList<>();

    /** A task in a salesperson's hands. */
    private record Job(Salesperson sp, Task task) {
    }

    private final List<Task> orphans = new ArrayList<>();
    private Consumer<Task> replan = t -> { };
    private BooleanSupplier backlogged = () -> false;
    private final FieldTimeUse timeUse;
    private int nextId;
    private int busyCount;

    FieldSales(ModelElement parent, RoleSpec spec, RiskSpec risk, WorkCalendar calendar, Geography geography) {
        super(parent, Role.FIELD_SALES.id());
        this.spec = spec;
        this.risk = risk;
        this.calendar = calendar;
        this.geography = geography;
        this.homeCluster = geography.home();
        this.active = new ActivePeriods(calendar);
        this.busy = level("role.field_sales.busy_people", "people", calendar);
        this.available = level("role.field_sales.available_people", "people", calendar);
        this.queueHours = level("role.field_sales.queue_hours", "hours", calendar);
        this.headcountLevel = level("role.field_sales.headcount", "people");
        this.meetingsPerDay = observations("sales.meetings_per_day", "meetings/day");
        this.riskStream = stream("risk");
        this.timeUse = new FieldTimeUse(this, calendar, headcountLevel);
    }

    /** Where meetings of a salesperson who leaves go back to be planned again. */
    void onReplan(Consumer<Task> replanner) {
        this.replan = replanner;
    }

    /** Work waiting for the team outside its own queues (meetings no planned day can take). */
    void backlogWhen(BooleanSupplier condition) {
        this.backlogged = condition;
    }

    @Override
    protected void initialize() {
        team.clear();
        orphans.clear();
        nextId = 0;
        busyCount = 0;
        staffing.reset(0, spec.productivity());
        active.reset(model().weeks());
        for (int i = 0; i < spec.headcount(); i++) {
            join(0, 1);
        }
        record();
    }

    private void join(double rampWeeks, double startProductivity) {
        Salesperson sp = new Salesperson(nextId++, homeCluster);
        sp.rampStart = now();
        sp.rampEnd = now() + rampWeeks * 168.0;
        sp.startProductivity = startProductivity;
        team.add(sp);
        staffing.hire(1, now(), 0, 1);
        if (risk.illnessSpellsPerYear() > 0) {
            schedule(fallIll, exponential(52.0 * 168.0 / risk.illnessSpellsPerYear()), sp);
        }
        if (risk.resignationsPerYear() > 0) {
            schedule(resign, exponential(52.0 * 168.0 / risk.resignationsPerYear()), sp);
        }
        List<Task> waiting = new ArrayList<>(orphans);
        orphans.clear();
        waiting.forEach(this::submit);
    }

    private double exponential(double meanHours) {
        return -meanHours * Math.log(riskStream.nextOpenDouble());
    }

    List<Salesperson> team() {
        return team;
    }

    /** The salesperson (id) whose queue work with this owner key goes to now, as {@link #submit} picks; -1 with no team. */
    int accountOwner(int ownerKey) {
        return team.isEmpty() ? -1 : team.get(Math.floorMod(ownerKey, team.size())).id;
    }

    List<Integer> teamIds() {
        List<Integer> ids = new ArrayList<>(team.size());
        for (Salesperson sp : team) {
            ids.add(sp.id);
        }
        return ids;
    }

    @Override
    public Role role() {
        return Role.FIELD_SALES;
    }

    @Override
    public void submit(Task task) {
        if (team.isEmpty()) {
            orphans.add(task);
            return;
        }
        Salesperson sp = team.get(Math.floorMod(task.owner, team.size()));
        sp.queue.add(task);
        dispatch(sp);
    }

    /** Puts a planned meeting on a salesperson's agenda day (the coordinator's booking). */
    void book(Salesperson sp, long day, Task meeting) {
        sp.agenda.get(day).meetings.add(meeting);
    }

    /** Start of a working day: today's planned meetings become today's first work. */
    void startDay(long day) {
        for (Salesperson sp : team) {
            while (!sp.agenda.isEmpty() && sp.agenda.firstKey() <= day) {
                sp.today.addAll(sp.agenda.pollFirstEntry().getValue().meetings);
            }
            dispatch(sp);
        }
        record();
    }

    private void dispatch(Salesperson sp) {
        if (sp.busy || sp.leaving || (sp.ill && !risk.coverIllness())) {
            record();
            return;
        }
        Task task = sp.today.pollFirst();
        if (task == null) {
            task = sp.queue.poll(now(), this::lapse);
        }
        if (task == null) {
            record();
            return;
        }
        sp.busy = true;
        busyCount++;
        task.startedAt = now();
        if (week(now()) != sp.locationWeek) {
            sp.location = sp.home; // weekends at home: the week's first trip starts there
            sp.locationWeek = week(now());
        }
        task.travelHours = task.cluster >= 0 ? geography.sampleHours(sp.location, task.cluster) : 0;
        double productivity = staffing.productivity(now()) * sp.rampFactor(now())
                * (sp.ill ? risk.coverProductivity() : 1);
        double hours = task.travelHours + task.workHours / productivity;
        scheduleAt(finish, calendar.finishTime(now(), hours), new Job(sp, task));
        record();
    }

    private void finish(Job job) {
        Salesperson sp = job.sp();
        Task task = job.task();
        sp.busy = false;
        busyCount--;
        if (task.cluster >= 0) {
            sp.location = task.cluster;
            sp.locationWeek = week(now());
        }
        task.doneBy = sp.id;
        if (task.activity == Activity.BD_MEETING) {
            countMeeting(sp);
        }
        timeUse.finished(task);
        record();
        task.onDone.handle(task);
        dispatch(sp);
    }

    private static long week(double timeHours) {
        return (long) Math.floor(timeHours / 168.0);
    }

    private void countMeeting(Salesperson sp) {
        long day = (long) Math.floor(now() / 24.0);
        if (day != sp.meetingDay) {
            if (sp.meetingsThatDay > 0) {
                meetingsPerDay.record(sp.meetingsThatDay);
            }
            sp.meetingDay = day;
            sp.meetingsThatDay = 0;
        }
        sp.meetingsThatDay++;
    }

    /** Records the meeting days still open at the horizon. */
    void flush() {
        for (Salesperson sp : team) {
            if (sp.meetingsThatDay > 0) {
                meetingsPerDay.record(sp.meetingsThatDay);
                sp.meetingsThatDay = 0;
            }
        }
        active.finish(now());
    }

    private void lapse(Task task) {
        if (task.onLapse != null) {
            task.onLapse.handle(task);
        }
    }

    private void record() {
        busy.set(busyCount);
        int present = 0;
        boolean waiting = !orphans.isEmpty() || backlogged.getAsBoolean();
        double hours = 0;
        for (Salesperson sp : team) {
            if (!(sp.ill && !risk.coverIllness())) {
                present++;
            }
            waiting |= sp.hasWaitingWork();
            hours += sp.waitingHours();
        }
        available.set(Math.max(present, busyCount));
        headcountLevel.set(team.size());
        queueHours.set(hours);
        active.update((present > 0 && busyCount >= present) || waiting, now());
    }

    private void fallIll(Salesperson sp) {
        if (!team.contains(sp) || sp.ill) {
            return;
        }
        sp.ill = true;
        double days = exponential(risk.illnessDays());
        schedule(recover, days * 24.0 * 7.0 / calendar.daysPerWeek(), sp);
        record();
    }

    private void recover(Salesperson sp) {
        sp.ill = false;
        if (team.contains(sp)) {
            schedule(fallIll, exponential(52.0 * 168.0 / risk.illnessSpellsPerYear()), sp);
            dispatch(sp);
        }
    }

    private void resign(Salesperson sp) {
        if (!team.contains(sp)) {
            return;
        }
        leave(sp);
        schedule(replacementArrives, risk.replacementLagWeeks() * 168.0, 1);
    }

    private void replacementArrives(Integer count) {
        for (int i = 0; i < count; i++) {
            join(risk.replacementRampWeeks(), 0.3);
        }
        record();
    }

    /** A salesperson leaves: their queue goes to colleagues, their planned meetings back to the coordinator. */
    private void leave(Salesperson sp) {
        team.remove(sp);
        staffing.remove(1);
        sp.leaving = true;
        List<Task> meetings = new ArrayList<>(sp.today);
        sp.agenda.values().forEach(d -> meetings.addAll(d.meetings));
        sp.today.clear();
        sp.agenda.clear();
        List<Task> queued = sp.queue.drain();
        meetings.forEach(replan);
        queued.forEach(this::submit);
        record();
    }

    @Override
    public List<Task> drainWaiting() {
        List<Task> all = new ArrayList<>(orphans);
        orphans.clear();
        for (Salesperson sp : team) {
            all.addAll(sp.today);
            sp.today.clear();
            sp.agenda.values().forEach(d -> all.addAll(d.meetings));
            sp.agenda.clear();
            all.addAll(sp.queue.drain());
        }
        record();
        return all;
    }

    @Override
    public int headcount() {
        return team.size();
    }

    @Override
    public void hire(int count, double rampWeeks, double startProductivity) {
        for (int i = 0; i < count; i++) {
            join(rampWeeks, startProductivity);
        }
        record();
    }

    @Override
    public int remove(int count) {
        int n = Math.min(count, team.size());
        for (int i = 0; i < n; i++) {
            leave(team.get(team.size() - 1));
        }
        return n;
    }

    @Override
    public void improve(double factor, double rampWeeks) {
        staffing.improve(factor, now(), rampWeeks);
    }

    @Override
    public void weekly() {
        for (Salesperson sp : team) {
            sp.queue.sweep(now(), this::lapse);
        }
        record();
    }

    double productivity() {
        return staffing.productivity(now());
    }

    @Override
    public double utilization() {
        double area = available.area();
        return area > 0 ? busy.area() / area : Double.NaN;
    }

    @Override
    public double[] weeklyUtilization() {
        return RolePool.ratio(busy.weeklyMeans(), available.weeklyMeans());
    }

    Level headcountLevel() {
        return headcountLevel;
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
