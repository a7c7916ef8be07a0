package io.salesim.core.resource;

import io.salesim.core.engine.Meaning;
import io.salesim.core.engine.Level;
import io.salesim.core.engine.ModelElement;

/**
 * Items waiting for service. The queue records its own length (time-weighted) and each
 * item's wait, as {@code <prefix>.queue_length}, {@code <prefix>.wait_hours} and the wait's
 * probability and percentiles ({@link Waits}).
 */
public final class WaitQueue<T> extends ModelElement {
    private final WaitingLine<T> line;
    private final Level length;
    private final Waits waits;
    private long sequence;

    public WaitQueue(ModelElement parent, String name, QueueDiscipline discipline, String metricPrefix) {
        super(parent, name);
        this.line = new WaitingLine<>(discipline);
        this.length = level(metricPrefix + ".queue_length", Meaning.lower("items").headline());
        this.waits = new Waits(this, metricPrefix, true);
    }

    @Override
    protected void initialize() {
        line.clear();
        sequence = 0;
    }

    public void add(T item) {
        add(item, 0, Double.POSITIVE_INFINITY);
    }

    public void add(T item, double priority, double dueHours) {
        line.add(new WaitingLine.Entry<>(item, now(), priority, dueHours, Double.POSITIVE_INFINITY, 0, sequence++));
        length.set(line.size());
    }

    /** Records an item that was served on arrival, so its zero wait counts in the average. */
    public void recordNoWait() {
        waits.record(0);
    }

    /** Removes the next item to serve, records its wait, or returns null when empty. */
    public T poll() {
        WaitingLine.Entry<T> entry = line.removeHead();
        if (entry == null) {
            return null;
        }
        length.set(line.size());
        waits.record(now() - entry.enteredAt());
        return entry.item();
    }

    public int size() {
        return line.size();
    }

    public boolean isEmpty() {
        return line.isEmpty();
    }
}
