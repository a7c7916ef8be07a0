package io.salesim.core.sales;

/**
 * One activity's work: mean work content in hours (gamma with coefficient of variation
 * {@code workCv}; 0 gives a constant), rounded up to whole {@code unitHours} when that is
 * positive (project leaders plan in half days, seed: "estimate the load in units of half a
 * day"), its priority in a queue (0–9, higher first), the customer's tolerance in working
 * hours (finite tolerances make the task count toward on-time %), and how long it may wait
 * before it lapses (the prospect goes cold; infinity for service work that must be done).
 */
public record ActivitySpec(double workHours, double workCv, double unitHours, int priority,
                           double toleranceHours, double maxWaitWeeks) {

    public ActivitySpec {
        Check.nonNegative("workHours", workHours);
        Check.range("workCv", workCv, 0, 3);
        Check.nonNegative("unitHours", unitHours);
        Check.range("priority", priority, 0, 9);
        if (!(toleranceHours > 0)) {
            throw new InvalidSpec("toleranceHours", toleranceHours, "> 0 (.inf for none)");
        }
        if (!(maxWaitWeeks > 0)) {
            throw new InvalidSpec("maxWaitWeeks", maxWaitWeeks, "> 0 (.inf for never)");
        }
    }

    public boolean hasTolerance() {
        return Double.isFinite(toleranceHours);
    }
}
