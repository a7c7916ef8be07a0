package io.salesim.core.engine;

import java.util.Arrays;

/**
 * A d-ary heap (d = 2 or 4) of event slots, optionally in front of buckets of far events. An
 * event lives in a slot: its priority and insertion number in primitive arrays, its action and
 * payload in reference arrays, and a fired event's slot is reused by the next one added, so once
 * a run has warmed up nothing is allocated. The heap keeps each entry's time beside its slot
 * number, in heap order, so sifting compares times that sit side by side in memory (a 4-ary
 * node's children share a cache line) and looks a slot up only to break a tie.
 *
 * <p>With a finite bucket width the calendar has two tiers (a ladder queue with one rung): time
 * is cut into buckets of that width, the heap holds only the events of the buckets up to the
 * current one, and each later bucket keeps its events unsorted in a plain array, in a ring
 * indexed by bucket number. When the heap runs dry the next non-empty bucket is poured into it.
 * A big firm keeps tens of thousands of events pending, most of them days or weeks ahead
 * (repeat orders, opportunities' next steps); behind buckets they wait in arrays written in
 * sequence, and the heap the hot path sifts through stays small enough for the cache. The order
 * is exactly the heap's: every event in the heap is earlier than every event in a bucket,
 * because an event's bucket, {@code (long) (time / width)}, never decreases as time grows.
 */
final class HeapCalendar implements EventCalendar {
    private static final int INITIAL_CAPACITY = 256;
    private static final int INITIAL_BUCKETS = 64;
    private static final int INITIAL_BUCKET_CAPACITY = 16;

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

    // the far tier, if any: buckets of this width
    private final boolean tiered;
    private final double bucketWidth;
    // the heap holds every pending event of the buckets up to this one, the ring all later ones
    private long heapBucket = Long.MIN_VALUE;
    // bucket b sits at ring position b mod the ring's length (a power of two, longer than the
    // span of pending buckets); a drained bucket keeps its arrays for the bucket that next lands there
    private double[][] bucketTimes = new double[INITIAL_BUCKETS][];
    private int[][] bucketSlots = new int[INITIAL_BUCKETS][];
    private int[] bucketSizes = new int[INITIAL_BUCKETS];
    private int farSize;

    /** @param arity children per node: 2 (binary heap) or 4 */
    HeapCalendar(int arity) {
        this(arity, Double.POSITIVE_INFINITY);
    }

    /**
     * @param arity       children per node: 2 (binary heap) or 4
     * @param bucketWidth the far tier's bucket width in hours; infinity for the heap alone
     */
    HeapCalendar(int arity, double bucketWidth) {
        if (arity != 2 && arity != 4) {
            throw new IllegalArgumentException("arity must be 2 or 4, was " + arity);
        }
        if (!(bucketWidth > 0)) {
            throw new IllegalArgumentException("bucket width must be positive, was " + bucketWidth);
        }
        this.arity = arity;
        this.log2Arity = Integer.numberOfTrailingZeros(arity);
        this.bucketWidth = bucketWidth;
        this.tiered = bucketWidth < Double.POSITIVE_INFINITY;
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
        if (!tiered) {
            siftUp(size++, time, slot);
            return;
        }
        long bucket = (long) (time / bucketWidth);
        if (bucket <= heapBucket) {
            siftUp(size++, time, slot);
        } else if (size == 0) {
            // an empty heap means empty buckets too: the heap moves on to this event's bucket
            heapBucket = bucket;
            siftUp(size++, time, slot);
        } else {
            addFar(bucket, time, slot);
        }
    }

    private void addFar(long bucket, double time, int slot) {
        if (!Double.isFinite(time)) {
            throw new IllegalArgumentException("a calendar with buckets takes finite times only, was " + time);
        }
        if (bucket - heapBucket >= bucketSizes.length) {
            growRing(bucket - heapBucket);
        }
        int position = (int) (bucket & (bucketSizes.length - 1));
        int count = bucketSizes[position];
        if (bucketSlots[position] == null) {
            bucketTimes[position] = new double[INITIAL_BUCKET_CAPACITY];
            bucketSlots[position] = new int[INITIAL_BUCKET_CAPACITY];
        } else if (count == bucketSlots[position].length) {
            bucketTimes[position] = Arrays.copyOf(bucketTimes[position], 2 * count);
            bucketSlots[position] = Arrays.copyOf(bucketSlots[position], 2 * count);
        }
        bucketTimes[position][count] = time;
        bucketSlots[position][count] = slot;
        bucketSizes[position] = count + 1;
        farSize++;
    }

    /** Lengthens the ring past {@code span} buckets ahead of the heap's, each bucket keeping its arrays. */
    private void growRing(long span) {
        int oldLength = bucketSizes.length;
        long length = oldLength;
        while (length <= span) {
            length *= 2;
        }
        if (length > 1 << 30) {
            throw new IllegalArgumentException("events span more than 2^30 buckets of " + bucketWidth + " h");
        }
        double[][] times = new double[(int) length][];
        int[][] slots = new int[(int) length][];
        int[] sizes = new int[(int) length];
        for (int position = 0; position < oldLength; position++) {
            // the ring holds buckets heapBucket + 1 ... heapBucket + oldLength, one at each position
            long bucket = heapBucket + 1 + ((position - (heapBucket + 1)) & (oldLength - 1));
            int moved = (int) (bucket & (length - 1));
            times[moved] = bucketTimes[position];
            slots[moved] = bucketSlots[position];
            sizes[moved] = bucketSizes[position];
        }
        bucketTimes = times;
        bucketSlots = slots;
        bucketSizes = sizes;
    }

    /** Pours the next non-empty bucket into the heap, which is empty. */
    private void pourNextBucket() {
        int mask = bucketSizes.length - 1;
        long bucket = heapBucket + 1;
        while (bucketSizes[(int) (bucket & mask)] == 0) {
            bucket++;
        }
        int position = (int) (bucket & mask);
        int count = bucketSizes[position];
        double[] times = bucketTimes[position];
        int[] slots = bucketSlots[position];
        for (int i = 0; i < count; i++) {
            siftUp(size++, times[i], slots[i]);
        }
        bucketSizes[position] = 0;
        farSize -= count;
        heapBucket = bucket;
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
        } else if (farSize > 0) {
            pourNextBucket();
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
        return size + farSize;
    }

    @Override
    public void clear() {
        Arrays.fill(actions, 0, slotsInUse, null);
        Arrays.fill(payloads, 0, slotsInUse, null);
        size = 0;
        Arrays.fill(bucketSizes, 0);
        farSize = 0;
        heapBucket = Long.MIN_VALUE;
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
