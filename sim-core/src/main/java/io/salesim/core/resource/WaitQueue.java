package io.salesim.core.resource;

import io.salesim.core.engine.Meaning;
import io.salesim.core.engine.Level;
import io.salesim.core.engine.ModelElement;
import io.salesim.core.engine.Observations;

/**
 * Items waiting for service. The queue records its own length (time-weighted) and each
 * item's wait, as {@code <prefix>.queue_length} and {@code <prefix>.wait_hours}.
 */
public final class WaitQueue<T> extends ModelElement {
    private final WaitingLine<T> line;
    private final Level length;
    private final Observations waitHours;
    private long sequence;

    public WaitQueue(ModelElement parent, String name, QueueDiscipline discipline, String metricPrefix) {
        super(parent, name);
        this.line = new WaitingLine<>(discipline);
        this.length = level(metricPrefix + ".queue_length", Meaning.lower("items").headline());
        this.waitHours = observations(metricPrefix + ".wait_hours", Meaning.lower("hours").headline());
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
        waitHours.record(0);
    }

    /** Removes the next item to serve, records its wait, or returns null when empty. */
    public T poll() {
        WaitingLine.Entry<T> entry = line.removeHead();
        if (entry == null) {
            return null;
        }
        length.set(line.size());
        waitHours.record(now() - entry.enteredAt());
        return entry.item();
    }

    public int size() {
        return line.size();
    }

    public boolean isEmpty() {
        return line.isEmpty();
    }
}
