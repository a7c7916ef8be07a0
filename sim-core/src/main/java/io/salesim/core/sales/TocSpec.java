package io.salesim.core.sales;

import java.util.Locale;

/**
 * Theory-of-constraints policy: the designated constraint (its protective-capacity shortfalls
 * are expected, not flagged) and the drum-buffer-rope throttle: while customer-service work
 * waiting exceeds {@code csBufferHours} or the production backlog exceeds
 * {@code productionBufferHours}, no new BD meetings are booked.
 */
public record TocSpec(Constraint designatedConstraint, boolean throttle, double csBufferHours, double productionBufferHours) {

    public enum Constraint {
        SALES, PRODUCTION;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public TocSpec {
        Check.present("toc.designated_constraint", designatedConstraint);
        Check.positive("toc.cs_buffer_hours", csBufferHours);
        Check.positive("toc.production_buffer_hours", productionBufferHours);
    }

    /** Sales is the constraint, no throttle; buffers of ~1 CS day for 5 people and ~1.5 production weeks. */
    public static TocSpec defaults() {
        return new TocSpec(Constraint.SALES, false, 40, 1200);
    }

    public TocSpec withThrottle(boolean on) {
        return new TocSpec(designatedConstraint, on, csBufferHours, productionBufferHours);
    }
}
