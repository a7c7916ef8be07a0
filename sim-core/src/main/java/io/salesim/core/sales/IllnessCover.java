package io.salesim.core.sales;

import io.salesim.core.resource.Resource;

/**
 * Illness cover taken from a named role's time ({@code risk.cover_role}). When a field
 * salesperson falls ill, the next person of the covering role to come free — ahead of all of
 * that role's own work — holds the salesperson's calendar at the cover productivity until
 * they recover. The covering person is busy all that time, so the cover shows in the role's
 * utilisation and its own work waits. With no covering role, or nobody in it when the spell
 * starts, nothing covers and the salesperson's work waits for their return.
 */
final class IllnessCover {
    /** Ahead of every activity's priority (0–9): the role covers before it does its own work. */
    static final int PRIORITY = 10;
    private static final IllnessCover NONE = new IllnessCover(null);

    /** The covering role; null: nobody covers. */
    private final WorkCenter role;

    private IllnessCover(WorkCenter role) {
        this.role = role;
    }

    static IllnessCover none() {
        return NONE;
    }

    static IllnessCover by(WorkCenter role) {
        return new IllnessCover(role);
    }

    /**
     * {@code ill} has just fallen ill for about {@code workingHours}; {@code covered} runs when a
     * covering person takes over their calendar (at once if one is free).
     */
    void request(Salesperson ill, double workingHours, double now, Runnable covered) {
        if (role == null || role.headcount() == 0) {
            return;
        }
        Task request = Task.cover(workingHours, now, ill);
        ill.coverRequest = request;
        role.resource().seize(request, PRIORITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, workingHours, null,
                (task, server) -> {
                    ill.coveredBy = server;
                    covered.run();
                });
    }

    /** The spell is over, or the salesperson left: the covering person returns to their own work; a cover still waiting is withdrawn. */
    void end(Salesperson ill) {
        Resource<Task>.Server server = ill.coveredBy;
        if (server != null) {
            role.resource().release(server);
        } else if (ill.coverRequest != null) {
            ill.coverRequest.cancelled = true;
        }
        ill.coveredBy = null;
        ill.coverRequest = null;
    }
}
