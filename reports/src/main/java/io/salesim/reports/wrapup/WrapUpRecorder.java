package io.salesim.reports.wrapup;

import io.salesim.core.engine.WorkCalendar;
import io.salesim.core.sales.SalesJournal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Listens to one replication and keeps its daily wrap-up rows and call lists. A working
 * day's wrap-up covers everything from the start of that day until the next working day
 * starts (evenings and weekends count with the working day before), so the rows partition
 * the whole horizon and add up to the run's totals. The call list for a working day is made
 * at its start, from the calls known to be due by the end of its working hours.
 */
final class WrapUpRecorder implements SalesJournal {
    /** What is known about an open opportunity. */
    private static final class Opportunity {
        final String source;
        final String cluster;
        int salesperson;
        int attempts;

        Opportunity(String source, String cluster, int salesperson) {
            this.source = source;
            this.cluster = cluster;
            this.salesperson = salesperson;
        }
    }

    /** The next call an opportunity (or a new customer) needs. */
    private record Pending(CallType type, int attempt, double dueAtHours, int meeting, double value, long promisedDay) {
    }

    private final WorkCalendar calendar;
    private final Dates dates;
    private final double horizonHours;
    private final long lastDay;
    private final TreeMap<Long, LinkedHashMap<Integer, DayRow>> rows = new TreeMap<>();
    private final TreeMap<Long, Morning> mornings = new TreeMap<>();
    private final Map<Long, Opportunity> open = new HashMap<>();
    private final Map<Long, Pending> pending = new LinkedHashMap<>();
    /** Won deals waiting for their order's promised date: the wrap-up row that reports them. */
    private final Map<Long, DayRow.Deal> wonAwaitingOrder = new HashMap<>();
    private final Map<Long, Opportunity> customers = new HashMap<>();
    private final Set<Long> lapsed = new HashSet<>();
    private final List<CallRow> calls = new ArrayList<>();
    private Morning latest;

    WrapUpRecorder(WorkCalendar calendar, double horizonHours, Dates dates) {
        this.calendar = calendar;
        this.dates = dates;
        this.horizonHours = horizonHours;
        this.lastDay = workingDayOf(horizonHours - 1e-9);
    }

    /** The working day whose wrap-up covers time t (t at or after the horizon counts with the last day). */
    private long workingDayOf(double timeHours) {
        long day = (long) Math.floor(Math.min(timeHours, horizonHours - 1e-9) / 24.0);
        while (day > 0 && !calendar.isWorkingDay(day)) {
            day--;
        }
        return day;
    }

    private DayRow row(double timeHours, int salesperson) {
        long day = workingDayOf(timeHours);
        return rows.computeIfAbsent(day, d -> new LinkedHashMap<>()).computeIfAbsent(salesperson, s -> new DayRow(day, s));
    }

    @Override
    public void morning(double timeHours, Morning morning) {
        if (timeHours >= horizonHours) {
            return; // the morning after the last day: its list is made by finish()
        }
        latest = morning;
        mornings.put(morning.day(), morning);
        for (int salesperson : morning.salespeople()) {
            row(timeHours, salesperson);
        }
        listCalls(morning.day(), morning);
    }

    @Override
    public void opportunityOpened(double t, long opportunity, String source, boolean complex, String cluster, int salesperson) {
        row(t, salesperson).newOpportunities++;
        open.put(opportunity, new Opportunity(source, cluster, salesperson));
        if (complex) {
            // the first call; a returned deal (prospect already engaged) replaces it with a booking call at once
            pending.put(opportunity, followUp(source, 1, t));
        }
    }

    private static Pending followUp(String source, int attempt, double dueAtHours) {
        CallType type = "campaign".equals(source) ? CallType.CAMPAIGN_FOLLOW_UP : CallType.OPPORTUNITY_FOLLOW_UP;
        return new Pending(type, attempt, dueAtHours, 0, 0, 0);
    }

    @Override
    public void callAttempted(double t, long opportunity, int attempt, boolean reached, int salesperson) {
        DayRow row = row(t, salesperson);
        row.callsMade++;
        if (reached) {
            row.prospectsReached++;
        }
        Opportunity opp = owned(opportunity, salesperson);
        opp.attempts = attempt;
        pending.remove(opportunity);
    }

    @Override
    public void callScheduled(double t, long opportunity, double callAtHours) {
        Opportunity opp = open.get(opportunity);
        pending.put(opportunity, followUp(opp.source, opp.attempts + 1, callAtHours));
    }

    @Override
    public void bookingCallDue(double t, long opportunity, int meeting, double callAtHours) {
        pending.put(opportunity, new Pending(CallType.ZONE_ROTATION, 1, callAtHours, meeting, 0, 0));
    }

    @Override
    public void meetingAgreed(double t, long opportunity) {
        pending.remove(opportunity);
    }

    @Override
    public void bookingThrottled(double t, long opportunity, int salesperson) {
        row(t, salesperson).throttledBookings++;
    }

    @Override
    public void meetingBooked(double t, long opportunity, int salesperson, double dayStartHours, String cluster) {
        row(t, salesperson).meetingsSet++;
    }

    @Override
    public void meetingHeld(double t, long opportunity, int salesperson, String cluster, double travelHours) {
        DayRow row = row(t, salesperson);
        row.meetingsHeld++;
        row.travelHours += travelHours;
    }

    @Override
    public void workLapsed(double t, long opportunity, String activity, int salesperson) {
        DayRow row = row(t, salesperson);
        if ("bd_meeting".equals(activity)) {
            row.cancellations++;
        } else {
            row.goneCold++;
        }
        lapsed.add(opportunity);
    }

    @Override
    public void noSlotAgreed(double t, long opportunity, int salesperson) {
        row(t, salesperson).noSlotAgreed++;
        lapsed.add(opportunity); // accounted for here, not as unreachable
    }

    @Override
    public void opportunityClosed(double t, long opportunity, String outcome, double value, int salesperson) {
        DayRow row = row(t, salesperson);
        switch (outcome) {
            case "won" -> {
                row.closedWon++;
                row.closedValue += value;
                Opportunity owner = owned(opportunity, salesperson);
                DayRow.Deal deal = new DayRow.Deal(opportunity, owner.cluster, value);
                row.deals.add(deal);
                wonAwaitingOrder.put(opportunity, deal);
                customers.put(opportunity, owner);
            }
            case "lost" -> row.closedLost++;
            default -> {
                if (!lapsed.remove(opportunity)) {
                    row.unreachableProspects++; // persistence ran out before the prospect answered
                }
            }
        }
        open.remove(opportunity);
        pending.remove(opportunity);
    }

    @Override
    public void orderPlaced(double t, long opportunity, double value, double promisedAtHours) {
        if (opportunity < 0) {
            return; // a repeat order: customer service's, no account team's call
        }
        long promisedDay = (long) Math.floor(promisedAtHours / 24.0);
        DayRow.Deal deal = wonAwaitingOrder.remove(opportunity);
        if (deal != null) {
            deal.paymentDay = promisedDay;
        }
        pending.put(opportunity, new Pending(CallType.THANK_YOU, 1, t, 0, value, promisedDay));
    }

    /** The opportunity, with its account owner as of now. */
    private Opportunity owned(long opportunity, int salesperson) {
        Opportunity opp = open.computeIfAbsent(opportunity, id -> new Opportunity("unknown", "unknown", salesperson));
        opp.salesperson = salesperson;
        return opp;
    }

    /** The call list of working day {@code day}: every call due by the end of its working hours. */
    private void listCalls(long day, Morning morning) {
        double endOfWorkHours = day * 24.0 + calendar.hoursPerDay();
        List<Map.Entry<Long, Pending>> due = new ArrayList<>();
        for (Map.Entry<Long, Pending> e : pending.entrySet()) {
            if (e.getValue().dueAtHours() < endOfWorkHours) {
                due.add(e);
            }
        }
        due.sort(Comparator.comparing((Map.Entry<Long, Pending> e) -> e.getValue().type())
                .thenComparingDouble(e -> e.getValue().dueAtHours()).thenComparing(Map.Entry::getKey));
        for (Map.Entry<Long, Pending> e : due) {
            long id = e.getKey();
            Pending call = e.getValue();
            Opportunity opp = call.type() == CallType.THANK_YOU ? customers.remove(id) : open.get(id);
            if (call.type() == CallType.THANK_YOU) {
                pending.remove(id); // listed once: the model spends no time on it
            }
            if (opp == null) {
                continue;
            }
            String caller = People.caller(call.type() == CallType.THANK_YOU ? morning.fieldRole()
                    : call.type() == CallType.ZONE_ROTATION ? morning.bookerRole() : morning.callerRole(), opp.salesperson, morning);
            if (caller == null) {
                continue; // nobody here makes it (e.g. channel partners)
            }
            long dueDay = Math.min((long) Math.floor(call.dueAtHours() / 24.0), day);
            calls.add(new CallRow(day, call.type(), call.attempt(), id, opp.cluster, People.salesperson(opp.salesperson, morning),
                    caller, dueDay, CallPurpose.of(call.type(), call.attempt(), call.meeting(), opp.source, opp.cluster,
                    call.value(), call.promisedDay(), morning, dates), call.type() != CallType.THANK_YOU));
        }
    }

    /** After the run: the call list for the first working day after the horizon. */
    void finish() {
        if (latest == null) {
            return;
        }
        long day = lastDay + 1;
        while (!calendar.isWorkingDay(day)) {
            day++;
        }
        listCalls(day, latest);
    }

    /** Wrap-up rows by day, each day's team in order of joining, then anyone else an event named. */
    List<DayRow> dayRows() {
        List<DayRow> out = new ArrayList<>();
        rows.values().forEach(day -> out.addAll(day.values()));
        return out;
    }

    /**
     * The morning snapshot that names a row's coordinator: that day's (or the latest before
     * it); for someone who joined during the day, the next morning; for someone who left
     * before it but finished a task after (a meeting running into the day), the morning before.
     */
    Morning morningOf(long day, int salesperson) {
        Map.Entry<Long, Morning> atOrBefore = mornings.floorEntry(day);
        Morning morning = atOrBefore == null ? latest : atOrBefore.getValue();
        if (morning != null && !morning.salespeople().contains(salesperson)) {
            Morning next = having(mornings.higherEntry(day), salesperson);
            Morning before = having(mornings.lowerEntry(day), salesperson);
            return next != null ? next : before != null ? before : morning;
        }
        return morning;
    }

    private static Morning having(Map.Entry<Long, Morning> entry, int salesperson) {
        return entry != null && entry.getValue().salespeople().contains(salesperson) ? entry.getValue() : null;
    }

    Dates dates() {
        return dates;
    }

    List<CallRow> calls() {
        return calls;
    }
}
