package io.salesim.core.sales;

import io.salesim.core.engine.Level;
import io.salesim.core.engine.ModelElement;
import io.salesim.core.engine.WorkCalendar;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Puts BD meetings into field salespeople's calendars. Ad hoc: a meeting joins its owner's
 * queue and is held next, wherever it is. Batched (the coordinator): a meeting goes into an
 * already planned day in its cluster with room; otherwise it waits in its cluster's pool, and
 * each morning the coordinator plans the open days within the booking horizon, giving each
 * day to the cluster with most waiting meetings (staying put when that still fills a day),
 * but only once a full day's worth waits — or whatever waits, for days within the firm-up
 * window. A day's capacity follows from the expected travel in and the expected meeting and
 * hop hours, so how many meetings fit a day emerges from geography and work content.
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
    private final Consumer<Task> lapse;
    private final BooleanSupplier throttled;
    private final Journal journal;
    private final Level unbooked;
    private final OperatingModelSpec initialModel;
    private OperatingModelSpec model;
    private int pooled;
    private double clock;

    @SuppressWarnings("unchecked")
    MeetingPlanner(ModelElement parent, FieldTeam field, Geography geography, WorkCalendar calendar, double meetingHours,
                   OperatingModelSpec initialModel, Consumer<Task> lapse, BooleanSupplier throttled, Journal journal) {
        super(parent, "planner");
        this.initialModel = initialModel;
        this.field = field;
        this.geography = geography;
        this.calendar = calendar;
        this.meetingHours = meetingHours;
        this.lapse = lapse;
        this.throttled = throttled;
        this.journal = journal;
        this.pools = new ArrayDeque[geography.clusters()];
        for (int i = 0; i < pools.length; i++) {
            pools[i] = new ArrayDeque<>();
        }
        this.unbooked = level("sales.unbooked_opportunities", "opportunities");
    }

    @Override
    protected void initialize() {
        for (ArrayDeque<Task> pool : pools) {
            pool.clear();
        }
        setPooled(0);
        model = initialModel;
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
        if (model.scheduling() == Scheduling.AD_HOC) {
            submitAdHoc(meeting);
            return;
        }
        long today = day(now);
        long bestDay = Long.MAX_VALUE;
        Salesperson best = null;
        for (Salesperson sp : field.team()) {
            for (Map.Entry<Long, Salesperson.DayPlan> e : sp.agenda.tailMap(today + 1).entrySet()) {
                if (e.getValue().cluster == meeting.cluster && e.getValue().hasSpace()) {
                    if (e.getKey() < bestDay) {
                        bestDay = e.getKey();
                        best = sp;
                    }
                    break;
                }
            }
        }
        if (best != null) {
            book(best, bestDay, meeting);
        } else {
            pool(meeting);
        }
    }

    private void pool(Task meeting) {
        pools[meeting.cluster].addLast(meeting);
        setPooled(pooled + 1);
    }

    /** Each working morning: drop meetings that went cold, then plan (or release) what waits. */
    void morning(double now) {
        clock = now;
        for (ArrayDeque<Task> pool : pools) {
            while (!pool.isEmpty() && pool.peekFirst().expiresAt < now) {
                setPooled(pooled - 1);
                lapse.accept(pool.pollFirst());
            }
        }
        if (throttled.getAsBoolean() || pooled == 0) {
            return;
        }
        if (model.scheduling() == Scheduling.AD_HOC || field.team().isEmpty()) {
            if (!field.team().isEmpty()) {
                for (ArrayDeque<Task> pool : pools) {
                    while (!pool.isEmpty()) {
                        setPooled(pooled - 1);
                        submitAdHoc(pool.pollFirst());
                    }
                }
            }
            return;
        }
        long today = day(now);
        long lastDay = today + 7L * model.bookingHorizonWeeks();
        for (Salesperson sp : field.team()) {
            planDays(sp, today, lastDay);
        }
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
            int cluster = chooseCluster(previous);
            if (cluster < 0) {
                return;
            }
            int capacity = capacity(previous, cluster);
            if (pools[cluster].size() < capacity && workingDaysAhead > model.firmUpDays()) {
                return;
            }
            plan = new Salesperson.DayPlan(cluster, capacity);
            sp.agenda.put(d, plan);
            fill(sp, d, plan);
            previous = cluster;
        }
    }

    private int chooseCluster(int previous) {
        if (pools[previous].size() >= capacity(previous, previous)) {
            return previous;
        }
        int best = -1;
        for (int c = 0; c < pools.length; c++) {
            if (!pools[c].isEmpty() && (best < 0 || pools[c].size() > pools[best].size())) {
                best = c;
            }
        }
        return best;
    }

    private void fill(Salesperson sp, long d, Salesperson.DayPlan plan) {
        ArrayDeque<Task> pool = pools[plan.cluster];
        while (plan.hasSpace() && !pool.isEmpty()) {
            setPooled(pooled - 1);
            book(sp, d, pool.pollFirst());
        }
    }

    private void submitAdHoc(Task meeting) {
        if (meeting.subject instanceof Opportunity opp) {
            journal.target.meetingBooked(clock, opp.id, field.accountOwner(meeting.owner), Double.NaN, geography.name(meeting.cluster));
        }
        field.submit(meeting);
    }

    private void book(Salesperson sp, long day, Task meeting) {
        meeting.owner = sp.id;
        field.book(sp, day, meeting);
        if (meeting.subject instanceof Opportunity opp) {
            journal.target.meetingBooked(clock, opp.id, sp.id, day * 24.0, geography.name(meeting.cluster));
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
}
