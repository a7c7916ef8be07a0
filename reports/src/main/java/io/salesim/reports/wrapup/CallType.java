package io.salesim.reports.wrapup;

import java.util.Locale;

/** The kinds of call on a next-day call list (seed 000), in list order. */
enum CallType {
    /** Reaching the decision-maker behind a new opportunity, attempt after attempt. */
    OPPORTUNITY_FOLLOW_UP,
    /** The same for opportunities a promotion campaign produced. */
    CAMPAIGN_FOLLOW_UP,
    /** Booking the next BD meeting, for the day the salesperson is next in the prospect's zone. */
    ZONE_ROTATION,
    /** Thanking a customer for an order and confirming when it is delivered. */
    THANK_YOU;

    String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
