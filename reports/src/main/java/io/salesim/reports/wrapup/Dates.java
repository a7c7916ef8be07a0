package io.salesim.reports.wrapup;

import java.time.LocalDate;

/**
 * Simulation days as calendar dates and plan weeks. Day 0 is the Monday that starts the warm-up;
 * {@code start_date} is plan week 1's Monday, the first day after it, so warm-up days fall in the
 * weeks before the plan (plan week 0, −1, …).
 */
record Dates(LocalDate startDate, int warmupWeeks) {
    Dates {
        if (startDate == null || warmupWeeks < 0) {
            throw new IllegalArgumentException("startDate: a date; warmupWeeks: a whole number >= 0");
        }
    }

    static Dates of(LocalDate startDate, double warmupHours) {
        return new Dates(startDate, (int) Math.round(warmupHours / (7 * 24.0)));
    }

    /** The calendar date of simulation day {@code day} (0-based). */
    LocalDate date(long day) {
        return startDate.plusDays(day - 7L * warmupWeeks);
    }

    /** The plan week of simulation day {@code day}: 1 for the first week after the warm-up, 0 or less during it. */
    int planWeek(long day) {
        return (int) Math.floorDiv(day, 7L) + 1 - warmupWeeks;
    }
}
