package io.salesim.core.sales;

import java.util.List;

/** A role whose people take tasks: a pool at desks, or the field team. */
interface WorkCenter extends Centre, Staffed {
    void submit(Task task);

    /** Takes every waiting task out (for re-routing after an operating-model switch). */
    List<Task> drainWaiting();

    void improve(double factor, double rampWeeks);

    /** Weekly housekeeping: drop lapsed work. */
    void weekly();

    @Override
    default String id() {
        return spec().id();
    }

    @Override
    default double maxUtilization() {
        return spec().maxUtilization();
    }
}
