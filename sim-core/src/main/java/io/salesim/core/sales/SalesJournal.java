package io.salesim.core.sales;

/**
 * Optional listener for the story of one replication — the raw material of a daily wrap-up
 * per salesperson–coordinator pair and of the next-day call list. The model keeps nothing
 * for it; a listener that wants history stores what it needs. Times are simulation hours;
 * salespeople are numbered from 0 in order of joining.
 */
public interface SalesJournal {
    SalesJournal NONE = new SalesJournal() {
    };

    default void opportunityOpened(double timeHours, long opportunity, String source, boolean complex, String cluster) {
    }

    default void callAttempted(double timeHours, long opportunity, int attempt, boolean reached) {
    }

    /** A follow-up call is due at {@code callAtHours}: an entry for that day's call list. */
    default void callScheduled(double timeHours, long opportunity, double callAtHours) {
    }

    /** A coordinator put a meeting in a salesperson's calendar for the day starting at {@code dayStartHours}. */
    default void meetingBooked(double timeHours, long opportunity, int salesperson, double dayStartHours, String cluster) {
    }

    default void meetingHeld(double timeHours, long opportunity, int salesperson, String cluster, double travelHours) {
    }

    /** Outcome is {@code won}, {@code lost} or {@code abandoned}; value is the order value when won, else 0. */
    default void opportunityClosed(double timeHours, long opportunity, String outcome, double value) {
    }

    /** The money of an order lands (on delivery); {@code opportunity} is -1 for a repeat order. */
    default void orderDelivered(double timeHours, long opportunity, double value) {
    }
}
