package io.salesim.core.sales;

/** A sales opportunity, alive from origination until won, lost or abandoned. */
final class Opportunity {
    final long id;
    final String source;
    final boolean complex;
    final int cluster;
    final int owner;
    final double createdAt;
    int attempts;
    int meetingsLeft;
    int meetingsDone;
    /** Calls made to agree a slot for the next meeting. */
    int bookingAttempts;
    /** Times the prospect moved the next meeting. */
    int reschedules;
    boolean closed;
    /** When the first conversation with the prospect took place (calendar hours), or NaN before. */
    double reachedAt = Double.NaN;
    /** The salesperson (id) who held its last BD meeting, or -1. */
    int heldBy = -1;

    Opportunity(long id, String source, boolean complex, int cluster, int owner, double createdAt) {
        this.id = id;
        this.source = source;
        this.complex = complex;
        this.cluster = cluster;
        this.owner = owner;
        this.createdAt = createdAt;
    }
}
