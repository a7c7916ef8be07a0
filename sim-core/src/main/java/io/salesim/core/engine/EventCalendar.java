package io.salesim.core.engine;

/** The pending events of one replication, taken out earliest first. */
public interface EventCalendar {
    void add(Event<?> event);

    /** The earliest pending event that is not cancelled, or null when none is left. */
    Event<?> poll();

    int size();

    void clear();

    /** The engine's calendar: a binary heap of {@link Event} references. */
    static EventCalendar binaryHeap() {
        return new HeapCalendar();
    }
}
