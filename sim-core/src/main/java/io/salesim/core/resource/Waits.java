package io.salesim.core.resource;

import io.salesim.core.engine.Meaning;
import io.salesim.core.engine.ModelElement;
import io.salesim.core.engine.Observations;
import io.salesim.core.engine.Proportion;

/**
 * The waits of a queue's items, as its queue or resource records them: {@code <prefix>.wait_hours}
 * (the mean), {@code .wait_probability} (the share of items after warm-up that waited more than
 * 0 h, with a weekly series) and {@code .wait_hours_p50}, {@code _p90}, {@code _p95}: exact type-7
 * quantiles of the replication's waits after warm-up (one value a replication, no weekly series).
 * An item served on arrival waits 0 h and counts in all of them; a replication with no item
 * after warm-up has no value.
 */
final class Waits extends ModelElement {
    private static final double[] PERCENTS = {50, 90, 95};

    private final Observations waitHours;
    private final Proportion waited;

    /** @param headline whether the mean wait and the probability of waiting are headline figures */
    Waits(ModelElement parent, String metricPrefix, boolean headline) {
        super(parent, "waits");
        Meaning hours = Meaning.lower("hours");
        Meaning probability = Meaning.lower("probability");
        this.waitHours = observationsWithQuantiles(metricPrefix + ".wait_hours", headline ? hours.headline() : hours);
        this.waited = proportion(metricPrefix + ".wait_probability", headline ? probability.headline() : probability);
        for (double percent : PERCENTS) {
            computed(metricPrefix + ".wait_hours_p" + (int) percent, hours, () -> waitHours.quantile(percent / 100));
        }
    }

    /** The mean wait's observations: a queue's W in Little's law. */
    Observations hours() {
        return waitHours;
    }

    void record(double hours) {
        waitHours.record(hours);
        waited.record(hours > 0);
    }
}
