package io.salesim.core.resource;

import io.salesim.core.engine.Counter;
import io.salesim.core.engine.Meaning;
import io.salesim.core.engine.Level;
import io.salesim.core.engine.ModelElement;
import java.util.Arrays;

/**
 * Items waiting for service, first in first out. The queue records its own length (time-weighted), each
 * item's wait and the items that leave it, as {@code <prefix>.queue_length},
 * {@code <prefix>.wait_hours} (with the wait's probability and percentiles, {@link Waits}) and
 * {@code <prefix>.queue_departures_per_week} (an item served on arrival leaves at once with a
 * wait of 0), so Little's law can be checked on it. Items and the times they entered sit in two
 * ring buffers, so a queued item costs no allocation: a flow line queues most of its items.
 */
public final class WaitQueue<T> extends ModelElement {
    private static final int INITIAL_CAPACITY = 64;  // a power of 2, as every later capacity

    private final Level length;
    private final Waits waits;
    private final Counter departures;
    private Object[] items = new Object[INITIAL_CAPACITY];
    private double[] enteredAt = new double[INITIAL_CAPACITY];
    private int head;
    private int size;

    public WaitQueue(ModelElement parent, String name, String metricPrefix) {
        super(parent, name);
        this.length = level(metricPrefix + ".queue_length", Meaning.lower("items").headline());
        this.waits = new Waits(this, metricPrefix, true);
        this.departures = counter(metricPrefix + ".queue_departures_per_week", Meaning.neutral("items/week"));
        declareQueue(metricPrefix, length, departures, waits.hours());
    }

    @Override
    protected void initialize() {
        Arrays.fill(items, null);
        head = 0;
        size = 0;
    }

    public void add(T item) {
        if (size == items.length) {
            grow();
        }
        int tail = (head + size++) & (items.length - 1);
        items[tail] = item;
        enteredAt[tail] = now();
        length.set(size);
    }

    private void grow() {
        Object[] largerItems = new Object[2 * items.length];
        double[] largerTimes = new double[2 * items.length];
        for (int i = 0; i < size; i++) {
            int from = (head + i) & (items.length - 1);
            largerItems[i] = items[from];
            largerTimes[i] = enteredAt[from];
        }
        items = largerItems;
        enteredAt = largerTimes;
        head = 0;
    }

    /** Records an item that was served on arrival, so its zero wait counts in the average. */
    public void recordNoWait() {
        waits.record(0);
        departures.increment();
    }

    /** Removes the next item to serve, records its wait, or returns null when empty. */
    @SuppressWarnings("unchecked")  // only add(T) puts items in
    public T poll() {
        if (size == 0) {
            return null;
        }
        T item = (T) items[head];
        double entered = enteredAt[head];
        items[head] = null;
        head = (head + 1) & (items.length - 1);
        size--;
        length.set(size);
        waits.record(now() - entered);
        departures.increment();
        return item;
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }
}
