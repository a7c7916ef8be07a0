package io.salesim.core.sales;

import java.util.Locale;

/** Who can do work: the staffed roles an activity can be mapped to, or NONE (nobody does it). */
public enum Role {
    FIELD_SALES,
    SALES_COORDINATOR,
    INSIDE_SALES,
    CUSTOMER_SERVICE,
    PROJECT_LEADER,
    PROMOTIONS,
    NONE;

    /** The snake_case name used in metrics and scenario files, e.g. {@code customer_service}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }

    /** The roles that hold people who take tasks (every value except NONE). */
    public static Role[] staffed() {
        return new Role[] {FIELD_SALES, SALES_COORDINATOR, INSIDE_SALES, CUSTOMER_SERVICE, PROJECT_LEADER, PROMOTIONS};
    }
}
