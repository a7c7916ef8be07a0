package io.salesim.core.engine;

import java.util.Arrays;

/**
 * A named statistic of a model with its declared {@link Meaning} (unit, direction,
 * importance): one value per replication (after warm-up) and a weekly series over the horizon.
 */
public abstract sealed class Response permits Observations, Proportion, Level, Counter, Computed {
    protected final Model model;
    private final String metric;
    private final Meaning meaning;

    Response(Model model, String metric, Meaning meaning) {
        this.model = model;
        this.metric = metric;
        this.meaning = java.util.Objects.requireNonNull(meaning, "meaning of " + metric);
    }

    public final String metric() {
        return metric;
    }

    public final String unit() {
        return meaning.unit();
    }

    public final Meaning meaning() {
        return meaning;
    }

    /** Start of a replication at time 0. */
    abstract void start(int weeks);

    /**
     * The clock has passed the end of week {@code week} (0-based), before any event of the next:
     * a response that sums its current week in fields stores them here. The model tells every
     * response at every week's end, so recording an observation touches no weekly array.
     */
    void weekEnded(int week) {
    }

    /** End of warm-up: forget what was collected so far, keep the state. */
    abstract void endWarmup(double now);

    /** Whether the response has a value per replication (a weekly-only series has none). */
    boolean hasValue() {
        return true;
    }

    /** End of the replication: the value after warm-up. */
    abstract double finish(double now);

    /** One entry a week (NaN where the week saw nothing), or null if this response has no series. */
    abstract double[] weekly();

    static double[] reuse(double[] array, int length) {
        if (array == null || array.length != length) {
            return new double[length];
        }
        Arrays.fill(array, 0);
        return array;
    }
}
