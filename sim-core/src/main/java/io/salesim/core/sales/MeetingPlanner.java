package io.salesim.core.sales;

import io.salesim.core.engine.Meaning;
import io.salesim.core.engine.Counter;
import io.salesim.core.engine.EventAction;
import io.salesim.core.engine.Level;
import io.salesim.core.engine.ModelElement;
import io.salesim.core.engine.Observations;
import io.salesim.core.engine.WorkCalendar;
import io.salesim.core.random.RandomStream;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;

/**
 * Puts BD meetings into field salespeople's calendars; no meeting is held before the
 * prospect's first free slot. Ad hoc: a meeting joins its owner's queue once the prospect is
 * free and is held next, wherever it is. Batched (the coordinator): a meeting goes into an
 * already planned day in its cluster with room on or after the prospect's slot; otherwise it
 * waits in its cluster's pool. Each morning every salesperson's coordinator is given a day
 * planning task; when it is done, the coordinator plans the open days within the booking
 * horizon, giving each day to the cluster with most meetings free by then (staying put when
 * that still fills a day), but only once a full day's worth waits — or whatever waits, for
 * days within the firm-up window — and makes a zone-rotation call for each day planned. So
 * batching costs coordinator time, and with nobody to plan (no one in the role) scheduling
 * falls back to ad hoc. A day's capacity follows from the expected travel in and the
 * expected meeting and hop hours, so how many meetings fit a day emerges from geography and
 * work content. A meeting booked further ahead is more often moved or missed by the prospect
 * ({@link AppointmentsSpec}): a moved meeting leaves the calendar to be booked again.
 * While the throttle holds, nothing new is booked; waiting meetings that pass their
 * patience lapse. Meetings agreed but not yet in any calendar are market demand, not work
 * the field team has accepted: they are reported as {@code sales.unbooked_opportunities}
 * (time-average), not as the team's queue.
 */
final class MeetingPlanner extends ModelElement {
    private final FieldTeam field;
    private final Geography geography;
    private final WorkCalendar calendar;
    private final double meetingHours;
    private final ArrayDeque<Task>[] pools;
    /**
     * Per cluster, how many pooled meetings have their prospect's first free day on each day,
     * as a Fenwick tree over days: {@link #freeBy} is a prefix sum in O(log days) instead of a
     * scan of the pool (integer counts: the same number the scan gives).
     */
    private final DayCounts[] freeFrom;
    /** Loop steps in per-event work whose count could grow with head count (see FieldTeamScalingTest). */
    long operations;
    private final Consumer<Task> lapse;
    private final BooleanSupplier throttled;
    private final Journal journal;
    private final Level unbooked;
    private final OperatingModelSpec initialModel;
    private final AppointmentsSpec appointments;
    private final Work work;
    private final ToIntFunction<String> headcountOf;
    private final RandomStream outcomes;
    private final Observations bookingLead;
    private final Counter moves;
    private final Set<Salesperson> planning = new HashSet<>();
    private final EventAction<Task> submitWhenFree = this::submitAdHoc;
    private final EventAction<Booking> moved = this::moved;
    private Consumer<Task> rebook = t -> { };
    private OperatingModelSpec model;
    private int pooled;
    private double clock;

    /** A meeting in a salesperson's calendar on a day, as the prospect may move it. */
    private record Booking(Salesperson sp, long day, Task meeting) {
    }

    @SuppressWarnings("unchecked")
    MeetingPlanner(ModelElement parent, FieldTeam field, Geography geography, WorkCalendar calendar, double meetingHours,
                   OperatingModelSpec initialModel, AppointmentsSpec appointments, Work work, ToIntFunction<String> headcountOf,
                   Consumer<Task> lapse, BooleanSupplier throttled, Journal journal) {
        super(parent, "planner");
        this.initialModel = initialModel;
        this.field = field;
        this.geography = geography;
        this.calendar = calendar;
        this.meetingHours = meetingHours;
        this.appointments = appointments;
        this.work = work;
        this.headcountOf = headcountOf;
        this.lapse = lapse;
        this.throttled = throttled;
        this.journal = journal;
        this.outcomes = stream("appointments");
        this.bookingLead = observations("sales.booking_lead_weeks", Meaning.neutral("weeks"));
        this.moves = counter("sales.reschedules_per_week", Meaning.lower("meetings/week"));
        this.pools = new ArrayDeque[geography.clusters()];
        for (int i = 0; i < pools.length; i++) {
            pools[i] = new ArrayDeque<>();
        }
        this.freeFrom = new DayCounts[pools.length];
        for (int i = 0; i < freeFrom.length; i++) {
            freeFrom[i] = new DayCounts();
        }
        this.unbooked = level("sales.unbooked_opportunities", Meaning.neutral("opportunities"));
    }

    @Override
    protected void initialize() {
        for (ArrayDeque<Task> pool : pools) {
            pool.clear();
        }
        for (DayCounts counts : freeFrom) {
            counts.clear();
        }
        operations = 0;
        setPooled(0);
        planning.clear();
        model = initialModel;
    }

    /** Where a meeting the prospect moved goes to be booked again. */
    void onRebook(Consumer<Task> rebooker) {
        this.rebook = rebooker;
    }

    /** Ad hoc, or batched with nobody to plan the days (no planning role, or no one in it now). */
    private boolean adHoc() {
        if (model.scheduling() == Scheduling.AD_HOC) {
            return true;
        }
        String planner = model.roleFor(Activity.DAY_PLANNING);
        return planner.equals(OperatingModelSpec.NOBODY) || headcountOf.applyAsInt(planner) == 0;
    }

    private void setPooled(int count) {
        pooled = count;
        unbooked.set(count);
    }

    void setModel(OperatingModelSpec newModel) {
        model = newModel;
    }

    /** A meeting has been agreed with the prospect and needs a slot. */
    void place(Task meeting, double now) {
        clock = now;
        if (throttled.getAsBoolean()) {
            if (meeting.subject instanceof Opportunity opp) {
                journal.target.bookingThrottled(now, opp.id, field.accountOwner(meeting.owner));
            }
            pool(meeting);
            return;
        }
        if (adHoc()) {
            submitAdHoc(meeting);
            return;
        }
        long first = Math.max(day(now) + 1, firstDay(meeting));
        // the earliest planned day in the cluster with room, first salesperson on the team among equals
        Salesperson.DayPlan open = field.firstOpenDay(meeting.cluster, first);
        if (open != null) {
            book(open.owner, open.day, meeting);
        } else {
            pool(meeting);
        }
    }

    /** The first day the prospect can meet. */
    private static long firstDay(Task meeting) {
        return (long) Math.ceil(meeting.availableFrom / 24.0 - 1e-9);
    }

    private void pool(Task meeting) {
        pools[meeting.cluster].addLast(meeting);
        freeFrom[meeting.cluster].add(firstDay(meeting), 1);
        setPooled(pooled + 1);
    }

    /** A meeting has left its cluster's pool (booked, released or lapsed). */
    private Task unpooled(Task meeting) {
        freeFrom[meeting.cluster].add(firstDay(meeting), -1);
        setPooled(pooled - 1);
        return meeting;
    }

    /**
     * Each working morning: drop meetings that went cold, then release what waits (ad hoc)
     * or give each salesperson's coordinator the day planning task (batched).
     */
    void morning(double now) {
        clock = now;
        for (ArrayDeque<Task> pool : pools) {
            while (!pool.isEmpty() && pool.peekFirst().expiresAt < now) {
                lapse.accept(unpooled(pool.pollFirst()));
            }
        }
        if (throttled.getAsBoolean() || pooled == 0 || field.team().isEmpty()) {
            return;
        }
        if (adHoc()) {
            for (ArrayDeque<Task> pool : pools) {
                while (!pool.isEmpty()) {
                    submitAdHoc(unpooled(pool.pollFirst()));
                }
            }
            return;
        }
        for (int i = 0; i < field.team().size(); i++) {
            operations++;
            Salesperson sp = field.team().get(i);
            if (planning.add(sp)) {
                work.perform(work.task(Activity.DAY_PLANNING, -1, i, sp, this::planned, this::planningLapsed));
            }
        }
    }

    /** The coordinator has planned: fill and open days within the booking horizon, from today. */
    private void planned(Task task) {
        Salesperson sp = (Salesperson) task.subject;
        planning.remove(sp);
        clock = now();
        if (!field.onTeam(sp) || throttled.getAsBoolean() || adHoc()) {
            return;
        }
        long today = day(clock);
        planDays(sp, today, today + 7L * model.bookingHorizonWeeks());
    }

    private void planningLapsed(Task task) {
        planning.remove((Salesperson) task.subject);
    }

    /** Plans the open days of one salesperson within the booking horizon. */
    private void planDays(Salesperson sp, long today, long lastDay) {
        int previous = sp.location;
        int workingDaysAhead = 0;
        for (long d = today + 1; d <= lastDay; d++) {
            if (!calendar.isWorkingDay(d)) {
                continue;
            }
            workingDaysAhead++;
            if (d % 7 == 0) {
                previous = sp.home; // weekends at home
            }
            Salesperson.DayPlan plan = sp.agenda.get(d);
            if (plan != null) {
                fill(sp, d, plan);
                previous = plan.cluster;
                continue;
            }
            int cluster = chooseCluster(previous, d);
            if (cluster < 0) {
                continue; // nobody is free that day yet: a later day may have prospects free
            }
            int capacity = capacity(previous, cluster);
            if (freeBy(cluster, d) < capacity && workingDaysAhead > model.firmUpDays()) {
                continue;
            }
            plan = new Salesperson.DayPlan(sp, d, cluster, capacity);
            field.plan(sp, plan);
            fill(sp, d, plan);
            work.perform(work.task(Activity.ZONE_ROTATION_CALL, -1, field.position(sp), null, t -> { }, null));
            previous = cluster;
        }
    }

    private int chooseCluster(int previous, long d) {
        if (freeBy(previous, d) >= capacity(previous, previous)) {
            return previous;
        }
        int best = -1;
        int bestFree = 0;
        for (int c = 0; c < pools.length; c++) {
            int free = freeBy(c, d);
            if (free > bestFree) {
                best = c;
                bestFree = free;
            }
        }
        return best;
    }

    /** Meetings waiting in a cluster whose prospect is free on day {@code d}. */
    private int freeBy(int cluster, long d) {
        return freeFrom[cluster].upTo(d);
    }

    private void fill(Salesperson sp, long d, Salesperson.DayPlan plan) {
        Iterator<Task> waiting = pools[plan.cluster].iterator();
        while (plan.hasSpace() && waiting.hasNext()) {
            Task meeting = waiting.next();
            operations++;
            if (firstDay(meeting) <= d) {
                waiting.remove();
                unpooled(meeting);
                book(sp, d, meeting);
            }
        }
    }

    /** Ad hoc: into the owner's queue once the prospect is free; only the base no-show rate applies. */
    private void submitAdHoc(Task meeting) {
        if (meeting.availableFrom > now() + 1e-9) {
            scheduleAt(submitWhenFree, meeting.availableFrom, meeting);
            return;
        }
        clock = now();
        if (meeting.subject instanceof Opportunity opp) {
            journal.target.meetingBooked(clock, opp.id, field.accountOwner(meeting.owner), Double.NaN, geography.name(meeting.cluster));
        }
        meeting.noShow = outcomes.nextDouble() < appointments.noShowProbability(0);
        field.submit(meeting);
    }

    /**
     * Into a salesperson's calendar on a day: how far ahead it is booked sets the odds that the
     * prospect moves it (some time before the day) or misses it.
     */
    private void book(Salesperson sp, long day, Task meeting) {
        meeting.owner = sp.id;
        field.book(sp, day, meeting);
        if (meeting.subject instanceof Opportunity opp) {
            journal.target.meetingBooked(clock, opp.id, sp.id, day * 24.0, geography.name(meeting.cluster));
        }
        double hoursAhead = Math.max(0, day * 24.0 - clock);
        double weeksAhead = hoursAhead / WorkCalendar.HOURS_PER_WEEK;
        bookingLead.record(weeksAhead);
        meeting.noShow = outcomes.nextDouble() < appointments.noShowProbability(weeksAhead);
        if (outcomes.nextDouble() < appointments.rescheduleProbability(weeksAhead)) {
            schedule(moved, outcomes.nextDouble() * hoursAhead, new Booking(sp, day, meeting));
        }
    }

    /** The prospect moves a meeting still in the calendar: it leaves its day and is booked again. */
    private void moved(Booking booking) {
        if (field.unbook(booking.sp(), booking.day(), booking.meeting())) {
            moves.increment();
            rebook.accept(booking.meeting());
        }
    }

    /** Meetings that fit a day in {@code cluster} after travelling in from {@code from}, by expected hours. */
    int capacity(int from, int cluster) {
        double day = calendar.hoursPerDay() * model.planningFillFraction();
        double hop = geography.expectedHours(cluster, cluster);
        double travelIn = from == cluster ? 0 : geography.expectedHours(from, cluster);
        double perMeeting = meetingHours / Math.max(0.05, field.productivity()) + hop;
        return Math.max(1, (int) Math.floor((day - travelIn + hop) / perMeeting));
    }

    private static long day(double now) {
        return (long) Math.floor(now / 24.0);
    }

    /** Counts by day (days before 0 count as day 0), with prefix sums in O(log days); grows as later days come. */
    private final class DayCounts {
        private int[] tree = new int[1024];

        void clear() {
            java.util.Arrays.fill(tree, 0);
        }

        void add(long day, int delta) {
            int d = (int) Math.max(0, day);
            while (d + 1 >= tree.length) {
                grow();
            }
            for (int i = d + 1; i < tree.length; i += i & -i) {
                operations++;
                tree[i] += delta;
            }
        }

        /** The count on days up to and including {@code day}. */
        int upTo(long day) {
            if (day < 0) {
                day = 0; // not reached: planning looks at days after today
            }
            int sum = 0;
            for (int i = (int) Math.min(day + 1, tree.length - 1); i > 0; i -= i & -i) {
                operations++;
                sum += tree[i];
            }
            return sum;
        }

        private void grow() {
            // rebuild at twice the size from the single-day counts
            int n = tree.length - 1;
            int[] counts = new int[n];
            for (int d = 0; d < n; d++) {
                counts[d] = upTo(d) - (d == 0 ? 0 : upTo(d - 1));
            }
            tree = new int[2 * tree.length];
            for (int d = 0; d < n; d++) {
                if (counts[d] != 0) {
                    for (int i = d + 1; i < tree.length; i += i & -i) {
                        tree[i] += counts[d];
                    }
                }
            }
        }
    }
}
