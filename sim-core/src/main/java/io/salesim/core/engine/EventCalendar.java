package io.salesim.core.engine;

/**
 * The pending events of one replication, taken out earliest first: by time, then priority
 * (lower first), then insertion order, so that ties replay identically in every run. An event
 * is a time, a priority, an action and its payload, kept by the calendar in its own storage and
 * never handed out, so a calendar can keep them in primitive arrays and reuse their slots: the
 * engine's hot path allocates nothing for an event.
 */
public interface EventCalendar {
    void add(double time, int priority, EventAction<Object> action, Object payload);

    boolean isEmpty();

    /** The time of the earliest pending event; only when the calendar is not empty. */
    double firstTime();

    /** Takes the earliest pending event out, then fires it (its action may add events). */
    void fireFirst();

    int size();

    void clear();

    /** A binary heap of slots whose keys sit in primitive arrays. */
    static EventCalendar binaryHeap() {
        return new HeapCalendar(2);
    }

    /** The same with four children a node: half the levels, and a node's children share a cache line. */
    static EventCalendar fourAryHeap() {
        return new HeapCalendar(4);
    }

    /**
     * A 4-ary heap for the events of the buckets of {@code bucketWidth} up to the current one, in
     * front of unsorted arrays, one a later bucket, that hold far events whole until their bucket
     * comes (a ladder queue with one rung): the same order as a heap, with a heap only as large
     * as a bucket's events. Times must be below 2^53 buckets in magnitude (finite).
     */
    static EventCalendar tiered(double bucketWidth) {
        return new TieredCalendar(bucketWidth);
    }
}
