package io.salesim.core.sales;

import io.salesim.core.resource.Resource;

/** A work centre reported as {@code role.<id>.*}: a role's people, or production. */
interface Centre {
    String id();

    /** The engine resource that records the centre's busy, available, queue and waiting statistics and its active periods. */
    Resource<?> resource();

    /** The protective-capacity target, as the highest utilisation the centre should run at. */
    double maxUtilization();

    /** Hours of work waiting at the centre (production: its backlog). */
    double waitingHours();

    /** What the centre can do in a week, in the same hours: the throttle's buffer is in weeks of it. */
    double capacityHoursPerWeek();

    /** Hours of the centre's time used, per week (people: busy person-hours; production: production hours done), for throughput per constraint hour. */
    double[] hoursWorkedByWeek();
}
