package io.salesim.core.sales;

import io.salesim.core.engine.ModelElement;
import io.salesim.core.engine.Observations;
import io.salesim.core.engine.WorkCalendar;

/**
 * Customer-service quality: the share of service tasks (those with a customer tolerance:
 * order entry, issues, quotes, proactive updates — whoever does them) finished within
 * tolerance, in working hours. Its trailing value over the last weeks sets the repeat-order
 * multiplier (the seed's "unsuspected lift in transaction flow").
 */
final class ServiceQuality extends ModelElement {
    private final OrdersSpec spec;
    private final WorkCalendar calendar;
    private final Observations onTimePct;
    private double[] onTime;
    private double[] total;
    private double[] multiplierByWeek;
    private double multiplier;
    private double trailingPct;

    ServiceQuality(ModelElement parent, OrdersSpec spec, WorkCalendar calendar) {
        super(parent, "service");
        this.spec = spec;
        this.calendar = calendar;
        this.onTimePct = observations("cs.on_time_pct", "%");
        computed("cs.repeat_order_multiplier", "factor", () -> multiplier, () -> multiplierByWeek.clone());
    }

    @Override
    protected void initialize() {
        onTime = new double[model().weeks()];
        total = new double[model().weeks()];
        multiplierByWeek = new double[model().weeks()];
        multiplier = 1;
        trailingPct = spec.onTimeReferencePct();
    }

    void record(Task task, double toleranceHours) {
        boolean inTime = calendar.workingHoursBetween(task.createdAt, now()) <= toleranceHours;
        onTimePct.record(inTime ? 100 : 0);
        int w = model().currentWeek();
        total[w]++;
        if (inTime) {
            onTime[w]++;
        }
    }

    /** Called at the start of each week: recompute the trailing on-time % and the multiplier. */
    void weekly() {
        int w = model().currentWeek();
        double done = 0;
        double good = 0;
        for (int k = Math.max(0, w - spec.onTimeWindowWeeks()); k < w; k++) {
            done += total[k];
            good += onTime[k];
        }
        if (done > 0) {
            trailingPct = 100 * good / done;
        }
        double m = 1 + spec.repeatLiftPerOnTimePoint() * (trailingPct - spec.onTimeReferencePct());
        multiplier = Math.max(spec.minRepeatMultiplier(), Math.min(spec.maxRepeatMultiplier(), m));
        multiplierByWeek[w] = multiplier;
    }

    double multiplier() {
        return multiplier;
    }
}
