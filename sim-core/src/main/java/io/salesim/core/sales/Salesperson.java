package io.salesim.core.sales;

import java.util.ArrayDeque;
import java.util.TreeMap;

/**
 * One field salesperson: where they are, their own queue of work, the meetings their
 * coordinator planned day by day (the agenda), and the meetings released for today.
 * Plain state; {@link FieldSales} runs it.
 */
final class Salesperson {
    /** A planned day: one cluster, up to {@code capacity} meetings. */
    static final class DayPlan {
        final int cluster;
        final int capacity;
        final ArrayDeque<Task> meetings = new ArrayDeque<>();

        DayPlan(int cluster, int capacity) {
            this.cluster = cluster;
            this.capacity = capacity;
        }

        boolean hasSpace() {
            return meetings.size() < capacity;
        }
    }

    final int id;
    final int home;
    final TaskQueue queue = new TaskQueue();
    final ArrayDeque<Task> today = new ArrayDeque<>();
    final TreeMap<Long, DayPlan> agenda = new TreeMap<>();
    int location;
    /** The week in which the salesperson got to {@code location}. */
    long locationWeek;
    boolean busy;
    boolean leaving;
    boolean ill;
    double rampStart;
    double rampEnd;
    double startProductivity = 1;
    long meetingDay = -1;
    int meetingsThatDay;

    Salesperson(int id, int home) {
        this.id = id;
        this.home = home;
        this.location = home;
    }

    double rampFactor(double now) {
        if (now >= rampEnd) {
            return 1;
        }
        double f = Math.max(0, (now - rampStart) / (rampEnd - rampStart));
        return startProductivity + (1 - startProductivity) * f;
    }

    boolean hasWaitingWork() {
        return !today.isEmpty() || !queue.isEmpty();
    }

    double waitingHours() {
        double h = queue.workHours();
        for (Task t : today) {
            h += t.workHours;
        }
        return h;
    }
}
