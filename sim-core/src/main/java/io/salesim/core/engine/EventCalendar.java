package io.salesim.core.engine;

/** The pending events of one replication, taken out earliest first. */
public interface EventCalendar {
    void add(Event<?> event);

    /** The earliest pending event that is not cancelled, or null when none is left. */
    Event<?> poll();

    int size();

    void clear();

    /** The engine's calendar: a 4-ary heap keyed on primitive arrays. */
    static EventCalendar fourAryHeap() {
        return new HeapCalendar();
    }

    /** A binary heap of {@link Event} references, the engine's calendar before issue 15. */
    static EventCalendar binaryHeap() {
        return new BinaryHeapCalendar();
    }
}
