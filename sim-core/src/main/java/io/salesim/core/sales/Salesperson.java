package io.salesim.core.sales;

import io.salesim.core.resource.Resource;
import java.util.ArrayDeque;
import java.util.Comparator;

/**
 * One member of the field team: the server of the team's resource that holds their queue,
 * where they are, and the meetings their coordinator planned day by day (the agenda; today's
 * are released into their queue each morning). Plain state; {@link FieldTeam} runs it.
 */
final class Salesperson {
    /** A planned day of one salesperson: one cluster, up to {@code capacity} meetings. */
    static final class DayPlan {
        /** Open days in a cluster in booking order: the earliest day first, then the salesperson who joined first. */
        static final Comparator<DayPlan> BOOKING_ORDER = (a, b) -> {
            int byDay = Long.compare(a.day, b.day);
            return byDay != 0 ? byDay : Integer.compare(a.ownerId, b.ownerId);
        };
        final Salesperson owner;
        final int ownerId;
        final long day;
        final int cluster;
        final int capacity;
        final ArrayDeque<Task> meetings = new ArrayDeque<>();

        DayPlan(Salesperson owner, long day, int cluster, int capacity) {
            this.owner = owner;
            this.ownerId = owner == null ? Integer.MIN_VALUE : owner.id;
            this.day = day;
            this.cluster = cluster;
            this.capacity = capacity;
        }

        boolean hasSpace() {
            return meetings.size() < capacity;
        }
    }

    /** Set as they join; a joiner may be handed work before their server is returned to us. */
    Resource<Task>.Server server;
    final int id;
    final int home;
    /** Win-probability multiplier of this salesperson's meetings (mean 1 across salespeople). */
    final double salesmanship;
    final Agenda agenda = new Agenda();
    int location;
    /** The week in which the salesperson got to {@code location}. */
    long locationWeek;
    boolean ill;
    /** On the team now (membership in O(1); {@link FieldTeam} keeps the team in joining order). */
    boolean onTeam;
    /** While ill: the request for cover still waiting, or the covering role's person who holds the calendar. */
    Task coverRequest;
    Resource<Task>.Server coveredBy;
    long meetingDay = -1;
    int meetingsThatDay;

    Salesperson(int id, int home, double salesmanship) {
        this.id = id;
        this.home = home;
        this.salesmanship = salesmanship;
        this.location = home;
    }
}
