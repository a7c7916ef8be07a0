package io.salesim.core.sales;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The work content of every activity type, keyed by activity, plus the recurring field work
 * that exists per field salesperson: account-management visits (no BD objective, seed: "no
 * doughnut runs") and admin.
 */
public record ActivitiesSpec(Map<Activity, ActivitySpec> byActivity, double accountVisitsPerSalespersonWeek,
                             double adminTasksPerSalespersonWeek) {

    public ActivitiesSpec {
        EnumMap<Activity, ActivitySpec> copy = new EnumMap<>(Activity.class);
        copy.putAll(Check.present("byActivity", byActivity));
        for (Activity a : Activity.values()) {
            if (copy.get(a) == null) {
                throw new InvalidSpec(List.of(a.id()), "nothing", "the work content of " + a.id());
            }
        }
        byActivity = Collections.unmodifiableMap(copy);
        Check.nonNegative("accountVisitsPerSalespersonWeek", accountVisitsPerSalespersonWeek);
        Check.nonNegative("adminTasksPerSalespersonWeek", adminTasksPerSalespersonWeek);
    }

    public ActivitySpec of(Activity a) {
        return byActivity.get(a);
    }

    /**
     * Assumptions (hours of work; the seed gives none): a BD meeting 1.25 h on site; a call
     * attempt or a booking 0.25 h; an account-management visit 1.5 h on site; a simple quote
     * 1.5 h; order entry and management 2 h; an issue 1.5 h; a proactive update 0.5 h;
     * pre-sale technical work ~5 h and post-sale project work ~8 h, both in half-day (4 h)
     * units; a campaign 24 h; admin 1 h a task, 5 tasks a week per field salesperson; 2
     * account-management visits a week per field salesperson. Tolerances (working hours): an issue
     * answered within half a day (4 h); order entry, quotes and updates within a day (8 h). Prospects go
     * cold after 2 weeks without the next call and 6 weeks waiting for a meeting.
     * Priorities: service work first (customers who call shout loudest), then technical
     * work, meetings and visits, follow-up, admin last. The coordinator's own routine (seed
     * 000): updating a salesperson's planned days 0.25 h each morning; the daily wrap-up and next-day call list
     * with each salesperson 0.5 h a working day (both bookend calls), done that day or not at
     * all; a thank-you call for each won deal and a zone-rotation call for each planned day,
     * 0.25 h each, within a week. An inside-sales outbound call 0.25 h, within a week.
     */
    public static ActivitiesSpec defaults() {
        double inf = Double.POSITIVE_INFINITY;
        Map<Activity, ActivitySpec> m = new EnumMap<>(Activity.class);
        m.put(Activity.BD_MEETING, new ActivitySpec(1.25, 0.3, 0, 3, inf, 6));
        m.put(Activity.FOLLOW_UP_CALL, new ActivitySpec(0.15, 0.5, 0, 2, inf, 2));
        m.put(Activity.MEETING_BOOKING, new ActivitySpec(0.2, 0.5, 0, 2, inf, 2));
        m.put(Activity.ACCOUNT_MANAGEMENT_VISIT, new ActivitySpec(1.5, 0.3, 0, 3, inf, 2));
        m.put(Activity.SIMPLE_QUOTE, new ActivitySpec(1.5, 0.5, 0, 6, 8, inf));
        m.put(Activity.ORDER_ENTRY, new ActivitySpec(2.0, 0.5, 0, 7, 8, inf));
        m.put(Activity.ISSUE, new ActivitySpec(1.5, 0.7, 0, 8, 4, inf));
        m.put(Activity.PROACTIVE_UPDATE, new ActivitySpec(0.5, 0.5, 0, 7, 8, inf));
        m.put(Activity.PRE_SALE_TECHNICAL, new ActivitySpec(5.0, 0.5, 4, 5, inf, inf));
        m.put(Activity.POST_SALE_PROJECT, new ActivitySpec(8.0, 0.5, 4, 5, inf, inf));
        m.put(Activity.CAMPAIGN, new ActivitySpec(24, 0.3, 0, 4, inf, inf));
        m.put(Activity.ADMIN, new ActivitySpec(1.0, 0.3, 0, 1, inf, 1));
        m.put(Activity.DAY_PLANNING, new ActivitySpec(0.25, 0.3, 0, 4, inf, 1));
        m.put(Activity.WRAP_UP, new ActivitySpec(0.5, 0.3, 0, 4, inf, 0.2));
        m.put(Activity.THANK_YOU_CALL, new ActivitySpec(0.25, 0.5, 0, 2, inf, 1));
        m.put(Activity.ZONE_ROTATION_CALL, new ActivitySpec(0.25, 0.5, 0, 1, inf, 1));
        m.put(Activity.OUTBOUND_CALL, new ActivitySpec(0.25, 0.5, 0, 1, inf, 1));
        return new ActivitiesSpec(m, 2, 5);
    }

    public ActivitiesSpec with(Activity a, ActivitySpec spec) {
        Map<Activity, ActivitySpec> m = new EnumMap<>(byActivity);
        m.put(a, spec);
        return new ActivitiesSpec(m, accountVisitsPerSalespersonWeek, adminTasksPerSalespersonWeek);
    }

    public ActivitiesSpec withRecurring(double visitsPerSalespersonWeek, double adminPerSalespersonWeek) {
        return new ActivitiesSpec(byActivity, visitsPerSalespersonWeek, adminPerSalespersonWeek);
    }
}
