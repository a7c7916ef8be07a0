package io.salesim.core.sales;

import java.util.Locale;

/** How BD meetings are put into a field salesperson's calendar. */
public enum Scheduling {
    /** Each meeting goes into the salesperson's queue and is held next, wherever it is. */
    AD_HOC,
    /** A coordinator fills whole days per cluster from the pool of waiting meetings. */
    BATCHED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
