package io.salesim.core.sales;

import java.util.Locale;

/**
 * The kinds of work in a sales organisation (the seed's "mapping activities to roles"). An
 * operating model says which role does each; its place on the seed's inside/outside,
 * selling/not-selling matrix is documentation only.
 */
public enum Activity {
    BD_MEETING(true, true),
    FOLLOW_UP_CALL(false, true),
    MEETING_BOOKING(false, true),
    ACCOUNT_MANAGEMENT_VISIT(true, false),
    SIMPLE_QUOTE(false, true),
    ORDER_ENTRY(false, false),
    ISSUE(false, false),
    PROACTIVE_UPDATE(false, false),
    PRE_SALE_TECHNICAL(true, true),
    POST_SALE_PROJECT(true, false),
    CAMPAIGN(false, true),
    ADMIN(false, false),
    /** Building one planned day's route: which cluster, which meetings, in what order. */
    DAY_PLANNING(false, true),
    /** The daily wrap-up with one salesperson and the next day's call list (seed 000's bookend calls). */
    WRAP_UP(false, false),
    /** A call to thank a customer for a won deal (seed 000's call list). */
    THANK_YOU_CALL(false, true),
    /** A call to accounts in the cluster a planned day visits, to keep the zone warm (seed 000's call list). */
    ZONE_ROTATION_CALL(false, true),
    /** An outbound call to the account base (inside sales): may find a simple order or a complex need. */
    OUTBOUND_CALL(false, true);

    private final boolean outside;
    private final boolean selling;

    Activity(boolean outside, boolean selling) {
        this.outside = outside;
        this.selling = selling;
    }

    /** The snake_case name a scenario file uses, e.g. {@code bd_meeting}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean outside() {
        return outside;
    }

    public boolean selling() {
        return selling;
    }

    public static Activity fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
