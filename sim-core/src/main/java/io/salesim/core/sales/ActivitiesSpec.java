package io.salesim.core.sales;

import java.util.EnumMap;
import java.util.Map;

/**
 * The work content of every activity type, plus the recurring field work that only exists
 * per field salesperson: account-management visits (no BD objective, seed: "no doughnut
 * runs") and admin.
 */
public record ActivitiesSpec(ActivitySpec bdMeeting, ActivitySpec followUpCall, ActivitySpec meetingBooking,
                             ActivitySpec accountManagementVisit, ActivitySpec simpleQuote, ActivitySpec orderEntry,
                             ActivitySpec issue, ActivitySpec proactiveUpdate, ActivitySpec preSaleTechnical,
                             ActivitySpec postSaleProject, ActivitySpec campaign, ActivitySpec admin,
                             double accountVisitsPerSalespersonWeek, double adminTasksPerSalespersonWeek) {

    public ActivitiesSpec {
        for (Activity a : Activity.values()) {
            Check.present("activities." + a.id(), get(a, bdMeeting, followUpCall, meetingBooking, accountManagementVisit,
                    simpleQuote, orderEntry, issue, proactiveUpdate, preSaleTechnical, postSaleProject, campaign, admin));
        }
        Check.nonNegative("activities.account_visits_per_salesperson_week", accountVisitsPerSalespersonWeek);
        Check.nonNegative("activities.admin_tasks_per_salesperson_week", adminTasksPerSalespersonWeek);
    }

    private static ActivitySpec get(Activity a, ActivitySpec... all) {
        return all[a.ordinal()];
    }

    public ActivitySpec of(Activity a) {
        return get(a, bdMeeting, followUpCall, meetingBooking, accountManagementVisit, simpleQuote, orderEntry, issue,
                proactiveUpdate, preSaleTechnical, postSaleProject, campaign, admin);
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
     * work, meetings and visits, follow-up, admin last.
     */
    public static ActivitiesSpec defaults() {
        double inf = Double.POSITIVE_INFINITY;
        return new ActivitiesSpec(
                new ActivitySpec(1.25, 0.3, 0, 3, inf, 6),
                new ActivitySpec(0.25, 0.5, 0, 2, inf, 2),
                new ActivitySpec(0.25, 0.5, 0, 2, inf, 2),
                new ActivitySpec(1.5, 0.3, 0, 3, inf, 2),
                new ActivitySpec(1.5, 0.5, 0, 6, 8, inf),
                new ActivitySpec(2.0, 0.5, 0, 7, 8, inf),
                new ActivitySpec(1.5, 0.7, 0, 8, 4, inf),
                new ActivitySpec(0.5, 0.5, 0, 7, 8, inf),
                new ActivitySpec(5.0, 0.5, 4, 5, inf, inf),
                new ActivitySpec(8.0, 0.5, 4, 5, inf, inf),
                new ActivitySpec(24, 0.3, 0, 4, inf, inf),
                new ActivitySpec(1.0, 0.3, 0, 1, inf, 1),
                2, 5);
    }

    public ActivitiesSpec with(Activity a, ActivitySpec spec) {
        Map<Activity, ActivitySpec> m = new EnumMap<>(Activity.class);
        for (Activity x : Activity.values()) {
            m.put(x, x == a ? spec : of(x));
        }
        return new ActivitiesSpec(m.get(Activity.BD_MEETING), m.get(Activity.FOLLOW_UP_CALL), m.get(Activity.MEETING_BOOKING),
                m.get(Activity.ACCOUNT_MANAGEMENT_VISIT), m.get(Activity.SIMPLE_QUOTE), m.get(Activity.ORDER_ENTRY),
                m.get(Activity.ISSUE), m.get(Activity.PROACTIVE_UPDATE), m.get(Activity.PRE_SALE_TECHNICAL),
                m.get(Activity.POST_SALE_PROJECT), m.get(Activity.CAMPAIGN), m.get(Activity.ADMIN),
                accountVisitsPerSalespersonWeek, adminTasksPerSalespersonWeek);
    }

    public ActivitiesSpec withRecurring(double visitsPerSalespersonWeek, double adminPerSalespersonWeek) {
        return new ActivitiesSpec(bdMeeting, followUpCall, meetingBooking, accountManagementVisit, simpleQuote, orderEntry,
                issue, proactiveUpdate, preSaleTechnical, postSaleProject, campaign, admin,
                visitsPerSalespersonWeek, adminPerSalespersonWeek);
    }
}
