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
    /** Calendar days (0-based) on which the money of each deal won is expected, in the order won. */
    final List<Long> expectedPaymentDays = new ArrayList<>();
    int closedLost;
    int cancellations;
    int unreachableProspects;
    int goneCold;
    int noSlotAgreed;
    int throttledBookings;

    DayRow(long day, int salesperson) {
        this.day = day;
        this.salesperson = salesperson;
    }
}
