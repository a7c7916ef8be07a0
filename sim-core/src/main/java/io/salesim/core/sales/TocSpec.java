package io.salesim.core.sales;

/**
 * Theory-of-constraints policy. The designated constraint (a role id, or {@code production})
 * runs without a protective-capacity target: it is meant to be busy. With the throttle on, the
 * rope ties the release of work to the constraint's buffer (drum-buffer-rope): while the work
 * waiting at the constraint exceeds {@code bufferWeeks} of its capacity, no new BD meeting is
 * booked and campaigns wait.
 */
public record TocSpec(String designatedConstraint, boolean throttle, double bufferWeeks) {

    public TocSpec {
        Check.id("designatedConstraint", designatedConstraint);
        Check.positive("bufferWeeks", bufferWeeks);
    }

    /**
     * Sales is the constraint (seed: "management is responsible for ensuring that salespeople
     * are maintained at full utilization"), no throttle. Assumption: a buffer of 1.5 weeks of
     * the constraint's capacity, the middle of the one-to-two-week time buffers TOC practice
     * sizes a constraint buffer at.
     */
    public static TocSpec defaults() {
        return new TocSpec(RolesSpec.FIELD_SALES, false, 1.5);
    }

    public TocSpec withThrottle(boolean on) {
        return new TocSpec(designatedConstraint, on, bufferWeeks);
    }

    public TocSpec withConstraint(String id) {
        return new TocSpec(id, throttle, bufferWeeks);
    }

    public TocSpec withBufferWeeks(double weeks) {
        return new TocSpec(designatedConstraint, throttle, weeks);
    }
}
