package io.salesim.reports.wrapup;

import java.util.ArrayList;
import java.util.List;

/** One working day of one salesperson (and their coordinator): what the day's wrap-up reports. */
final class DayRow {
    final long day;
    final int salesperson;
    int newOpportunities;
    int callsMade;
    int prospectsReached;
    int meetingsSet;
    int meetingsHeld;
    double travelHours;
    int closedWon;
    double closedValue;
    /** Each deal won, in the order won. */
    final List<Deal> deals = new ArrayList<>();
    int closedLost;
    int cancellations;
    int unreachableProspects;
    int goneCold;
    int noSlotAgreed;
    int throttledBookings;

    /** A deal won: its value, and the day (0-based) its money is expected, once the order names it (else -1). */
    static final class Deal {
        final long opportunity;
        final String cluster;
        final double value;
        long paymentDay = -1;

        Deal(long opportunity, String cluster, double value) {
            this.opportunity = opportunity;
            this.cluster = cluster;
            this.value = value;
        }
    }

    DayRow(long day, int salesperson) {
        this.day = day;
        this.salesperson = salesperson;
    }
}
