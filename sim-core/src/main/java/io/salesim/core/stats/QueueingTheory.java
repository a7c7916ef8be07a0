package io.salesim.core.stats;

/** Closed-form results of queueing theory, the yardstick the engine is validated against. */
public final class QueueingTheory {
    private QueueingTheory() {
    }

    /** Offered load per server, ρ = λ / (c μ). */
    public static double utilization(double arrivalRate, double serviceRate, int servers) {
        return arrivalRate / (servers * serviceRate);
    }

    /** Erlang C: the probability that an arrival to an M/M/c queue has to wait. */
    public static double erlangC(double arrivalRate, double serviceRate, int servers) {
        double a = arrivalRate / serviceRate;
        double rho = a / servers;
        if (rho >= 1) {
            throw new IllegalArgumentException("unstable queue: utilisation " + rho + " >= 1");
        }
        // Erlang B by its stable recursion, then C from B
        double b = 1;
        for (int k = 1; k <= servers; k++) {
            b = a * b / (k + a * b);
        }
        return b / (1 - rho + rho * b);
    }

    /** Mean wait in queue of an M/M/c queue, Wq = C(c, a) / (c μ − λ). */
    public static double mmcWaitInQueue(double arrivalRate, double serviceRate, int servers) {
        return erlangC(arrivalRate, serviceRate, servers) / (servers * serviceRate - arrivalRate);
    }

    /** Mean number waiting in an M/M/c queue, Lq = λ Wq (Little's law). */
    public static double mmcQueueLength(double arrivalRate, double serviceRate, int servers) {
        return arrivalRate * mmcWaitInQueue(arrivalRate, serviceRate, servers);
    }

    /**
     * The p-quantile of the wait in queue of an M/M/c queue (FIFO). The wait is 0 with probability
     * 1 − C and otherwise exponential at rate cμ − λ, so P(Wq > t) = C e^{−(cμ − λ) t}: the
     * quantile is 0 for p ≤ 1 − C and ln(C / (1 − p)) / (cμ − λ) above.
     */
    public static double mmcWaitQuantile(double arrivalRate, double serviceRate, int servers, double p) {
        if (!(p >= 0 && p < 1)) {
            throw new IllegalArgumentException("p must be in [0, 1), was " + p);
        }
        double waitProbability = erlangC(arrivalRate, serviceRate, servers);
        if (p <= 1 - waitProbability) {
            return 0;
        }
        return Math.log(waitProbability / (1 - p)) / (servers * serviceRate - arrivalRate);
    }
}
