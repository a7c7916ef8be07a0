package io.salesim.calibration;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * An ISO week (Monday to Sunday, labelled {@code YYYY-Www} by its week-based year) cut to a
 * window: the first and last weeks of a backtest may be partial, and are kept.
 */
public record IsoWeek(String label, LocalDate first, LocalDate last) {

    /** The weeks covering {@code from} to {@code to}, both included, in order. */
    public static List<IsoWeek> covering(LocalDate from, LocalDate to) {
        List<IsoWeek> weeks = new ArrayList<>();
        for (LocalDate monday = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)); !monday.isAfter(to);
             monday = monday.plusWeeks(1)) {
            LocalDate first = monday.isBefore(from) ? from : monday;
            LocalDate sunday = monday.plusDays(6);
            weeks.add(new IsoWeek(label(monday), first, sunday.isAfter(to) ? to : sunday));
        }
        return weeks;
    }

    public static String label(LocalDate day) {
        return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }

    public int days() {
        return (int) (last.toEpochDay() - first.toEpochDay()) + 1;
    }
}
