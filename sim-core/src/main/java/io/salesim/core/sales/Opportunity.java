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
    boolean closed;

    Opportunity(long id, String source, boolean complex, int cluster, int owner, double createdAt) {
        this.id = id;
        this.source = source;
        this.complex = complex;
        this.cluster = cluster;
        this.owner = owner;
        this.createdAt = createdAt;
    }
}
