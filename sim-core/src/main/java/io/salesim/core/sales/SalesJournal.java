package io.salesim.core.sales;

import java.util.List;

/**
 * Optional listener for the story of one replication — the raw material of a daily wrap-up
 * per salesperson–coordinator pair and of the next-day call list. The model keeps nothing
 * for it; a listener that wants history stores what it needs, and listening never changes
 * a result. Times are simulation hours; salespeople are numbered from 0 in order of joining;
 * {@code salesperson} is -1 when there is no field team. Where an event names the salesperson
 * of an opportunity, it is the account owner at that moment: the one its field work goes to.
 */
public interface SalesJournal {
    SalesJournal NONE = new SalesJournal() {
    };

    /**
     * How a working morning starts, before any work: who is on the field team and its role id
     * ({@code none} without one), which roles make the follow-up calls and book meetings (role
     * ids, {@code none} when nobody here does), how many people the booking role has on staff,
     * and the operating model's scheduling ({@code ad_hoc} or {@code batched}), persistence and
     * booking horizon.
     */
    record Morning(long day, List<Integer> salespeople, String fieldRole, String callerRole, String bookerRole,
                   int bookers, String scheduling, int persistenceAttempts, int bookingHorizonWeeks, boolean throttled) {
        public Morning {
            salespeople = List.copyOf(salespeople);
        }
    }

    default void morning(double timeHours, Morning morning) {
    }

    default void opportunityOpened(double timeHours, long opportunity, String source, boolean complex, String cluster,
                                   int salesperson) {
    }

    default void callAttempted(double timeHours, long opportunity, int attempt, boolean reached, int salesperson) {
    }

    /** The next follow-up call (after an unanswered one) is due at {@code callAtHours}: an entry for that day's call list. */
    default void callScheduled(double timeHours, long opportunity, double callAtHours) {
    }

    /**
     * A call to book BD meeting number {@code meeting} (1 for the first) is due at
     * {@code callAtHours}: right after the prospect is reached, or a gap after the last meeting.
     */
    default void bookingCallDue(double timeHours, long opportunity, int meeting, double callAtHours) {
    }

    /** The booking call succeeded: the prospect agreed to a meeting, which now needs a slot. */
    default void meetingAgreed(double timeHours, long opportunity) {
    }

    /** The throttle (drum-buffer-rope) kept an agreed meeting out of every calendar: it waits in the pool. */
    default void bookingThrottled(double timeHours, long opportunity, int salesperson) {
    }

    /**
     * A meeting went into a salesperson's calendar: under batched scheduling for the planned
     * day starting at {@code dayStartHours}; ad hoc into their queue, {@code dayStartHours}
     * NaN (held when its turn comes).
     */
    default void meetingBooked(double timeHours, long opportunity, int salesperson, double dayStartHours, String cluster) {
    }

    /**
     * A salesperson sets off for work at a place (a meeting, a visit, project work at the
     * customer): from one cluster to another (the same one for a local hop), its hours on the
     * road and whether it is a flight. Every trip is priced as it happens (docs/sales-model.md, Economics).
     */
    default void trip(double timeHours, int salesperson, String fromCluster, String toCluster, double travelHours,
                      boolean flight) {
    }

    default void meetingHeld(double timeHours, long opportunity, int salesperson, String cluster, double travelHours) {
    }

    /**
     * Work on an open opportunity waited past its activity's maximum wait: the prospect went
     * cold. {@code activity} is the activity id ({@code bd_meeting}: a cancelled meeting). An
     * {@code abandoned} close follows at once.
     */
    default void workLapsed(double timeHours, long opportunity, String activity, int salesperson) {
    }

    /** Outcome is {@code won}, {@code lost} or {@code abandoned}; value is the order value when won, else 0. */
    default void opportunityClosed(double timeHours, long opportunity, String outcome, double value, int salesperson) {
    }

    /** The booker gave up agreeing a slot: the operating model's persistence ran out; the opportunity is abandoned next. */
    default void noSlotAgreed(double timeHours, long opportunity, int salesperson) {
    }

    /**
     * An order is placed: a won deal's ({@code opportunity} its id) or a repeat order
     * ({@code opportunity} -1); its value and the date its delivery (and so its money) is promised.
     */
    default void orderPlaced(double timeHours, long opportunity, double value, double promisedAtHours) {
    }

    /** The money of an order lands (on delivery); {@code opportunity} is -1 for a repeat order. */
    default void orderDelivered(double timeHours, long opportunity, double value) {
    }

    /**
     * An order ends: {@code delivered}, {@code cancelled} (late, before production started it)
     * or {@code lapsed} (its order entry waited past its maximum wait); {@code opportunity} is
     * -1 for a repeat order. Every order ends here once, or is still open at the horizon.
     */
    default void orderClosed(double timeHours, long opportunity, String outcome, double value) {
    }
}
