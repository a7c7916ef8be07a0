package io.salesim.core.resource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Items waiting, in the order a discipline serves them; the data structure behind
 * {@link Resource}, which records the statistics. An entry may expire: met at the head (or
 * swept) after its expiry, it lapses instead of being served.
 *
 * <p>Laid out as the event calendar is: each waiting item lives in a slot, its fields in a
 * reference array and a primitive one (no object per entry), and a 4-ary heap of slot numbers keeps
 * each entry's sort key and sequence number beside it, so sifting compares numbers that sit
 * side by side in memory instead of following a reference per comparison to an entry object
 * (a big firm's queues hold thousands of entries, each last touched thousands of events
 * earlier). A freed slot is reused by the next entry, so a warmed-up line allocates nothing.
 * The order served is a strict total order (key, then sequence, unique within the owner), so
 * it is the same whatever the heap's layout; every list handed out (drained, lapsed) is sorted
 * in it.
 */
final class WaitingLine<T> {
    /**
     * One waiting item, as handed out by {@link #drain} and {@link #sweep} (and put back by
     * {@link #add(Entry)}). {@code key} is what the discipline orders by (priority, due date,
     * nothing for FIFO); {@code sequence} is global to the owner, so entries of several lines
     * compare FIFO. {@code granted} and {@code onDone} are the owner's, carried unread.
     */
    record Entry<T>(T item, Object granted, Object onDone, double enteredAt, double key, double expiresAt,
                    double workHours, long sequence) {
    }

    private static final int INITIAL_CAPACITY = 8;
    private static final int LOG2_ARITY = 2;
    private static final int ARITY = 1 << LOG2_ARITY;
    private static final int REFERENCES = 3;
    private static final int TIMES = 3;
    private static final double[] NO_DOUBLES = {};
    private static final long[] NO_LONGS = {};
    private static final int[] NO_INTS = {};
    private static final Object[] NO_OBJECTS = {};

    // written out rather than chained (comparingDouble(...).thenComparingLong(...)): drains sort with them
    private static final Comparator<Entry<?>> FIFO = (a, b) -> Long.compare(a.sequence(), b.sequence());
    private static final Comparator<Entry<?>> BY_PRIORITY = (a, b) -> {
        int byPriority = Double.compare(b.key(), a.key());  // higher first
        return byPriority != 0 ? byPriority : Long.compare(a.sequence(), b.sequence());
    };
    private static final Comparator<Entry<?>> BY_DUE_DATE = (a, b) -> {
        int byDue = Double.compare(a.key(), b.key());
        return byDue != 0 ? byDue : Long.compare(a.sequence(), b.sequence());
    };

    private final QueueDiscipline discipline;
    private final boolean higherFirst;
    private final Comparator<Entry<?>> order;
    // the heap, in heap order: key and sequence beside the slot, so sifting reads no slot. Every
    // array starts empty and is made on the first add: most servers' own lines are never used,
    // and a big firm's servers then sit close together in memory instead of among empty arrays
    private double[] heapKeys = NO_DOUBLES;
    private long[] heapSequences = NO_LONGS;
    private int[] heapSlots = NO_INTS;
    private int size;
    // per slot, interleaved: an entry's references side by side, and its times side by side, so
    // serving an entry that waited long (and left the cache) misses two cache lines, not six
    private Object[] references = NO_OBJECTS;  // item, granted, onDone
    private double[] times = NO_DOUBLES;       // enteredAt, expiresAt, workHours
    private int[] freeSlots = NO_INTS;
    private int freeCount;
    private int slotsInUse;

    WaitingLine(QueueDiscipline discipline) {
        this.discipline = discipline;
        this.higherFirst = discipline == QueueDiscipline.PRIORITY;
        this.order = order(discipline);
    }

    static Comparator<Entry<?>> order(QueueDiscipline discipline) {
        return switch (discipline) {
            case FIFO -> FIFO;
            case PRIORITY -> BY_PRIORITY;
            case EARLIEST_DUE_DATE -> BY_DUE_DATE;
        };
    }

    /** What this line orders by: the priority (higher first), the due date (earlier first), or nothing (FIFO). */
    double key(double priority, double dueHours) {
        return switch (discipline) {
            case FIFO -> 0;
            case PRIORITY -> priority;
            case EARLIEST_DUE_DATE -> dueHours;
        };
    }

    void clear() {
        Arrays.fill(references, 0, REFERENCES * slotsInUse, null);
        size = 0;
        freeCount = 0;
        slotsInUse = 0;
    }

    void add(Entry<T> entry) {
        add(entry.item(), entry.granted(), entry.onDone(), entry.enteredAt(), entry.key(), entry.expiresAt(), entry.workHours(),
                entry.sequence());
    }

    /** Adds an item; {@code key} as {@link #key} gives it. */
    void add(T item, Object granted, Object onDone, double enteredAt, double key, double expiresAt, double hours, long sequence) {
        int slot = freeCount > 0 ? freeSlots[--freeCount] : newSlot();
        int r = REFERENCES * slot;
        references[r] = item;
        references[r + 1] = granted;
        references[r + 2] = onDone;
        int t = TIMES * slot;
        times[t] = enteredAt;
        times[t + 1] = expiresAt;
        times[t + 2] = hours;
        siftUp(size++, key, sequence, slot);
    }

    /** A slot never used before; the heap grows with the slots, as every entry in it holds one. */
    private int newSlot() {
        if (slotsInUse == freeSlots.length) {
            int capacity = freeSlots.length == 0 ? INITIAL_CAPACITY : 2 * freeSlots.length;
            references = Arrays.copyOf(references, REFERENCES * capacity);
            times = Arrays.copyOf(times, TIMES * capacity);
            freeSlots = Arrays.copyOf(freeSlots, capacity);
            heapKeys = Arrays.copyOf(heapKeys, capacity);
            heapSequences = Arrays.copyOf(heapSequences, capacity);
            heapSlots = Arrays.copyOf(heapSlots, capacity);
        }
        return slotsInUse++;
    }

    /**
     * Whether an entry is left to serve; expired entries met at the head go to {@code lapsed}
     * first. The head is then read with {@link #headItem} and its kin, and taken with {@link #removeHead}.
     */
    boolean peekLive(double now, Consumer<Entry<T>> lapsed) {
        while (size > 0) {
            int slot = heapSlots[0];
            if (!(times[TIMES * slot + 1] < now)) {
                return true;
            }
            Entry<T> head = entry(0);
            removeHead();
            lapsed.accept(head);
        }
        return false;
    }

    @SuppressWarnings("unchecked")  // only add(T ...) puts items in
    T headItem() {
        return (T) references[REFERENCES * heapSlots[0]];
    }

    Object headGranted() {
        return references[REFERENCES * heapSlots[0] + 1];
    }

    Object headOnDone() {
        return references[REFERENCES * heapSlots[0] + 2];
    }

    double headEnteredAt() {
        return times[TIMES * heapSlots[0]];
    }

    double headWorkHours() {
        return times[TIMES * heapSlots[0] + 2];
    }

    /** Whether this line's head is served before {@code other}'s (both non-empty, of this discipline). */
    boolean headBefore(WaitingLine<?> other) {
        return before(heapKeys[0], heapSequences[0], other.heapKeys[0], other.heapSequences[0]);
    }

    /** Removes the head (the line must not be empty). */
    void removeHead() {
        int slot = heapSlots[0];
        free(slot);
        int last = --size;
        if (last > 0) {
            siftDown(0, heapKeys[last], heapSequences[last], heapSlots[last]);
        }
    }

    private void free(int slot) {
        int r = REFERENCES * slot;
        references[r] = null;
        references[r + 1] = null;
        references[r + 2] = null;
        freeSlots[freeCount++] = slot;
    }

    /** Drops every expired entry wherever it waits (to {@code lapsed}, in service order), so work that never reaches the head cannot pile up. */
    void sweep(double now, Consumer<Entry<T>> lapsed) {
        List<Entry<T>> expired = removeWhere(index -> times[TIMES * heapSlots[index] + 1] < now);
        if (!expired.isEmpty()) {
            expired.sort(order);
            expired.forEach(lapsed);
        }
    }

    /** Removes every entry, in service order. */
    List<Entry<T>> drain() {
        List<Entry<T>> all = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            all.add(entry(i));
        }
        all.sort(order);
        clear();
        return all;
    }

    /** Removes the entries {@code which} accepts, in service order; the others keep their order. */
    List<Entry<T>> drain(Predicate<? super Entry<T>> which) {
        List<Entry<T>> out = removeWhere(index -> which.test(entry(index)));
        out.sort(order);
        return out;
    }

    private interface IndexTest {
        boolean test(int heapIndex);
    }

    /** Takes out the entries at the heap indices {@code which} accepts (in heap order) and restores the heap. */
    private List<Entry<T>> removeWhere(IndexTest which) {
        List<Entry<T>> out = new ArrayList<>();
        int kept = 0;
        for (int i = 0; i < size; i++) {
            if (which.test(i)) {
                out.add(entry(i));
                free(heapSlots[i]);
            } else {
                heapKeys[kept] = heapKeys[i];
                heapSequences[kept] = heapSequences[i];
                heapSlots[kept] = heapSlots[i];
                kept++;
            }
        }
        if (!out.isEmpty()) {
            size = kept;
            // Floyd's heap construction: sift every inner node down, last first
            for (int i = (size - 2) >> LOG2_ARITY; i >= 0; i--) {
                siftDown(i, heapKeys[i], heapSequences[i], heapSlots[i]);
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")  // only add(T ...) puts items in
    private Entry<T> entry(int heapIndex) {
        int r = REFERENCES * heapSlots[heapIndex];
        int t = TIMES * heapSlots[heapIndex];
        return new Entry<>((T) references[r], references[r + 1], references[r + 2], times[t], heapKeys[heapIndex], times[t + 1],
                times[t + 2], heapSequences[heapIndex]);
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Whether (key a, sequence a) is served before (key b, sequence b): as {@link #order}, in numbers. */
    private boolean before(double keyA, long sequenceA, double keyB, long sequenceB) {
        int byKey = higherFirst ? Double.compare(keyB, keyA) : Double.compare(keyA, keyB);
        return byKey != 0 ? byKey < 0 : sequenceA < sequenceB;
    }

    private void siftUp(int index, double key, long sequence, int slot) {
        while (index > 0) {
            int parent = (index - 1) >>> LOG2_ARITY;
            double parentKey = heapKeys[parent];
            long parentSequence = heapSequences[parent];
            if (!before(key, sequence, parentKey, parentSequence)) {
                break;
            }
            heapKeys[index] = parentKey;
            heapSequences[index] = parentSequence;
            heapSlots[index] = heapSlots[parent];
            index = parent;
        }
        heapKeys[index] = key;
        heapSequences[index] = sequence;
        heapSlots[index] = slot;
    }

    /** Moves the entry (key, sequence, slot) down from {@code index}, which is vacant, to its place. */
    private void siftDown(int index, double key, long sequence, int slot) {
        while (true) {
            int firstChild = (index << LOG2_ARITY) + 1;
            if (firstChild >= size) {
                break;
            }
            int best = firstChild;
            double bestKey = heapKeys[firstChild];
            long bestSequence = heapSequences[firstChild];
            int end = Math.min(firstChild + ARITY, size);
            for (int child = firstChild + 1; child < end; child++) {
                double childKey = heapKeys[child];
                long childSequence = heapSequences[child];
                if (before(childKey, childSequence, bestKey, bestSequence)) {
                    best = child;
                    bestKey = childKey;
                    bestSequence = childSequence;
                }
            }
            if (!before(bestKey, bestSequence, key, sequence)) {
                break;
            }
            heapKeys[index] = bestKey;
            heapSequences[index] = bestSequence;
            heapSlots[index] = heapSlots[best];
            index = best;
        }
        heapKeys[index] = key;
        heapSequences[index] = sequence;
        heapSlots[index] = slot;
    }
}
