package io.salesim.core.engine;

import java.util.Objects;

/**
 * The three statistics of one queue that Little's law ties together — its time-averaged
 * length L, the rate λ at which items leave it and their mean time in it W, so that L = λW
 * in a steady state — named by the {@code subject} that owns them (a station, a role, the system).
 * Declared by the model element that keeps the queue, so run diagnostics know which series are
 * queues without guessing from metric names.
 */
public record QueueMetrics(String subject, String length, String departuresPerWeek, String timeHours) {
    public QueueMetrics {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(length, "length");
        Objects.requireNonNull(departuresPerWeek, "departuresPerWeek");
        Objects.requireNonNull(timeHours, "timeHours");
    }
}
