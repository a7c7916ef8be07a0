package io.salesim.core.engine;

import java.util.Arrays;

/**
 * A binary heap of event slots. An event lives in a slot: its time, priority and insertion
 * number in primitive arrays, its action and payload in reference arrays. The heap orders slot
 * numbers, so sifting moves ints and compares primitives, and a fired event's slot is reused
 * by the next one added: after the first weeks of a run nothing is allocated.
 */
final class HeapCalendar implements EventCalendar {
    private static final int INITIAL_CAPACITY = 256;

    private int[] heap = new int[INITIAL_CAPACITY];
    private int size;
    private double[] times = new double[INITIAL_CAPACITY];
    private int[] priorities = new int[INITIAL_CAPACITY];
    private long[] sequences = new long[INITIAL_CAPACITY];
    private EventAction<Object>[] actions = newActions(INITIAL_CAPACITY);
    private Object[] payloads = new Object[INITIAL_CAPACITY];
    // slots below slotsInUse that are free again, as a stack
    private int[] freeSlots = new int[INITIAL_CAPACITY];
    private int freeCount;
    private int slotsInUse;
    private long nextSequence;

    @SuppressWarnings("unchecked")
    private static EventAction<Object>[] newActions(int length) {
        return (EventAction<Object>[]) new EventAction<?>[length];
    }

    @Override
    public void add(double time, int priority, EventAction<Object> action, Object payload) {
        int slot = freeCount > 0 ? freeSlots[--freeCount] : newSlot();
        times[slot] = time;
        priorities[slot] = priority;
        sequences[slot] = nextSequence++;
        actions[slot] = action;
        payloads[slot] = payload;
        siftUp(size++, slot);
    }

    private int newSlot() {
        if (slotsInUse == times.length) {
            int capacity = 2 * times.length;
            heap = Arrays.copyOf(heap, capacity);
            times = Arrays.copyOf(times, capacity);
            priorities = Arrays.copyOf(priorities, capacity);
            sequences = Arrays.copyOf(sequences, capacity);
            actions = Arrays.copyOf(actions, capacity);
            payloads = Arrays.copyOf(payloads, capacity);
            freeSlots = Arrays.copyOf(freeSlots, capacity);
        }
        return slotsInUse++;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    @Override
    public double firstTime() {
        return times[heap[0]];
    }

    @Override
    public void fireFirst() {
        int slot = heap[0];
        int last = heap[--size];
        if (size > 0) {
            siftDown(0, last);
        }
        EventAction<Object> action = actions[slot];
        Object payload = payloads[slot];
        actions[slot] = null;
        payloads[slot] = null;
        freeSlots[freeCount++] = slot;
        action.handle(payload);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public void clear() {
        Arrays.fill(actions, 0, slotsInUse, null);
        Arrays.fill(payloads, 0, slotsInUse, null);
        size = 0;
        freeCount = 0;
        slotsInUse = 0;
        nextSequence = 0;
    }

    private boolean before(int a, int b) {
        double ta = times[a];
        double tb = times[b];
        if (ta != tb) {
            return ta < tb;
        }
        int pa = priorities[a];
        int pb = priorities[b];
        if (pa != pb) {
            return pa < pb;
        }
        return sequences[a] < sequences[b];
    }

    private void siftUp(int index, int slot) {
        while (index > 0) {
            int parent = (index - 1) >>> 1;
            int above = heap[parent];
            if (!before(slot, above)) {
                break;
            }
            heap[index] = above;
            index = parent;
        }
        heap[index] = slot;
    }

    private void siftDown(int index, int slot) {
        int half = size >>> 1;
        while (index < half) {
            int child = 2 * index + 1;
            int smaller = heap[child];
            int right = child + 1;
            if (right < size && before(heap[right], smaller)) {
                child = right;
                smaller = heap[child];
            }
            if (!before(smaller, slot)) {
                break;
            }
            heap[index] = smaller;
            index = child;
        }
        heap[index] = slot;
    }
}
