package io.salesim.core.engine;

import java.util.Objects;

/**
 * The three statistics of one queue that Little's law ties together — its time-averaged
 * length L, the rate λ at which items leave it and their mean time in it W, so that L = λW
 * in a steady state — named by the {@code subject} that owns them (a station, a role, the system).
 * Declared by the model element that keeps the queue, so run diagnostics know which series are
 * queues without guessing from metric names. A pile of work with no time in it (the dice game's
 * buffers, counted once a round) has only its length: {@code departuresPerWeek} and
 * {@code timeHours} are then null, and Little's law is not checked on it.
 */
public record QueueMetrics(String subject, String length, String departuresPerWeek, String timeHours) {
    public QueueMetrics {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(length, "length");
        if ((departuresPerWeek == null) != (timeHours == null)) {
            throw new IllegalArgumentException("queue '" + subject + "': give both the departures and the time, or neither");
        }
    }

    /** A queue whose length alone is known. */
    public static QueueMetrics lengthOnly(String subject, String length) {
        return new QueueMetrics(subject, length, null, null);
    }

    /** Whether Little's law can be checked on it. */
    public boolean hasLittleTriple() {
        return departuresPerWeek != null;
    }
}
