package io.salesim.core.sales;

import java.util.Locale;

/**
 * How the role that books meetings works with the field salespeople. Dedicated (seed: "a
 * dedicated sales coordinator for each field-based salesperson — this is non-negotiable"):
 * each salesperson's calls, bookings, day planning and wrap-ups go to their own coordinator,
 * so one coordinator with two salespeople does both calendars; with more coordinators than
 * salespeople the extra ones double up on a salesperson. Pooled: any free coordinator takes
 * the next task.
 */
public enum Pairing {
    DEDICATED,
    POOLED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
