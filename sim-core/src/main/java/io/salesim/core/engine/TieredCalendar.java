package io.salesim.core.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
 * than every event in a bucket, because an event's bucket, {@code floor(time × (1 / width))}, never
 * decreases as its time grows.
 */
final class TieredCalendar implements EventCalendar {
    private static final int INITIAL_RING = 64;
    private static final int INITIAL_BUCKET_CAPACITY = 4;
    // a far event in a bucket's arrays: its time's bits, priority and insertion number; its action and payload
    private static final int KEYS = 3;
    private static final int HANDLERS = 2;
    // |time / width| below this: the bucket number is exact, and differences of two never overflow
    private static final double LARGEST_BUCKET = 0x1p53;
    private static final int SPARSER_CLASSES = 3;
    private static final int MAX_START_CLASS = 4;  // 64 events: a 300-event bucket (the 100x firm's half hour) starts there

    /** One bucket's far events, in the order they were added. */
    private static final class Bucket {
        final long[] keys;
        final Object[] handlers;
        // the capacity is INITIAL_BUCKET_CAPACITY << sizeClass
        final int sizeClass;
        int size;

        Bucket(int sizeClass) {
            this.sizeClass = sizeClass;
            int capacity = INITIAL_BUCKET_CAPACITY << sizeClass;
            keys = new long[KEYS * capacity];
            handlers = new Object[HANDLERS * capacity];
        }

        boolean isFull() {
            return KEYS * size == keys.length;
        }
    }

    private final HeapCalendar near = new HeapCalendar(4);
    private final double width;
    private final double bucketsPerHour;  // 1 / width: a product on the hot path, not a division
    private long nextSequence;
    // the heap holds every pending event whose bucket is at most this one; the ring holds the later ones
    private long nearBucket;
    // bucket b sits at ring position b mod the ring's length (a power of two, longer than the span
    // of pending buckets); null when it holds nothing
    private Bucket[] ring = new Bucket[INITIAL_RING];
    private int farSize;
    // emptied buckets by size class, to be reused: the memory held follows the far events pending
    // at once, not every far event of the run, and a warmed-up run allocates nothing
    private final List<ArrayDeque<Bucket>> spare = new ArrayList<>();
    // a new bucket's size class: a few classes below the one the bucket poured last filled (a
    // bucket far ahead fills slowly), so it grows by copying only a few times before it is poured;
    // capped, so that a crowded instant followed by a burst of far events cannot make many large buckets
    private int startClass;

    /** @param width the buckets' width, in the model's time unit (hours) */
    TieredCalendar(double width) {
        if (!(width > 0 && width < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("bucket width must be positive and finite, was " + width);
        }
        this.width = width;
        this.bucketsPerHour = 1 / width;
    }

    @Override
    public void add(double time, int priority, EventAction<Object> action, Object payload) {
        long bucket = bucketOf(time);
        long sequence = nextSequence++;
        if (near.isEmpty()) {
            // an empty heap means empty buckets too (the next one is poured before the heap's last event fires)
            nearBucket = bucket;
        } else if (bucket > nearBucket) {
            addFar(bucket, time, priority, sequence, action, payload);
            return;
        }
        near.insert(time, priority, sequence, action, payload);
    }

    private long bucketOf(double time) {
        double scaled = time * bucketsPerHour;
        if (!(Math.abs(scaled) < LARGEST_BUCKET)) {
            throw new IllegalArgumentException("a tiered calendar of " + width + "-hour buckets takes times below "
                    + LARGEST_BUCKET * width + " in magnitude, was " + time);
        }
        return (long) Math.floor(scaled);
    }

    private void addFar(long bucket, double time, int priority, long sequence, EventAction<Object> action, Object payload) {
        if (bucket - nearBucket >= ring.length) {
            lengthenRing(bucket - nearBucket);
        }
        int position = (int) (bucket & (ring.length - 1));
        Bucket events = ring[position];
        if (events == null) {
            events = ring[position] = take(startClass);
        } else if (events.isFull()) {
            events = ring[position] = larger(events);
        }
        int i = events.size++;
        events.keys[KEYS * i] = Double.doubleToRawLongBits(time);
        events.keys[KEYS * i + 1] = priority;
        events.keys[KEYS * i + 2] = sequence;
        events.handlers[HANDLERS * i] = action;
        events.handlers[HANDLERS * i + 1] = payload;
        farSize++;
    }

    /** A bucket of the next size class holding the full one's events; the full one is put aside, emptied. */
    private Bucket larger(Bucket full) {
        Bucket larger = take(full.sizeClass + 1);
        System.arraycopy(full.keys, 0, larger.keys, 0, KEYS * full.size);
        System.arraycopy(full.handlers, 0, larger.handlers, 0, HANDLERS * full.size);
        larger.size = full.size;
        putAside(full);
        return larger;
    }

    /** The smallest size class that holds {@code events} events. */
    private static int sizeClassFor(int events) {
        return events <= INITIAL_BUCKET_CAPACITY ? 0 : 32 - Integer.numberOfLeadingZeros((events - 1) / INITIAL_BUCKET_CAPACITY);
    }

    private Bucket take(int sizeClass) {
        Bucket events = sizeClass < spare.size() ? spare.get(sizeClass).poll() : null;
        return events != null ? events : new Bucket(sizeClass);
    }

    /** Empties a bucket (dropping its references, for the collector) and keeps it for reuse. */
    private void putAside(Bucket events) {
        Arrays.fill(events.handlers, 0, HANDLERS * events.size, null);
        events.size = 0;
        while (spare.size() <= events.sizeClass) {
            spare.add(new ArrayDeque<>());
        }
        spare.get(events.sizeClass).push(events);
    }

    /** Lengthens the ring past {@code span} buckets ahead of the heap's, each pending bucket keeping its place. */
    private void lengthenRing(long span) {
        int oldLength = ring.length;
        long length = oldLength;
        while (length <= span) {
            length *= 2;
        }
        if (length > 1 << 22) {
            throw new IllegalArgumentException("events span more than 2^22 buckets of " + width + " hours");
        }
        Bucket[] longer = new Bucket[(int) length];
        for (int position = 0; position < oldLength; position++) {
            // the ring holds buckets nearBucket + 1 ... nearBucket + oldLength - 1, one at each position
            long bucket = nearBucket + 1 + ((position - (nearBucket + 1)) & (oldLength - 1));
            longer[(int) (bucket & (length - 1))] = ring[position];
        }
        ring = longer;
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
        int mask = ring.length - 1;
        long bucket = nearBucket + 1;
        while (ring[(int) (bucket & mask)] == null) {
            bucket++;
        }
        int position = (int) (bucket & mask);
        Bucket events = ring[position];
        long[] keys = events.keys;
        Object[] handlers = events.handlers;
        for (int i = 0; i < events.size; i++) {
            @SuppressWarnings("unchecked")  // addFar() stores only EventAction<Object> there
            EventAction<Object> action = (EventAction<Object>) handlers[HANDLERS * i];
            near.insert(Double.longBitsToDouble(keys[KEYS * i]), keys[KEYS * i + 1], keys[KEYS * i + 2], action,
                    handlers[HANDLERS * i + 1]);
        }
        farSize -= events.size;
        startClass = Math.min(MAX_START_CLASS, Math.max(0, sizeClassFor(events.size) - SPARSER_CLASSES));
        putAside(events);
        ring[position] = null;
        nearBucket = bucket;
    }

    @Override
    public int size() {
        return near.size() + farSize;
    }

    @Override
    public void clear() {
        near.clear();
        for (int position = 0; position < ring.length; position++) {
            if (ring[position] != null) {
                putAside(ring[position]);
                ring[position] = null;
            }
        }
        farSize = 0;
        nextSequence = 0;
    }
}
