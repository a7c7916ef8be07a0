package io.salesim.core.sales;

/** A sales opportunity, alive from origination until won, lost or abandoned. */
final class Opportunity {
    final String source;
    final boolean complex;
    final int cluster;
    final int owner;
    final double createdAt;
    int attempts;
    int meetingsLeft;
    boolean closed;

    Opportunity(String source, boolean complex, int cluster, int owner, double createdAt) {
        this.source = source;
        this.complex = complex;
        this.cluster = cluster;
        this.owner = owner;
        this.createdAt = createdAt;
    }
}
