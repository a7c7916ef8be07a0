package io.salesim.core.engine;

import java.util.Arrays;

/**
 * Array-backed 4-ary heap ordered by (time, priority, insertion order). The keys live in
 * parallel primitive arrays beside the events, so sifting compares doubles, ints and longs
 * without loading an {@link Event}; a 4-ary heap is half as deep as a binary one, and the four
 * children of a slot sit next to each other in each array. Cancelled events stay in the heap
 * and are skipped when they reach the top.
 */
final class FourAryHeapCalendar implements EventCalendar {
    private static final int INITIAL_CAPACITY = 256;

    private double[] times = new double[INITIAL_CAPACITY];
    private int[] priorities = new int[INITIAL_CAPACITY];
    private long[] sequences = new long[INITIAL_CAPACITY];
    private Event<?>[] events = new Event<?>[INITIAL_CAPACITY];
    private int size;
    private long nextSequence;

    @Override
    public void add(Event<?> event) {
        long sequence = nextSequence++;
        event.sequence = sequence;
        if (size == events.length) {
            grow();
        }
        siftUp(size++, event.time, event.priority, sequence, event);
    }

    @Override
    public Event<?> poll() {
        while (size > 0) {
            Event<?> first = events[0];
            int last = --size;
            Event<?> lastEvent = events[last];
            events[last] = null;
            if (last > 0) {
                siftDown(times[last], priorities[last], sequences[last], lastEvent);
            }
            if (!first.isCancelled()) {
                return first;
            }
        }
        return null;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public void clear() {
        Arrays.fill(events, 0, size, null);
        size = 0;
        nextSequence = 0;
    }

    private void grow() {
        int capacity = events.length * 2;
        times = Arrays.copyOf(times, capacity);
        priorities = Arrays.copyOf(priorities, capacity);
        sequences = Arrays.copyOf(sequences, capacity);
        events = Arrays.copyOf(events, capacity);
    }

    /** Whether key a comes strictly before key b: the same order as {@link Event#before}. */
    private static boolean before(double timeA, int priorityA, long sequenceA, double timeB, int priorityB, long sequenceB) {
        if (timeA != timeB) {
            return timeA < timeB;
        }
        if (priorityA != priorityB) {
            return priorityA < priorityB;
        }
        return sequenceA < sequenceB;
    }

    private void siftUp(int index, double time, int priority, long sequence, Event<?> event) {
        double[] t = times;
        int[] p = priorities;
        long[] s = sequences;
        Event<?>[] e = events;
        while (index > 0) {
            int parent = (index - 1) >>> 2;
            if (!before(time, priority, sequence, t[parent], p[parent], s[parent])) {
                break;
            }
            t[index] = t[parent];
            p[index] = p[parent];
            s[index] = s[parent];
            e[index] = e[parent];
            index = parent;
        }
        t[index] = time;
        p[index] = priority;
        s[index] = sequence;
        e[index] = event;
    }

    /** Places the given key, taken from the end, starting at the root. */
    private void siftDown(double time, int priority, long sequence, Event<?> event) {
        double[] t = times;
        int[] p = priorities;
        long[] s = sequences;
        Event<?>[] e = events;
        int n = size;
        int index = 0;
        while (true) {
            int first = (index << 2) + 1;
            if (first >= n) {
                break;
            }
            int end = Math.min(first + 4, n);
            int best = first;
            double bestTime = t[first];
            int bestPriority = p[first];
            long bestSequence = s[first];
            for (int child = first + 1; child < end; child++) {
                if (before(t[child], p[child], s[child], bestTime, bestPriority, bestSequence)) {
                    best = child;
                    bestTime = t[child];
                    bestPriority = p[child];
                    bestSequence = s[child];
                }
            }
            if (!before(bestTime, bestPriority, bestSequence, time, priority, sequence)) {
                break;
            }
            t[index] = bestTime;
            p[index] = bestPriority;
            s[index] = bestSequence;
            e[index] = e[best];
            index = best;
        }
        t[index] = time;
        p[index] = priority;
        s[index] = sequence;
        e[index] = event;
    }
}
