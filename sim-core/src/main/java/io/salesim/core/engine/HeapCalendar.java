package io.salesim.core.engine;

import java.util.Arrays;

/**
 * A d-ary heap (d = 2 or 4) of event slots. An event lives in a slot: its priority and insertion
 * number side by side in a primitive array, its action and payload side by side in a reference
 * array (one cache line to fetch when the event fires), and a fired event's
 * slot is reused by the next one added, so once a run has warmed up nothing is allocated. The
 * heap keeps each entry's time beside its slot number, in heap order and in one array, so
 * sifting compares times that sit side by side in memory (a 4-ary node's four children, times
 * and slots, take 64 bytes) and looks a slot up only to break a tie.
 */
final class HeapCalendar implements EventCalendar {
    private static final int INITIAL_CAPACITY = 256;

    private final int log2Arity;
    private final int arity;
    // the heap, in heap order: each entry's time (its bits) then its slot, so a 4-ary node's
    // children, times and slots, sit in 64 bytes
    private long[] heap = new long[2 * INITIAL_CAPACITY];
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
        int slot = freeCount > 0 ? freeSlots[--freeCount] : newSlot();
        ranks[2 * slot] = priority;
        ranks[2 * slot + 1] = nextSequence++;
        handlers[2 * slot] = action;
        handlers[2 * slot + 1] = payload;
        siftUp(size++, time, slot);
    }

    private int newSlot() {
        if (slotsInUse == freeSlots.length) {
            int capacity = 2 * freeSlots.length;
            heap = Arrays.copyOf(heap, 2 * capacity);
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
        return Double.longBitsToDouble(heap[0]);
    }

    @Override
    public void fireFirst() {
        int slot = (int) heap[1];
        int last = --size;
        if (size > 0) {
            siftDown(Double.longBitsToDouble(heap[2 * last]), (int) heap[2 * last + 1]);
        }
        @SuppressWarnings("unchecked")  // add() stores only EventAction<Object> there
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
            long parentBits = heap[2 * parent];
            int parentSlot = (int) heap[2 * parent + 1];
            if (!before(time, slot, Double.longBitsToDouble(parentBits), parentSlot)) {
                break;
            }
            heap[2 * index] = parentBits;
            heap[2 * index + 1] = parentSlot;
            index = parent;
        }
        heap[2 * index] = Double.doubleToRawLongBits(time);
        heap[2 * index + 1] = slot;
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
            double bestTime = Double.longBitsToDouble(heap[2 * firstChild]);
            int bestSlot = (int) heap[2 * firstChild + 1];
            int end = Math.min(firstChild + arity, size);
            for (int child = firstChild + 1; child < end; child++) {
                double childTime = Double.longBitsToDouble(heap[2 * child]);
                int childSlot = (int) heap[2 * child + 1];
                if (before(childTime, childSlot, bestTime, bestSlot)) {
                    best = child;
                    bestTime = childTime;
                    bestSlot = childSlot;
                }
            }
            if (!before(bestTime, bestSlot, time, slot)) {
                break;
            }
            heap[2 * index] = Double.doubleToRawLongBits(bestTime);
            heap[2 * index + 1] = bestSlot;
            index = best;
        }
        heap[2 * index] = Double.doubleToRawLongBits(time);
        heap[2 * index + 1] = slot;
    }
}
