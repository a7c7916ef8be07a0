package io.salesim.core.resource;

import io.salesim.core.engine.Counter;
import io.salesim.core.engine.Meaning;
import io.salesim.core.engine.Level;
import io.salesim.core.engine.ModelElement;

/**
 * Items waiting for service. The queue records its own length (time-weighted), each
 * item's wait and the items that leave it, as {@code <prefix>.queue_length},
 * {@code <prefix>.wait_hours} (with the wait's probability and percentiles, {@link Waits}) and
 * {@code <prefix>.queue_departures_per_week} (an item served on arrival leaves at once with a
 * wait of 0), so Little's law can be checked on it.
 */
public final class WaitQueue<T> extends ModelElement {
    private final WaitingLine<T> line;
    private final Level length;
    private final Waits waits;
    private final Counter departures;
    private long sequence;

    public WaitQueue(ModelElement parent, String name, QueueDiscipline discipline, String metricPrefix) {
        super(parent, name);
        this.line = new WaitingLine<>(discipline);
        this.length = level(metricPrefix + ".queue_length", Meaning.lower("items").headline());
        this.waits = new Waits(this, metricPrefix, true);
        this.departures = counter(metricPrefix + ".queue_departures_per_week", Meaning.neutral("items/week"));
        declareQueue(metricPrefix, length, departures, waits.hours());
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
        departures.increment();
    }

    /** Removes the next item to serve, records its wait, or returns null when empty. */
    public T poll() {
        WaitingLine.Entry<T> entry = line.removeHead();
        if (entry == null) {
            return null;
        }
        length.set(line.size());
        waits.record(now() - entry.enteredAt());
        departures.increment();
        return entry.item();
    }

    public int size() {
        return line.size();
    }

    public boolean isEmpty() {
        return line.isEmpty();
    }
}
