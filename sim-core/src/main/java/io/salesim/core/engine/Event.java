package io.salesim.core.engine;

/**
 * A scheduled event. Events are ordered by (time, priority, insertion order) so that ties
 * replay identically in every run. Cancelling is lazy: the calendar skips a cancelled event.
 */
public final class Event<T> {
    final double time;
    final int priority;
    long sequence;
    private final EventAction<? super T> action;
    private final T payload;
    private boolean cancelled;

    Event(double time, int priority, EventAction<? super T> action, T payload) {
        this.time = time;
        this.priority = priority;
        this.action = action;
        this.payload = payload;
    }

    public double time() {
        return time;
    }

    public T payload() {
        return payload;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Stops the event from firing; cancelling an event that already fired does nothing. */
    public void cancel() {
        cancelled = true;
    }

    void fire() {
        action.handle(payload);
    }

    boolean before(Event<?> other) {
        if (time != other.time) {
            return time < other.time;
        }
        if (priority != other.priority) {
            return priority < other.priority;
        }
        return sequence < other.sequence;
    }
}
