package io.salesim.core.resource;

import io.salesim.core.engine.Level;
import io.salesim.core.engine.ModelElement;
import io.salesim.core.engine.Observations;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.Queue;

/**
 * Items waiting for service. The queue records its own length (time-weighted) and each
 * item's wait, as {@code <prefix>.queue_length} and {@code <prefix>.wait_hours}.
 */
public final class WaitQueue<T> extends ModelElement {
    private static final Comparator<Entry<?>> BY_PRIORITY = Comparator
            .comparingDouble((Entry<?> e) -> -e.priority).thenComparingLong(e -> e.sequence);
    private static final Comparator<Entry<?>> BY_DUE_DATE = Comparator
            .comparingDouble((Entry<?> e) -> e.dueHours).thenComparingLong(e -> e.sequence);

    private final QueueDiscipline discipline;
    private final Queue<Entry<T>> entries;
    private final Level length;
    private final Observations waitHours;
    private long sequence;

    private record Entry<T>(T item, double enteredAt, double priority, double dueHours, long sequence) {
    }

    public WaitQueue(ModelElement parent, String name, QueueDiscipline discipline, String metricPrefix) {
        super(parent, name);
        this.discipline = discipline;
        this.entries = switch (discipline) {
            case FIFO -> new ArrayDeque<>();
            case PRIORITY -> new PriorityQueue<>(BY_PRIORITY);
            case EARLIEST_DUE_DATE -> new PriorityQueue<>(BY_DUE_DATE);
        };
        this.length = level(metricPrefix + ".queue_length", "items");
        this.waitHours = observations(metricPrefix + ".wait_hours", "hours");
    }

    @Override
    protected void initialize() {
        entries.clear();
        sequence = 0;
    }

    public QueueDiscipline discipline() {
        return discipline;
    }

    public void add(T item) {
        add(item, 0, Double.POSITIVE_INFINITY);
    }

    public void add(T item, double priority, double dueHours) {
        entries.add(new Entry<>(item, now(), priority, dueHours, sequence++));
        length.set(entries.size());
    }

    /** Records an item that was served on arrival, so its zero wait counts in the average. */
    public void recordNoWait() {
        waitHours.record(0);
    }

    /** Removes the next item to serve, records its wait, or returns null when empty. */
    public T poll() {
        Entry<T> entry = entries.poll();
        if (entry == null) {
            return null;
        }
        length.set(entries.size());
        waitHours.record(now() - entry.enteredAt);
        return entry.item;
    }

    public int size() {
        return entries.size();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public Level length() {
        return length;
    }

    public Observations waitHours() {
        return waitHours;
    }
}
