package io.salesim.core.sales;

import io.salesim.core.engine.Meaning;
import io.salesim.core.engine.EventAction;
import io.salesim.core.engine.ModelElement;
import io.salesim.core.engine.Observations;
import io.salesim.core.engine.WorkCalendar;
import io.salesim.core.random.DistributionSpec;
import io.salesim.core.random.Sampler;
import io.salesim.core.resource.QueueDiscipline;
import io.salesim.core.resource.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The field team (policy {@code field_team}): each salesperson works alone, one task at a
 * time — first the meetings their coordinator planned for today, then their own queue by
 * priority — and travels from wherever the previous appointment was. Work for an account
 * waits for its owner; with nobody on the team it waits for whoever joins. Also runs illness
 * (covered or not) and resignations with replacement hires. Each salesperson has their own
 * salesmanship, drawn when they join; when the team shrinks by plan, the least capable go
 * first (the seed's new model keeps the best salespeople). The team's resource keeps the
 * statistics; this class keeps where everyone is, and tells of every trip (for its cost).
 */
final class FieldTeam extends ModelElement implements WorkCenter {
    /** Meetings planned for today come before anything the salesperson has queued. */
    static final int TODAY = 10;
    private static final double HOURS_PER_WEEK = WorkCalendar.HOURS_PER_WEEK;

    private final RoleSpec spec;
    private final RiskSpec risk;
    private final double noShowWaitHours;
    private final WorkCalendar calendar;
    private final Geography geography;
    private final Resource<Task> people;
    private final Observations meetingsPerDay;
    private final Sampler illnessGap;
    private final Sampler illnessLength;
    private final Sampler resignationGap;
    private final Sampler salesmanship;
    private final FieldTimeUse timeUse;
    private final List<Salesperson> team = new ArrayList<>();
    private final List<Salesperson> byServer = new ArrayList<>();
    /**
     * Per cluster, the planned days of team members that still have room, in booking order
     * (day, then joining order), so a meeting finds its day in O(log n) instead of scanning
     * every agenda. Kept in step with every agenda change: a day planned, a meeting booked or
     * moved out, a day released in the morning, an agenda cleared.
     */
    private final TreeSet<Salesperson.DayPlan>[] openDays;
    /** Loop steps in per-event work whose count could grow with head count (see FieldTeamScalingTest). */
    long operations;
    private final Resource.Granted<Task> start = this::start;
    private final EventAction<Salesperson> finish = this::finish;
    private final EventAction<Object> formTeam = o -> formTeam();
    private final EventAction<Salesperson> fallIll = this::fallIll;
    private final EventAction<Salesperson> recover = this::recover;
    private final EventAction<Salesperson> resign = this::resign;
    private final EventAction<Object> replacementArrives = o -> replacementArrives();
    private Consumer<Task> replan = t -> { };
    private Trips trips = (salesperson, from, to, hours, flight) -> { };
    private IllnessCover cover = IllnessCover.none();

    /** Told of every trip as a salesperson sets off: between which clusters, hours on the road, and whether it is a flight. */
    @FunctionalInterface
    interface Trips {
        void trip(int salesperson, int fromCluster, int toCluster, double hours, boolean flight);
    }

    FieldTeam(ModelElement parent, RoleSpec spec, RiskSpec risk, double noShowWaitHours, double salesmanshipCv,
              WorkCalendar calendar, Geography geography) {
        super(parent, spec.id());
        this.spec = spec;
        this.risk = risk;
        this.noShowWaitHours = noShowWaitHours;
        this.calendar = calendar;
        this.geography = geography;
        this.people = new Resource<>(this, "people", 0, spec.productivity(), calendar, QueueDiscipline.PRIORITY,
                "role." + spec.id(), "people");
        people.onLapse(FieldTeam::lapse);
        people.withdrawnWhen(task -> task.cancelled);
        this.meetingsPerDay = observations("sales.meetings_per_day", Meaning.higher("meetings/day"));
        DistributionSpec unitExponential = new DistributionSpec.Exponential(1);
        this.illnessGap = sampler("risk.illness_gap", unitExponential);
        this.illnessLength = sampler("risk.illness_length", unitExponential);
        this.resignationGap = sampler("risk.resignation_gap", unitExponential);
        this.salesmanship = sampler("salesmanship", salesmanshipCv > 0 ? new DistributionSpec.Gamma(1, salesmanshipCv)
                : new DistributionSpec.Constant(1));
        this.timeUse = new FieldTimeUse(this, calendar, people.headcountLevel());
        @SuppressWarnings("unchecked")
        TreeSet<Salesperson.DayPlan>[] open = new TreeSet[geography.clusters()];
        for (int c = 0; c < open.length; c++) {
            open[c] = new TreeSet<>(Salesperson.DayPlan.BOOKING_ORDER);
        }
        this.openDays = open;
    }

    void onTrip(Trips listener) {
        this.trips = listener;
    }

    /** Who covers an ill salesperson's calendar (by default nobody). */
    void coverWith(IllnessCover illnessCover) {
        this.cover = illnessCover;
    }

    /** Where meetings of a salesperson who leaves go back to be planned again. */
    void onReplan(Consumer<Task> replanner) {
        this.replan = replanner;
    }

    @Override
    protected void initialize() {
        team.clear();
        byServer.clear();
        for (TreeSet<Salesperson.DayPlan> open : openDays) {
            open.clear();
        }
        operations = 0;
        // the team's resource resets after this element: the founding members join first thing at time 0
        schedule(formTeam, 0, null, Integer.MIN_VALUE + 1);
    }

    private void formTeam() {
        for (int i = 0; i < spec.headcount(); i++) {
            join(0, 1);
        }
    }

    private void join(double rampWeeks, double startProductivity) {
        // servers are numbered in joining order, so the newcomer's id is known before they join
        Salesperson sp = new Salesperson(byServer.size(), geography.home(), salesmanship.sample());
        team.add(sp);
        sp.onTeam = true;
        byServer.add(sp);
        sp.server = people.hire(startProductivity, rampWeeks);
        if (sp.server.id() != sp.id) {
            throw new IllegalStateException("server " + sp.server.id() + " joined as salesperson " + sp.id);
        }
        if (risk.illnessSpellsPerYear() > 0) {
            schedule(fallIll, illnessGap.sample() * 52 * HOURS_PER_WEEK / risk.illnessSpellsPerYear(), sp);
        }
        if (risk.resignationsPerYear() > 0) {
            schedule(resign, resignationGap.sample() * 52 * HOURS_PER_WEEK / risk.resignationsPerYear(), sp);
        }
    }

    List<Salesperson> team() {
        return team;
    }

    /** Whether the salesperson is on the team now, in O(1). */
    boolean onTeam(Salesperson sp) {
        return sp.onTeam;
    }

    /**
     * The salesperson's position on the team (as {@code team().indexOf}), in O(log n): the team
     * is in joining order, and ids are numbered in joining order, so it is sorted by id.
     */
    int position(Salesperson sp) {
        int lo = 0;
        int hi = team.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int id = team.get(mid).id;
            if (id < sp.id) {
                lo = mid + 1;
            } else if (id > sp.id) {
                hi = mid - 1;
            } else {
                return team.get(mid) == sp ? mid : -1;
            }
        }
        return -1;
    }

    /** The salesperson (id) whose queue work with this owner key goes to now, as {@link #submit} picks; -1 with no team. */
    int accountOwner(int ownerKey) {
        return team.isEmpty() ? -1 : owner(ownerKey).id;
    }

    private Salesperson owner(int ownerKey) {
        return team.get(Math.floorMod(ownerKey, team.size()));
    }

    List<Integer> teamIds() {
        List<Integer> ids = new ArrayList<>(team.size());
        for (Salesperson sp : team) {
            ids.add(sp.id);
        }
        return ids;
    }

    @Override
    public void submit(Task task) {
        task.planned = false;
        queue(task, task.priority, team.isEmpty() ? null : owner(task.owner), task.expiresAt);
    }

    private void queue(Task task, int priority, Salesperson sp, double expiresAt) {
        people.seize(task, priority, Double.POSITIVE_INFINITY, expiresAt, task.workHours, sp == null ? null : sp.server, start);
    }

    /** Puts a planned meeting on a salesperson's agenda day (the coordinator's booking). */
    void book(Salesperson sp, long day, Task meeting) {
        Salesperson.DayPlan plan = sp.agenda.get(day);
        plan.meetings.add(meeting);
        if (!plan.hasSpace()) {
            openDays[plan.cluster].remove(plan);
        }
    }

    /** A newly planned day on the salesperson's agenda (open for booking while it has room). */
    void plan(Salesperson sp, Salesperson.DayPlan plan) {
        sp.agenda.put(plan);
        if (plan.hasSpace()) {
            openDays[plan.cluster].add(plan);
        }
    }

    /** Takes a meeting the prospect moved out of the salesperson's agenda day; false if it is no longer there. */
    boolean unbook(Salesperson sp, long day, Task meeting) {
        Salesperson.DayPlan plan = sp.agenda.get(day);
        if (plan == null || !plan.meetings.remove(meeting)) {
            return false;
        }
        openDays[plan.cluster].add(plan);
        return true;
    }

    /**
     * The team's planned day in this cluster with room, on or after {@code from}: the earliest,
     * and among salespeople with room that day the one who joined first (who is first on the team).
     */
    Salesperson.DayPlan firstOpenDay(int cluster, long from) {
        return openDays[cluster].ceiling(new Salesperson.DayPlan(null, from, cluster, 0));
    }

    private void clearAgenda(Salesperson sp) {
        sp.agenda.forEach(plan -> openDays[plan.cluster].remove(plan));
        sp.agenda.clear();
    }

    /** Start of a working day: today's planned meetings join the front of each salesperson's queue, in planned order. */
    void startDay(long day) {
        for (Salesperson sp : team) {
            operations++;
            while (!sp.agenda.isEmpty() && sp.agenda.firstDay() <= day) {
                Salesperson.DayPlan plan = sp.agenda.pollFirst();
                openDays[plan.cluster].remove(plan);
                for (Task meeting : plan.meetings) {
                    meeting.planned = true;
                    queue(meeting, TODAY, sp, Double.POSITIVE_INFINITY);
                }
            }
        }
    }

    private void start(Task task, Resource<Task>.Server server) {
        Salesperson sp = byServer.get(server.id());
        task.startedAt = now();
        long week = week(now());
        if (week != sp.locationWeek) {
            sp.location = sp.home; // weekends at home: the week's first trip starts there
            sp.locationWeek = week;
        }
        task.travelHours = 0;
        if (task.cluster >= 0) {
            task.travelHours = geography.sampleHours(sp.location, task.cluster);
            trips.trip(sp.id, sp.location, task.cluster, task.travelHours, geography.flight(sp.location, task.cluster));
        }
        // a prospect who does not show costs the trip and a wait, not the meeting
        double hours = task.travelHours + (task.noShow ? noShowWaitHours : task.workHours / people.productivity(server));
        // the payload is the salesperson: their server holds the task until it is released
        scheduleAt(finish, calendar.finishTime(now(), hours), sp);
    }

    private void finish(Salesperson sp) {
        Task task = sp.server.holding();
        if (task.cluster >= 0) {
            sp.location = task.cluster;
            sp.locationWeek = week(now());
        }
        task.doneBy = sp.id;
        if (task.activity == Activity.BD_MEETING && !task.noShow) {
            countMeeting(sp);
        }
        timeUse.finished(task);
        task.onDone.handle(task);
        people.release(sp.server);
    }

    private static long week(double timeHours) {
        return (long) Math.floor(timeHours / HOURS_PER_WEEK);
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
        people.finish();
    }

    private static void lapse(Task task) {
        if (task.onLapse != null) {
            task.onLapse.handle(task);
        }
    }

    private void fallIll(Salesperson sp) {
        if (!sp.onTeam || sp.ill) {
            return;
        }
        sp.ill = true;
        people.setPresent(sp.server, false, 1);
        double days = illnessLength.sample() * risk.illnessDays();
        // the covering person works the calendar at a share of the salesperson's pace
        cover.request(sp, days * calendar.hoursPerDay(), now(), () -> people.setPresent(sp.server, true, risk.coverProductivity()));
        schedule(recover, days * 24.0 * 7.0 / calendar.daysPerWeek(), sp);
    }

    private void recover(Salesperson sp) {
        sp.ill = false;
        cover.end(sp);
        if (sp.onTeam) {
            people.setPresent(sp.server, true, 1);
            schedule(fallIll, illnessGap.sample() * 52 * HOURS_PER_WEEK / risk.illnessSpellsPerYear(), sp);
        }
    }

    private void resign(Salesperson sp) {
        if (!sp.onTeam) {
            return;
        }
        leave(sp);
        schedule(replacementArrives, risk.replacementLagWeeks() * HOURS_PER_WEEK, null);
    }

    private void replacementArrives() {
        join(risk.replacementRampWeeks(), risk.replacementStartProductivity());
    }

    /** A salesperson leaves: their queue goes to colleagues, their planned meetings back to the coordinator. */
    private void leave(Salesperson sp) {
        team.remove(position(sp)); // by position: an array copy, no search
        sp.onTeam = false;
        cover.end(sp);
        List<Task> meetings = new ArrayList<>();
        sp.agenda.forEach(d -> meetings.addAll(d.meetings));
        clearAgenda(sp);
        List<Task> queued = new ArrayList<>();
        for (Task task : people.leave(sp.server)) {
            (task.planned ? meetings : queued).add(task);
        }
        meetings.forEach(replan);
        queued.forEach(this::submit);
    }

    @Override
    public List<Task> drainWaiting() {
        List<Task> all = new ArrayList<>(people.drainWaiting());
        for (Salesperson sp : team) {
            sp.agenda.forEach(d -> all.addAll(d.meetings));
            clearAgenda(sp);
        }
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
    }

    /** Plan step: the least capable salespeople leave (latest joiner first among equals). */
    @Override
    public int remove(int count) {
        int n = Math.min(count, team.size());
        for (int i = 0; i < n; i++) {
            Salesperson least = team.get(team.size() - 1);
            for (int k = team.size() - 2; k >= 0; k--) {
                if (team.get(k).salesmanship < least.salesmanship) {
                    least = team.get(k);
                }
            }
            leave(least);
        }
        return n;
    }

    /** The salesmanship of the salesperson with this id (a server id; they may have left since). */
    double salesmanshipOf(int salespersonId) {
        return byServer.get(salespersonId).salesmanship;
    }

    /** The team's productivity now (before each salesperson's ramp), for planning how many meetings fit a day. */
    double productivity() {
        return people.productivity();
    }

    @Override
    public RoleSpec spec() {
        return spec;
    }

    @Override
    public Resource<Task> resource() {
        return people;
    }
}
