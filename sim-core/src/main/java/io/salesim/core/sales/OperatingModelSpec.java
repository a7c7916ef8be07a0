package io.salesim.core.sales;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An operating model: which role does each activity (NONE: nobody does it), how BD meetings
 * are scheduled, how many contact attempts are made before a prospect is given up
 * (persistence), how far ahead meetings are booked, within how many working days a
 * coordinator books a part-filled day rather than waiting for a full one, and how full a
 * planned day may be (share of the working day, expected hours).
 * Variants such as an inside-sales-led firm (simple_quote and follow_up_call to
 * inside_sales) or selling through channel partners (bd_meeting to none) are mappings.
 */
public record OperatingModelSpec(String name, Map<Activity, Role> activityRoles, Scheduling scheduling,
                                 int persistenceAttempts, int bookingHorizonWeeks, int firmUpDays,
                                 double planningFillFraction) {

    public OperatingModelSpec {
        Check.present("operating_model.name", name);
        Check.present("operating_model.scheduling", scheduling);
        EnumMap<Activity, Role> copy = new EnumMap<>(Activity.class);
        copy.putAll(Check.present("operating_model.activity_roles", activityRoles));
        for (Activity a : Activity.values()) {
            Check.present("operating_model.activity_roles." + a.id(), copy.get(a));
        }
        activityRoles = Collections.unmodifiableMap(copy);
        Check.atLeast("operating_model.persistence_attempts", persistenceAttempts, 1);
        Check.atLeast("operating_model.booking_horizon_weeks", bookingHorizonWeeks, 1);
        Check.atLeast("operating_model.firm_up_days", firmUpDays, 0);
        Check.range("operating_model.planning_fill_fraction", planningFillFraction, 0.3, 1.5);
    }

    public Role roleFor(Activity activity) {
        return activityRoles.get(activity);
    }

    /**
     * The seed's traditional model: the field salesperson does nearly everything (meetings,
     * own follow-up and booking, visits, quotes, issues, technical and project work, admin),
     * customer service only enters orders, nobody sends proactive updates; meetings go ad
     * hoc; salespeople give up after 3 attempts (seed 002: "after 3 calls ... the sales
     * person ... eventually gives up").
     */
    public static OperatingModelSpec traditional() {
        Map<Activity, Role> m = new EnumMap<>(Activity.class);
        for (Activity a : Activity.values()) {
            m.put(a, Role.FIELD_SALES);
        }
        m.put(Activity.ORDER_ENTRY, Role.CUSTOMER_SERVICE);
        m.put(Activity.PROACTIVE_UPDATE, Role.NONE);
        m.put(Activity.CAMPAIGN, Role.PROMOTIONS);
        return new OperatingModelSpec("traditional", m, Scheduling.AD_HOC, 3, 4, 5, 1.0);
    }

    /**
     * The seed's division of labour: salespeople hold BD meetings only; coordinators own
     * their calendars (calls, booking, admin) and batch meetings by cluster up to 4 weeks
     * out, calling up to 12 times; customer service takes orders, issues, quotes and
     * proactive updates; project leaders the technical work; account-management visits
     * without a BD objective stop (existing accounts feed BD opportunities instead).
     */
    public static OperatingModelSpec divisionOfLabour() {
        Map<Activity, Role> m = new EnumMap<>(Activity.class);
        m.put(Activity.BD_MEETING, Role.FIELD_SALES);
        m.put(Activity.FOLLOW_UP_CALL, Role.SALES_COORDINATOR);
        m.put(Activity.MEETING_BOOKING, Role.SALES_COORDINATOR);
        m.put(Activity.ACCOUNT_MANAGEMENT_VISIT, Role.NONE);
        m.put(Activity.SIMPLE_QUOTE, Role.CUSTOMER_SERVICE);
        m.put(Activity.ORDER_ENTRY, Role.CUSTOMER_SERVICE);
        m.put(Activity.ISSUE, Role.CUSTOMER_SERVICE);
        m.put(Activity.PROACTIVE_UPDATE, Role.CUSTOMER_SERVICE);
        m.put(Activity.PRE_SALE_TECHNICAL, Role.PROJECT_LEADER);
        m.put(Activity.POST_SALE_PROJECT, Role.PROJECT_LEADER);
        m.put(Activity.CAMPAIGN, Role.PROMOTIONS);
        m.put(Activity.ADMIN, Role.SALES_COORDINATOR);
        return new OperatingModelSpec("division_of_labour", m, Scheduling.BATCHED, 12, 4, 5, 1.0);
    }

    /**
     * The seed's engineer-to-order example with an inside-sales team: inside sales makes the
     * outbound calls and handles simple quotes; complex jobs go on to coordinators, field
     * salespeople and project leaders (the special-projects team) as in division of labour.
     */
    public static OperatingModelSpec insideSalesLed() {
        return divisionOfLabour().withName("inside_sales_led")
                .withRole(Activity.FOLLOW_UP_CALL, Role.INSIDE_SALES)
                .withRole(Activity.SIMPLE_QUOTE, Role.INSIDE_SALES);
    }

    /**
     * Selling through channel partners (seed: "an all-or-nothing proposition"): partners hold
     * the business-development conversations, so nobody here calls, books or meets; support
     * and technical work stay with customer service and project leaders.
     */
    public static OperatingModelSpec channelPartners() {
        return divisionOfLabour().withName("channel_partners")
                .withRole(Activity.BD_MEETING, Role.NONE)
                .withRole(Activity.FOLLOW_UP_CALL, Role.NONE)
                .withRole(Activity.MEETING_BOOKING, Role.NONE)
                .withRole(Activity.ADMIN, Role.NONE);
    }

    /** The named operating models, by name: traditional, division_of_labour, inside_sales_led, channel_partners. */
    public static Map<String, OperatingModelSpec> presets() {
        Map<String, OperatingModelSpec> out = new LinkedHashMap<>();
        for (OperatingModelSpec m : List.of(traditional(), divisionOfLabour(), insideSalesLed(), channelPartners())) {
            out.put(m.name(), m);
        }
        return Collections.unmodifiableMap(out);
    }

    public OperatingModelSpec withName(String newName) {
        return new OperatingModelSpec(newName, activityRoles, scheduling, persistenceAttempts, bookingHorizonWeeks, firmUpDays, planningFillFraction);
    }

    public OperatingModelSpec withScheduling(Scheduling s) {
        return new OperatingModelSpec(name, activityRoles, s, persistenceAttempts, bookingHorizonWeeks, firmUpDays, planningFillFraction);
    }

    public OperatingModelSpec withPersistenceAttempts(int n) {
        return new OperatingModelSpec(name, activityRoles, scheduling, n, bookingHorizonWeeks, firmUpDays, planningFillFraction);
    }

    public OperatingModelSpec withRole(Activity a, Role r) {
        Map<Activity, Role> m = new EnumMap<>(activityRoles);
        m.put(a, r);
        return new OperatingModelSpec(name, m, scheduling, persistenceAttempts, bookingHorizonWeeks, firmUpDays, planningFillFraction);
    }
}
