package io.salesim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WorkCalendarTest {
    private static final double EPS = 1e-9;

    /** Working hours in [from, to) counted day by day: the definition, written the slow way. */
    private static double referenceWorkingHours(double hoursPerDay, int daysPerWeek, int[] holidays, double from, double to) {
        double total = 0;
        for (long day = (long) Math.floor(from / 24); day * 24 < to; day++) {
            long thisDay = day;
            boolean holiday = Arrays.stream(holidays).anyMatch(h -> h == thisDay);
            if (day % 7 >= daysPerWeek || holiday) {
                continue;
            }
            double open = Math.max(from, day * 24.0);
            double close = Math.min(to, day * 24.0 + hoursPerDay);
            total += Math.max(0, close - open);
        }
        return total;
    }

    @Test
    void officeWeekBasics() {
        WorkCalendar office = WorkCalendar.officeWeek();
        assertEquals(40, office.workingHoursBetween(0, 168), EPS);
        assertEquals(8, office.finishTime(0, 8), EPS, "work that fills the shift ends at the shift end, not next morning");
        assertEquals(24.5, office.finishTime(0, 8.5), EPS);
        assertEquals(25, office.finishTime(8, 1), EPS, "started at the shift end: continues next morning");
        assertEquals(25, office.finishTime(12, 1), EPS, "started in the evening: continues next morning");
        // Friday (day 4) 8 h then 2 h on Monday (day 7)
        assertEquals(7 * 24 + 2, office.finishTime(4 * 24, 10), EPS);
        // Saturday start: nothing happens before Monday
        assertEquals(168 + 3, office.finishTime(5 * 24 + 5, 3), EPS);
        assertEquals(0, office.workingHoursBetween(104, 168), EPS, "Friday evening to Monday morning");
    }

    @Test
    void zeroWorkFinishesAtOnce() {
        WorkCalendar office = WorkCalendar.officeWeek();
        assertEquals(3, office.finishTime(3, 0), EPS);
        assertEquals(10, office.finishTime(10, 0), EPS, "even outside working hours");
        assertEquals(8, office.finishTime(7.5, 0.5), EPS);
    }

    @Test
    void shiftEndIsNotWorking() {
        WorkCalendar office = WorkCalendar.officeWeek();
        assertTrue(office.isWorking(0));
        assertTrue(office.isWorking(7.999));
        assertFalse(office.isWorking(8));
        assertFalse(office.isWorking(5 * 24 + 1), "Saturday");
        assertEquals(7.9, office.nextWorkingTime(7.9), EPS);
        assertEquals(24, office.nextWorkingTime(8), EPS);
        assertEquals(24, office.nextWorkingTime(23.99), EPS);
        assertEquals(168, office.nextWorkingTime(104), EPS, "Friday evening -> Monday");
        assertEquals(168, office.nextWorkingTime(5 * 24 + 3), EPS, "Saturday -> Monday");
    }

    @Test
    void holidaysAreSkipped() {
        WorkCalendar withHoliday = new WorkCalendar(8, 5, 7, 5, -3);  // Monday of week 2; Saturday and -3 ignored
        assertEquals(40, withHoliday.workingHoursBetween(0, 168), EPS);
        assertEquals(32, withHoliday.workingHoursBetween(168, 336), EPS);
        assertEquals(192, withHoliday.nextWorkingTime(104), EPS, "Friday evening -> Tuesday after the Monday holiday");
        assertEquals(8 * 24 + 2, withHoliday.finishTime(4 * 24, 10), EPS);
        assertFalse(withHoliday.isWorking(168 + 1));
        WorkCalendar roundTheClock = new WorkCalendar(24, 7, 3);
        assertFalse(roundTheClock.isAlwaysOpen());
        assertEquals(104, roundTheClock.finishTime(0, 80), EPS, "72 h, skip day 3, then 8 h");
        assertEquals(72, roundTheClock.finishTime(0, 72), EPS);
    }

    @Test
    void rejectsBadShapes() {
        assertThrows(IllegalArgumentException.class, () -> new WorkCalendar(0, 5));
        assertThrows(IllegalArgumentException.class, () -> new WorkCalendar(25, 5));
        assertThrows(IllegalArgumentException.class, () -> new WorkCalendar(8, 0));
        assertThrows(IllegalArgumentException.class, () -> new WorkCalendar(8, 8));
        assertThrows(IllegalArgumentException.class, () -> new WorkCalendar(Double.NaN, 5));
    }

    /** finishTime and workingHoursBetween are inverses of each other, on random calendars with holidays. */
    @Test
    void finishTimeAndWorkingHoursAgreeOnRandomCalendars() {
        SplittableRandom random = new SplittableRandom(7);
        double[] shiftLengths = {6, 7.5, 8, 10, 24};
        for (int c = 0; c < 60; c++) {
            double hoursPerDay = shiftLengths[random.nextInt(shiftLengths.length)];
            int daysPerWeek = 1 + random.nextInt(7);
            int[] holidays = random.ints(random.nextInt(12), 0, 80).toArray();
            WorkCalendar calendar = new WorkCalendar(hoursPerDay, daysPerWeek, holidays);
            int[] kept = Arrays.stream(holidays).filter(d -> d % 7 < daysPerWeek).toArray();
            for (int k = 0; k < 200; k++) {
                double start = random.nextInt(4) == 0 ? random.nextInt(60) * 24.0 + hoursPerDay : random.nextDouble() * 1500;
                double work = random.nextInt(4) == 0 ? random.nextInt(30) * hoursPerDay : random.nextDouble() * 250;
                double finish = calendar.finishTime(start, work);
                String where = calendar.hoursPerDay() + "h x " + daysPerWeek + "d holidays " + Arrays.toString(kept)
                        + " start " + start + " work " + work + " finish " + finish;
                assertTrue(finish >= start, where);
                assertEquals(work, calendar.workingHoursBetween(start, finish), 1e-7, where);
                assertEquals(referenceWorkingHours(hoursPerDay, daysPerWeek, kept, start, finish),
                        calendar.workingHoursBetween(start, finish), 1e-7, where);
                if (work > 0) {
                    // the earliest such time: a moment earlier the work is not yet done, and that moment is worked
                    assertTrue(calendar.workingHoursBetween(start, finish - 1e-6) < work, where);
                    assertTrue(calendar.isWorking(finish - 1e-6), where);
                }
                double later = finish + random.nextDouble() * 100;
                assertEquals(calendar.workingHoursBetween(start, later),
                        calendar.workingHoursBetween(start, finish) + calendar.workingHoursBetween(finish, later), 1e-7, where);
                double next = calendar.nextWorkingTime(start);
                assertTrue(next >= start && calendar.isWorking(next), where);
                assertEquals(0, calendar.workingHoursBetween(start, next), 1e-9, where);
            }
        }
    }
}
