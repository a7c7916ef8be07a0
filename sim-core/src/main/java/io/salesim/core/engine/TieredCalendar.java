package io.salesim.core.engine;

import java.util.Arrays;

/**
 * A 4-ary heap for the near events in front of unsorted buckets for the far ones (a ladder queue
 * with one rung). Time is cut into buckets of a fixed width; the heap holds every pending event
 * of the buckets up to its own, and each later bucket keeps its events, whole, in plain arrays in
 * a ring indexed by bucket number, until the heap is about to run dry and the next non-empty
 * bucket is poured into it.
 *
 * <p>Why: a big firm keeps tens of thousands of events pending, most of them days or weeks ahead
 * (repeat orders, an opportunity's next step). In one heap each of them holds a slot for all that
 * time, so firing it reads a slot and sifts through levels that have long left the cache. Here a
 * far event is written once at the end of its bucket's arrays and read once, in sequence, when
 * the bucket is poured; only then does it take a heap slot, one freed a moment before, so the
 * heap and its slots stay as small as a bucket's events.
 *
 * <p>The order is exactly one heap's: by time, then priority, then insertion number, which this
 * calendar hands out and the events keep through the pour. Every event in the heap is earlier
 * than every event in a bucket, because an event's bucket, {@code floor(time / width)}, never
 * decreases as its time grows.
 */
final class TieredCalendar implements EventCalendar {
    private static final int INITIAL_RING = 64;
    private static final int INITIAL_BUCKET_CAPACITY = 4;
    // a far event in a bucket's arrays: its time's bits, priority and insertion number; its action and payload
    private static final int KEYS = 3;
    private static final int HANDLERS = 2;

    private final HeapCalendar near = new HeapCalendar(4);
    private final double width;
    private long nextSequence;
    // the heap holds every pending event whose bucket is at most this one; the ring holds the later ones
    private long nearBucket = Long.MIN_VALUE;
    // bucket b sits at ring position b mod the ring's length (a power of two, longer than the span
    // of pending buckets); a poured bucket keeps its arrays for the next bucket to land there
    private long[][] bucketKeys = new long[INITIAL_RING][];
    private Object[][] bucketHandlers = new Object[INITIAL_RING][];
    private int[] bucketSizes = new int[INITIAL_RING];
    private int farSize;

    /** @param width the buckets' width, in the model's time unit (hours) */
    TieredCalendar(double width) {
        if (!(width > 0 && width < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("bucket width must be positive and finite, was " + width);
        }
        this.width = width;
    }

    @Override
    public void add(double time, int priority, EventAction<Object> action, Object payload) {
        long sequence = nextSequence++;
        long bucket = bucketOf(time);
        if (bucket > nearBucket) {
            if (!near.isEmpty()) {
                addFar(bucket, time, priority, sequence, action, payload);
                return;
            }
            // an empty heap means empty buckets too (the next one is poured before the heap's last event fires)
            nearBucket = bucket;
        }
        near.insert(time, priority, sequence, action, payload);
    }

    private long bucketOf(double time) {
        if (!(Math.abs(time) < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("a tiered calendar takes finite times only, was " + time);
        }
        return (long) Math.floor(time / width);
    }

    private void addFar(long bucket, double time, int priority, long sequence, EventAction<Object> action, Object payload) {
        if (bucket - nearBucket >= bucketSizes.length) {
            lengthenRing(bucket - nearBucket);
        }
        int position = (int) (bucket & (bucketSizes.length - 1));
        int count = bucketSizes[position];
        long[] keys = bucketKeys[position];
        Object[] handlers = bucketHandlers[position];
        if (keys == null) {
            keys = bucketKeys[position] = new long[KEYS * INITIAL_BUCKET_CAPACITY];
            handlers = bucketHandlers[position] = new Object[HANDLERS * INITIAL_BUCKET_CAPACITY];
        } else if (KEYS * count == keys.length) {
            keys = bucketKeys[position] = Arrays.copyOf(keys, 2 * keys.length);
            handlers = bucketHandlers[position] = Arrays.copyOf(handlers, 2 * handlers.length);
        }
        keys[KEYS * count] = Double.doubleToRawLongBits(time);
        keys[KEYS * count + 1] = priority;
        keys[KEYS * count + 2] = sequence;
        handlers[HANDLERS * count] = action;
        handlers[HANDLERS * count + 1] = payload;
        bucketSizes[position] = count + 1;
        farSize++;
    }

    /** Lengthens the ring past {@code span} buckets ahead of the heap's, each pending bucket keeping its arrays. */
    private void lengthenRing(long span) {
        int oldLength = bucketSizes.length;
        long length = oldLength;
        while (length <= span) {
            length *= 2;
        }
        if (length > 1 << 22) {
            throw new IllegalArgumentException("events span more than 2^22 buckets of " + width + " hours");
        }
        long[][] keys = new long[(int) length][];
        Object[][] handlers = new Object[(int) length][];
        int[] sizes = new int[(int) length];
        for (int position = 0; position < oldLength; position++) {
            // the ring holds buckets nearBucket + 1 ... nearBucket + oldLength, one at each position
            long bucket = nearBucket + 1 + ((position - (nearBucket + 1)) & (oldLength - 1));
            int moved = (int) (bucket & (length - 1));
            keys[moved] = bucketKeys[position];
            handlers[moved] = bucketHandlers[position];
            sizes[moved] = bucketSizes[position];
        }
        bucketKeys = keys;
        bucketHandlers = handlers;
        bucketSizes = sizes;
    }

    @Override
    public boolean isEmpty() {
        return near.isEmpty();
    }

    @Override
    public double firstTime() {
        return near.firstTime();
    }

    @Override
    public void fireFirst() {
        // pour before the heap's last event fires, so that whatever it adds finds the heap's bucket moved on
        if (near.size() == 1 && farSize > 0) {
            pourNextBucket();
        }
        near.fireFirst();
    }

    /** Moves the next non-empty bucket into the heap; every event in it is later than every event there. */
    private void pourNextBucket() {
        int mask = bucketSizes.length - 1;
        long bucket = nearBucket + 1;
        while (bucketSizes[(int) (bucket & mask)] == 0) {
            bucket++;
        }
        int position = (int) (bucket & mask);
        int count = bucketSizes[position];
        long[] keys = bucketKeys[position];
        Object[] handlers = bucketHandlers[position];
        for (int i = 0; i < count; i++) {
            @SuppressWarnings("unchecked")  // addFar() stores only EventAction<Object> there
            EventAction<Object> action = (EventAction<Object>) handlers[HANDLERS * i];
            near.insert(Double.longBitsToDouble(keys[KEYS * i]), keys[KEYS * i + 1], keys[KEYS * i + 2], action,
                    handlers[HANDLERS * i + 1]);
        }
        Arrays.fill(handlers, 0, HANDLERS * count, null);
        bucketSizes[position] = 0;
        farSize -= count;
        nearBucket = bucket;
    }

    @Override
    public int size() {
        return near.size() + farSize;
    }

    @Override
    public void clear() {
        near.clear();
        for (int position = 0; position < bucketSizes.length; position++) {
            if (bucketSizes[position] > 0) {
                Arrays.fill(bucketHandlers[position], 0, HANDLERS * bucketSizes[position], null);
                bucketSizes[position] = 0;
            }
        }
        farSize = 0;
        nearBucket = Long.MIN_VALUE;
        nextSequence = 0;
    }
}
