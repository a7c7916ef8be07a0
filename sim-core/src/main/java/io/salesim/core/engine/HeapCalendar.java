package io.salesim.core.engine;

import java.util.Arrays;

/**
 * A d-ary heap (d = 2 or 4) of event slots. An event lives in a slot: its priority and insertion
 * number in primitive arrays, its action and payload in reference arrays, and a fired event's
 * slot is reused by the next one added, so once a run has warmed up nothing is allocated. The
 * heap keeps each entry's time beside its slot number, in heap order, so sifting compares
 * times that sit side by side in memory (a 4-ary node's children share a cache line) and looks
 * a slot up only to break a tie.
 */
final class HeapCalendar implements EventCalendar {
    private static final int INITIAL_CAPACITY = 256;

    private final int log2Arity;
    private final int arity;
    private double[] heapTimes = new double[INITIAL_CAPACITY];
    private int[] heapSlots = new int[INITIAL_CAPACITY];
    private int size;
    private int[] priorities = new int[INITIAL_CAPACITY];
    private long[] sequences = new long[INITIAL_CAPACITY];
    private EventAction<Object>[] actions = newActions(INITIAL_CAPACITY);
    private Object[] payloads = new Object[INITIAL_CAPACITY];
    // slots below slotsInUse that are free again, as a stack
    private int[] freeSlots = new int[INITIAL_CAPACITY];
    private int freeCount;
    private int slotsInUse;
    private long nextSequence;

    /** @param arity children per node: 2 (binary heap) or 4 */
    HeapCalendar(int arity) {
        if (arity != 2 && arity != 4) {
            throw new IllegalArgumentException("arity must be 2 or 4, was " + arity);
        }
        this.arity = arity;
        this.log2Arity = Integer.numberOfTrailingZeros(arity);
    }

    @SuppressWarnings("unchecked")
    private static EventAction<Object>[] newActions(int length) {
        return (EventAction<Object>[]) new EventAction<?>[length];
    }

    @Override
    public void add(double time, int priority, EventAction<Object> action, Object payload) {
        int slot = freeCount > 0 ? freeSlots[--freeCount] : newSlot();
        priorities[slot] = priority;
        sequences[slot] = nextSequence++;
        actions[slot] = action;
        payloads[slot] = payload;
        siftUp(size++, time, slot);
    }

    private int newSlot() {
        if (slotsInUse == priorities.length) {
            int capacity = 2 * priorities.length;
            heapTimes = Arrays.copyOf(heapTimes, capacity);
            heapSlots = Arrays.copyOf(heapSlots, capacity);
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
        return heapTimes[0];
    }

    @Override
    public void fireFirst() {
        int slot = heapSlots[0];
        int last = --size;
        if (size > 0) {
            siftDown(heapTimes[last], heapSlots[last]);
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

    /** Whether the event (time a, slot a) comes before (time b, slot b). */
    private boolean before(double timeA, int slotA, double timeB, int slotB) {
        if (timeA != timeB) {
            return timeA < timeB;
        }
        int priorityA = priorities[slotA];
        int priorityB = priorities[slotB];
        if (priorityA != priorityB) {
            return priorityA < priorityB;
        }
        return sequences[slotA] < sequences[slotB];
    }

    private void siftUp(int index, double time, int slot) {
        while (index > 0) {
            int parent = (index - 1) >>> log2Arity;
            double parentTime = heapTimes[parent];
            int parentSlot = heapSlots[parent];
            if (!before(time, slot, parentTime, parentSlot)) {
                break;
            }
            heapTimes[index] = parentTime;
            heapSlots[index] = parentSlot;
            index = parent;
        }
        heapTimes[index] = time;
        heapSlots[index] = slot;
    }

    /** Moves the entry (time, slot) down from the root, which is vacant, to its place. */
    private void siftDown(double time, int slot) {
        int index = 0;
        while (true) {
            int firstChild = (index << log2Arity) + 1;
            if (firstChild >= size) {
                break;
            }
            int best = firstChild;
            double bestTime = heapTimes[firstChild];
            int bestSlot = heapSlots[firstChild];
            int end = Math.min(firstChild + arity, size);
            for (int child = firstChild + 1; child < end; child++) {
                double childTime = heapTimes[child];
                int childSlot = heapSlots[child];
                if (before(childTime, childSlot, bestTime, bestSlot)) {
                    best = child;
                    bestTime = childTime;
                    bestSlot = childSlot;
                }
            }
            if (!before(bestTime, bestSlot, time, slot)) {
                break;
            }
            heapTimes[index] = bestTime;
            heapSlots[index] = bestSlot;
            index = best;
        }
        heapTimes[index] = time;
        heapSlots[index] = slot;
    }
}
