package io.salesim.core.sales;

import io.salesim.core.engine.Meaning;
import io.salesim.core.engine.EventAction;
import io.salesim.core.engine.ModelElement;
import io.salesim.core.engine.Observations;
import io.salesim.core.engine.WorkCalendar;

/**
 * Service quality as customers see it: the share of service tasks (those with a customer
 * tolerance: order entry, issues, quotes, proactive updates — whoever does them) finished
 * within tolerance, in working hours, and the share of orders delivered by their promised
 * date. A service task still waiting when its tolerance runs out counts as late then, so a
 * role too starved to finish its work cannot look punctual by not finishing it. Their trailing values over the last weeks set the repeat-order multiplier
 * ({@link ServiceResponseSpec}).
 */
final class ServiceQuality extends ModelElement {
    private final ServiceResponseSpec spec;
    private final WorkCalendar calendar;
    private final Observations onTimePct;
    private final Observations deliveryOnTimePct;
    private double[] onTime;
    private double[] total;
    private double[] deliveredOnTime;
    private double[] deliveredTotal;
    private double[] multiplierByWeek;
    private double multiplier;
    private double trailingPct;
    private double trailingDeliveryPct;
    private final EventAction<Task> toleranceRunsOut = this::toleranceRunsOut;

    ServiceQuality(ModelElement parent, ServiceResponseSpec spec, WorkCalendar calendar) {
        super(parent, "service");
        this.spec = spec;
        this.calendar = calendar;
        this.onTimePct = observations("cs.on_time_pct", Meaning.higher("%").headline());
        this.deliveryOnTimePct = observations("orders.on_time_delivery_pct", Meaning.higher("%").headline());
        computed("cs.repeat_order_multiplier", Meaning.higher("factor"), () -> multiplier, () -> multiplierByWeek.clone());
    }

    @Override
    protected void initialize() {
        int weeks = model().weeks();
        onTime = new double[weeks];
        total = new double[weeks];
        deliveredOnTime = new double[weeks];
        deliveredTotal = new double[weeks];
        multiplierByWeek = new double[weeks];
        multiplier = 1;
        trailingPct = spec.csOnTimeReferencePct();
        trailingDeliveryPct = spec.deliveryOnTimeReferencePct();
    }

    /** A new service task: if it is still waiting when its tolerance runs out, it counts late then. */
    void watch(Task task, double toleranceHours) {
        scheduleAt(toleranceRunsOut, calendar.finishTime(task.createdAt, toleranceHours), task);
    }

    private void toleranceRunsOut(Task task) {
        if (!task.scored && !task.cancelled && !task.doneByNobody) {
            task.scored = true;
            score(false);
        }
    }

    /** A service task is done: on time if within its tolerance (unless already counted late). */
    void record(Task task, double toleranceHours) {
        if (task.scored) {
            return;
        }
        task.scored = true;
        score(calendar.workingHoursBetween(task.createdAt, now()) <= toleranceHours);
    }

    private void score(boolean inTime) {
        onTimePct.record(inTime ? 100 : 0);
        int w = model().currentWeek();
        total[w]++;
        if (inTime) {
            onTime[w]++;
        }
    }

    void recordDelivery(boolean inTime) {
        deliveryOnTimePct.record(inTime ? 100 : 0);
        int w = model().currentWeek();
        deliveredTotal[w]++;
        if (inTime) {
            deliveredOnTime[w]++;
        }
    }

    /** Called at the start of each week: recompute the trailing percentages and the multiplier. */
    void weekly() {
        int w = model().currentWeek();
        trailingPct = trailing(onTime, total, w, trailingPct);
        trailingDeliveryPct = trailing(deliveredOnTime, deliveredTotal, w, trailingDeliveryPct);
        double m = 1 + spec.repeatLiftPerOnTimePoint() * (trailingPct - spec.csOnTimeReferencePct())
                - spec.repeatLossPerLatePoint() * Math.max(0, spec.deliveryOnTimeReferencePct() - trailingDeliveryPct);
        multiplier = Math.max(spec.minRepeatMultiplier(), Math.min(spec.maxRepeatMultiplier(), m));
        multiplierByWeek[w] = multiplier;
    }

    /** The share in the window before week {@code w}, or the last one when nothing happened in it. */
    private double trailing(double[] good, double[] all, int w, double last) {
        double done = 0;
        double ok = 0;
        for (int k = Math.max(0, w - spec.windowWeeks()); k < w; k++) {
            done += all[k];
            ok += good[k];
        }
        return done > 0 ? 100 * ok / done : last;
    }

    double multiplier() {
        return multiplier;
    }
}
