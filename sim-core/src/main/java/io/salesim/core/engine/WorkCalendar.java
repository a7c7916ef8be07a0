package io.salesim.core.engine;

import java.util.Arrays;

/**
 * When people work: the first {@code hoursPerDay} hours of each of the first
 * {@code daysPerWeek} days of every 168-hour week, less holidays (day numbers from the start
 * of the run). Time runs in calendar hours; work content is consumed only in working hours.
 */
public final class WorkCalendar {
    public static final double HOURS_PER_WEEK = 168.0;
    private static final double HOURS_PER_DAY = 24.0;

    private final double hoursPerDay;
    private final int daysPerWeek;
    private final int[] holidays;
    private final boolean alwaysOpen;

    public WorkCalendar(double hoursPerDay, int daysPerWeek, int... holidays) {
        if (!(hoursPerDay > 0 && hoursPerDay <= 24)) {
            throw new IllegalArgumentException("hours per day must be in (0, 24], was " + hoursPerDay);
        }
        if (daysPerWeek < 1 || daysPerWeek > 7) {
            throw new IllegalArgumentException("days per week must be in 1..7, was " + daysPerWeek);
        }
        this.hoursPerDay = hoursPerDay;
        this.daysPerWeek = daysPerWeek;
        // a holiday on a day nobody works changes nothing, so only working days are kept
        this.holidays = Arrays.stream(holidays).filter(d -> d >= 0 && d % 7 < daysPerWeek).distinct().sorted().toArray();
        this.alwaysOpen = hoursPerDay == 24 && daysPerWeek == 7 && this.holidays.length == 0;
    }

    public static WorkCalendar alwaysOpen() {
        return new WorkCalendar(24, 7);
    }

    /** The standard office week: 5 days of 8 hours. */
    public static WorkCalendar officeWeek() {
        return new WorkCalendar(8, 5);
    }

    public boolean isAlwaysOpen() {
        return alwaysOpen;
    }

    public double hoursPerDay() {
        return hoursPerDay;
    }

    public int daysPerWeek() {
        return daysPerWeek;
    }

    public double workingHoursPerWeek() {
        return hoursPerDay * daysPerWeek;
    }

    public boolean isWorking(double time) {
        if (alwaysOpen) {
            return true;
        }
        long day = (long) Math.floor(time / HOURS_PER_DAY);
        return time - day * HOURS_PER_DAY < hoursPerDay && isWorkingDay(day);
    }

    public boolean isWorkingDay(long day) {
        return day % 7 < daysPerWeek && Arrays.binarySearch(holidays, (int) Math.min(day, Integer.MAX_VALUE)) < 0;
    }

    /** Working hours in [from, to). */
    public double workingHoursBetween(double from, double to) {
        if (alwaysOpen) {
            return to - from;
        }
        return cumulativeWorkingHours(to) - cumulativeWorkingHours(from);
    }

    /** The calendar time at which {@code workHours} of work started at {@code start} is done. */
    public double finishTime(double start, double workHours) {
        if (alwaysOpen) {
            return start + workHours;
        }
        double target = cumulativeWorkingHours(start) + workHours;
        int holidaysBefore = 0;
        double time = withoutHolidaysInverse(target);
        while (true) {
            int counted = holidaysStartingBefore(time);
            if (counted == holidaysBefore) {
                return Math.max(time, start);
            }
            holidaysBefore = counted;
            time = withoutHolidaysInverse(target + holidaysBefore * hoursPerDay);
        }
    }

    /** The first working instant at or after {@code time}. */
    public double nextWorkingTime(double time) {
        if (alwaysOpen || isWorking(time)) {
            return time;
        }
        long day = (long) Math.floor(time / HOURS_PER_DAY) + 1;
        while (!isWorkingDay(day)) {
            day++;
        }
        return day * HOURS_PER_DAY;
    }

    /** Working hours in [0, time). */
    double cumulativeWorkingHours(double time) {
        if (time <= 0) {
            return 0;
        }
        long day = (long) Math.floor(time / HOURS_PER_DAY);
        long weeks = day / 7;
        int dayOfWeek = (int) (day % 7);
        double hours = weeks * workingHoursPerWeek() + Math.min(dayOfWeek, daysPerWeek) * hoursPerDay;
        double intoToday = Math.min(time - day * HOURS_PER_DAY, hoursPerDay);
        boolean todayHoliday = Arrays.binarySearch(holidays, (int) Math.min(day, Integer.MAX_VALUE)) >= 0;
        if (dayOfWeek < daysPerWeek && !todayHoliday) {
            hours += intoToday;
        }
        return hours - holidaysBeforeDay(day) * hoursPerDay;
    }

    private int holidaysBeforeDay(long day) {
        int index = Arrays.binarySearch(holidays, (int) Math.min(day, Integer.MAX_VALUE));
        return index >= 0 ? index : -index - 1;
    }

    private int holidaysStartingBefore(double time) {
        long day = (long) Math.ceil(time / HOURS_PER_DAY);
        return holidaysBeforeDay(day);
    }

    /** Inverse of the working-hours count ignoring holidays; the earliest time that reaches it. */
    private double withoutHolidaysInverse(double workHours) {
        if (workHours <= 0) {
            return 0;
        }
        double weekHours = workingHoursPerWeek();
        long weeks = (long) Math.floor(workHours / weekHours);
        double rest = workHours - weeks * weekHours;
        if (rest == 0) {
            weeks--;
            rest = weekHours;
        }
        long day = (long) Math.ceil(rest / hoursPerDay) - 1;
        double intoDay = rest - day * hoursPerDay;
        return weeks * HOURS_PER_WEEK + day * HOURS_PER_DAY + intoDay;
    }
}
