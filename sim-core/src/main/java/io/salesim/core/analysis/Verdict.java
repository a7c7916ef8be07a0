package io.salesim.core.analysis;

import io.salesim.core.engine.MetricDirection;
import io.salesim.core.stats.Summary;

/**
 * What a paired interval says about an alternative against a baseline on one metric: better
 * or worse when the interval excludes zero on that side (in the metric's declared direction),
 * cannot tell when it holds zero, and nothing for a neutral metric (a count or an input).
 */
public enum Verdict {
    BETTER("better"),
    WORSE("worse"),
    CANNOT_TELL("cannot tell"),
    NONE("");

    private final String id;

    Verdict(String id) {
        this.id = id;
    }

    /** The word a file or a report uses ("" for none). */
    public String id() {
        return id;
    }

    public static Verdict fromId(String id) {
        for (Verdict v : values()) {
            if (v.id.equals(id)) {
                return v;
            }
        }
        throw new IllegalArgumentException("a verdict is better, worse, cannot tell or empty, was " + id);
    }

    /** The verdict of a difference (alternative − baseline) with its interval. */
    public static Verdict of(Summary difference, MetricDirection direction) {
        if (direction.isNeutral()) {
            return NONE;
        }
        if (!(difference.ciLow() > 0) && !(difference.ciHigh() < 0)) {
            return CANNOT_TELL;
        }
        boolean higher = difference.ciLow() > 0;
        return higher == direction.higherIsBetter() ? BETTER : WORSE;
    }
}
