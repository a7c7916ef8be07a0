package io.salesim.core.sales;

import java.util.function.Consumer;

/**
 * One salesperson's planned days by day number, earliest first. The planned days lie within the
 * booking horizon ahead of today, so they sit in a ring indexed by day number (day mod the
 * ring's length, which is longer than the span from the first planned day to the last): finding
 * a day is one array read, where a {@code TreeMap<Long, …>} walked a tree of boxed keys on every
 * lookup of the coordinator's daily planning.
 */
final class Agenda {
    private static final int INITIAL_LENGTH = 16;

    private Salesperson.DayPlan[] ring = new Salesperson.DayPlan[INITIAL_LENGTH];
    private int count;
    // the first and last planned day, while count > 0
    private long firstDay;
    private long lastDay;

    /** The plan of that day, or null if the day is not planned. */
    Salesperson.DayPlan get(long day) {
        if (count == 0 || day < firstDay || day > lastDay) {
            return null;
        }
        return ring[position(day)];
    }

    /** Adds a plan for a day that has none. */
    void put(Salesperson.DayPlan plan) {
        long day = plan.day;
        if (count == 0) {
            firstDay = day;
            lastDay = day;
        } else {
            long first = Math.min(firstDay, day);
            long last = Math.max(lastDay, day);
            if (last - first >= ring.length) {
                lengthen(last - first);
            }
            firstDay = first;
            lastDay = last;
        }
        ring[position(day)] = plan;
        count++;
    }

    boolean isEmpty() {
        return count == 0;
    }

    /** The first planned day; only when not empty. */
    long firstDay() {
        return firstDay;
    }

    /** Takes the first planned day's plan out; only when not empty. */
    Salesperson.DayPlan pollFirst() {
        int at = position(firstDay);
        Salesperson.DayPlan first = ring[at];
        ring[at] = null;
        if (--count > 0) {
            do {
                firstDay++;
            } while (ring[position(firstDay)] == null);
        }
        return first;
    }

    /** Hands every plan to {@code action}, earliest day first. */
    void forEach(Consumer<Salesperson.DayPlan> action) {
        if (count == 0) {
            return;
        }
        for (long day = firstDay; day <= lastDay; day++) {
            Salesperson.DayPlan plan = ring[position(day)];
            if (plan != null) {
                action.accept(plan);
            }
        }
    }

    void clear() {
        if (count > 0) {
            for (long day = firstDay; day <= lastDay; day++) {
                ring[position(day)] = null;
            }
        }
        count = 0;
    }

    private int position(long day) {
        return (int) (day & (ring.length - 1));
    }

    /** Lengthens the ring past {@code span} days, each plan moving to its day's new position. */
    private void lengthen(long span) {
        int length = ring.length;
        while (length <= span) {
            length *= 2;
        }
        Salesperson.DayPlan[] longer = new Salesperson.DayPlan[length];
        for (Salesperson.DayPlan plan : ring) {
            if (plan != null) {
                longer[(int) (plan.day & (length - 1))] = plan;
            }
        }
        ring = longer;
    }
}
