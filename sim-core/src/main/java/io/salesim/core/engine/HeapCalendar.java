package io.salesim.core.engine;

import java.util.Arrays;

/**
 * A d-ary heap (d = 2 or 4) of event slots. An event lives in a slot: its priority and insertion
 * number side by side in a primitive array, its action and payload side by side in a reference
 * array (one cache line to fetch when the event fires), and a fired event's
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
    // per slot, interleaved: priority and insertion number side by side, and action and payload
    // side by side, so firing an event added long ago (its slot out of the cache) misses one
    // line for both, not two
    private long[] ranks = new long[2 * INITIAL_CAPACITY];      // priority, sequence
    private Object[] handlers = new Object[2 * INITIAL_CAPACITY]; // action, payload
    // slots below slotsInUse that are free again, as a stack
    private int[] freeSlots = new int[INITIAL_CAPACITY];
    private int freeCount;
    private int slotsInUse;
    // insertion numbers for add(); a calendar in front of this heap hands out its own (insert)
    private long nextSequence;

    /** @param arity children per node: 2 (binary heap) or 4 */
    HeapCalendar(int arity) {
        if (arity != 2 && arity != 4) {
            throw new IllegalArgumentException("arity must be 2 or 4, was " + arity);
        }
        this.arity = arity;
        this.log2Arity = Integer.numberOfTrailingZeros(arity);
    }

    @Override
    public void add(double time, int priority, EventAction<Object> action, Object payload) {
        insert(time, priority, nextSequence++, action, payload);
    }

    /** Adds an event whose insertion number was given by a calendar in front of this heap ({@link TieredCalendar}). */
    void insert(double time, long priority, long sequence, EventAction<Object> action, Object payload) {
        int slot = freeCount > 0 ? freeSlots[--freeCount] : newSlot();
        ranks[2 * slot] = priority;
        ranks[2 * slot + 1] = sequence;
        handlers[2 * slot] = action;
        handlers[2 * slot + 1] = payload;
        siftUp(size++, time, slot);
    }

    private int newSlot() {
        if (slotsInUse == heapSlots.length) {
            int capacity = 2 * heapSlots.length;
            heapTimes = Arrays.copyOf(heapTimes, capacity);
            heapSlots = Arrays.copyOf(heapSlots, capacity);
            ranks = Arrays.copyOf(ranks, 2 * capacity);
            handlers = Arrays.copyOf(handlers, 2 * capacity);
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
        @SuppressWarnings("unchecked")  // insert() stores only EventAction<Object> there
        EventAction<Object> action = (EventAction<Object>) handlers[2 * slot];
        Object payload = handlers[2 * slot + 1];
        handlers[2 * slot] = null;
        handlers[2 * slot + 1] = null;
        freeSlots[freeCount++] = slot;
        action.handle(payload);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public void clear() {
        Arrays.fill(handlers, 0, 2 * slotsInUse, null);
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
        long priorityA = ranks[2 * slotA];
        long priorityB = ranks[2 * slotB];
        if (priorityA != priorityB) {
            return priorityA < priorityB;
        }
        return ranks[2 * slotA + 1] < ranks[2 * slotB + 1];
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
