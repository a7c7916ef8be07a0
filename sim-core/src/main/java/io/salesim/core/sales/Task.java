package io.salesim.core.sales;

import io.salesim.core.engine.EventAction;

/** One piece of work waiting for, or in the hands of, a role. Lives only while the work is live. */
final class Task {
    /** A task that needs nothing done after it. */
    static final EventAction<Task> NOTHING = t -> { };

    /** The activity; null for illness cover, which no operating model maps (see {@link #cover}). */
    final Activity activity;
    final double workHours;
    final int priority;
    final double createdAt;
    final double expiresAt;
    /** Cluster where the work happens, or -1 for work done from anywhere (phone, desk). */
    final int cluster;
    final Object subject;
    /** What runs when it is done; for a service task the work's scoring, which then runs {@link #then}. */
    final EventAction<Task> onDone;
    /** For a service task, what runs after scoring (the caller's own {@code onDone}); else null. */
    final EventAction<Task> then;
    final EventAction<Task> onLapse;
    int owner;
    /** The salesperson who did it, or -1. */
    int doneBy = -1;
    double travelHours;
    double startedAt = Double.NaN;
    /** Withdrawn while it waited (its order was cancelled): nobody works on it when its turn comes. */
    boolean cancelled;
    /** A BD meeting released from a planned day into a salesperson's queue (it goes back to the planner if they leave). */
    boolean planned;
    /** A BD meeting: the first time the prospect is free (calendar hours); nothing is held before it. */
    double availableFrom;
    /** A BD meeting the prospect will miss: the salesperson travels and waits, and it is booked again. */
    boolean noShow;
    /** A service task already counted on time or late. */
    boolean scored;
    /** Nobody here did it (the activity maps to none): not scored for on-time %, not counted as our meeting. */
    boolean doneByNobody;

    Task(Activity activity, double workHours, int priority, double createdAt, double expiresAt, int cluster, int owner,
         Object subject, EventAction<Task> onDone, EventAction<Task> then, EventAction<Task> onLapse) {
        this.activity = activity;
        this.workHours = workHours;
        this.priority = priority;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.cluster = cluster;
        this.owner = owner;
        this.subject = subject;
        this.onDone = onDone;
        this.then = then;
        this.onLapse = onLapse;
        this.availableFrom = createdAt;
    }

    /**
     * A request for one person of the covering role to hold an ill salesperson's calendar
     * ({@code hours}: the spell's length, for the hours of work waiting). It is no activity:
     * it stays with the covering role through an operating-model switch.
     */
    static Task cover(double hours, double now, Salesperson ill) {
        return new Task(null, hours, IllnessCover.PRIORITY, now, Double.POSITIVE_INFINITY, -1, ill.id, ill, NOTHING, null, null);
    }

    boolean isCover() {
        return activity == null;
    }
}
