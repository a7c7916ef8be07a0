package io.salesim.core.sales;

import io.salesim.core.analysis.ActivePeriods;
import java.util.List;

/** Where tasks of a role go: a pool of people, or the field sales team. */
interface WorkCenter {
    Role role();

    void submit(Task task);

    /** Takes every waiting task out (for re-routing after an operating-model switch). */
    List<Task> drainWaiting();

    int headcount();

    void hire(int count, double rampWeeks, double startProductivity);

    int remove(int count);

    void improve(double factor, double rampWeeks);

    /** Weekly housekeeping: drop lapsed work, refresh productivity. */
    void weekly();

    double utilization();

    double[] weeklyUtilization();

    /** The role's parameters as the scenario gave them (head count at the start, salary, target). */
    RoleSpec spec();

    /** The protective-capacity target, as the highest utilisation the role should run at. */
    default double maxUtilization() {
        return spec().maxUtilization();
    }

    default double salaryPerYear() {
        return spec().salaryPerYear();
    }

    ActivePeriods activePeriods();
}
