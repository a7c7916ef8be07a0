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

    /**
     * A 4-ary heap keyed on parallel primitive arrays, the same order as {@link #binaryHeap()}.
     * Not the engine's calendar: on the M/M/3 yardstick (about four pending events) it measured
     * slower, bench --quick ratio 0.40 against 0.43 (docs/bench.md); kept for trying it at
     * larger calendars.
     */
    static EventCalendar fourAryHeap() {
        return new FourAryHeapCalendar();
    }
}
