package io.salesim.core.sales;

import io.salesim.core.resource.Resource;
import java.util.List;

/** A role whose people take tasks: a pool at desks, or the field team. The resource does the bookkeeping. */
interface WorkCenter extends Centre, Staffed {
    void submit(Task task);

    /** Takes every waiting task out (for re-routing after an operating-model switch). */
    List<Task> drainWaiting();

    @Override
    Resource<Task> resource();

    /** The whole role works faster by {@code factor}, linearly over {@code rampWeeks}. */
    default void improve(double factor, double rampWeeks) {
        resource().improve(factor, rampWeeks);
    }

    /** Weekly housekeeping: drop lapsed work. */
    default void weekly() {
        resource().sweep();
    }

    @Override
    default double waitingHours() {
        return resource().waitingHours();
    }

    /** People × their working hours a week × the role's pace: the throttle's buffer is in weeks of it. */
    @Override
    default double capacityHoursPerWeek() {
        return resource().headcount() * resource().calendar().workingHoursPerWeek() * resource().productivity();
    }

    @Override
    default double[] hoursWorkedByWeek() {
        return resource().busyHoursByWeek();
    }

    @Override
    default String id() {
        return spec().id();
    }

    @Override
    default double maxUtilization() {
        return spec().maxUtilization();
    }
}
