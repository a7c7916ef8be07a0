package io.salesim.core.sales;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * An operating model: which role (by id) does each activity ({@code none}: nobody does it), how BD meetings
 * are scheduled, whether the booking role's people are paired with salespeople, how many contact attempts are made before a prospect is given up
 * (persistence), how far ahead meetings are booked, within how many working days a
 * coordinator books a part-filled day rather than waiting for a full one, and how full a
 * planned day may be (share of the working day, expected hours).
 * Variants such as an inside-sales-led firm (simple_quote and follow_up_call to
 * inside_sales) or selling through channel partners (bd_meeting to none) are mappings.
 */
public record OperatingModelSpec(String name, Map<Activity, String> activityRoles, Scheduling scheduling,
                                 Pairing pairing, int persistenceAttempts, int bookingHorizonWeeks, int firmUpDays,
                                 double planningFillFraction) {

    // the bundled roles the named models map work to (RolesSpec.defaults())
    private static final String FIELD = RolesSpec.FIELD_SALES;
    private static final String COORDINATOR = "sales_coordinator";
    private static final String INSIDE_SALES = "inside_sales";
    private static final String CS = "customer_service";
    private static final String PROJECT_LEADER = "project_leader";
    private static final String PROMOTIONS = "promotions";

    /** The role id that means nobody here does an activity. */
    public static final String NOBODY = "none";

    public OperatingModelSpec {
        Check.present("name", name);
        Check.present("scheduling", scheduling);
        Check.present("pairing", pairing);
        EnumMap<Activity, String> copy = new EnumMap<>(Activity.class);
        copy.putAll(Check.present("activityRoles", activityRoles));
        for (Activity a : Activity.values()) {
            if (copy.get(a) == null) {
                throw new InvalidSpec(List.of("activityRoles", a.id()), "nothing", "a role id or none");
            }
        }
        activityRoles = Collections.unmodifiableMap(copy);
        Check.atLeast("persistenceAttempts", persistenceAttempts, 1);
        Check.atLeast("bookingHorizonWeeks", bookingHorizonWeeks, 1);
        Check.atLeast("firmUpDays", firmUpDays, 0);
        Check.range("planningFillFraction", planningFillFraction, 0.3, 1.5);
    }

    /** The id of the role that does the activity, or {@link #NOBODY}. */
    public String roleFor(Activity activity) {
        return activityRoles.get(activity);
    }

    /** The role ids this model gives any work (not {@code none}). */
    public Set<String> rolesWithWork() {
        Set<String> out = new LinkedHashSet<>(activityRoles.values());
        out.remove(NOBODY);
        return out;
    }

    /**
     * The seed's traditional model: the field salesperson does nearly everything (meetings,
     * own follow-up and booking, visits, quotes, issues, technical and project work, admin),
     * customer service only enters orders, nobody sends proactive updates; meetings go ad
     * hoc; salespeople give up after 3 attempts (seed 002: "after 3 calls ... the sales
     * person ... eventually gives up").
     */
    public static OperatingModelSpec traditional() {
        Map<Activity, String> m = new EnumMap<>(Activity.class);
        for (Activity a : Activity.values()) {
            m.put(a, FIELD);
        }
        m.put(Activity.ORDER_ENTRY, CS);
        m.put(Activity.PROACTIVE_UPDATE, NOBODY);
        m.put(Activity.CAMPAIGN, PROMOTIONS);
        // nobody plans days or holds a wrap-up: the salesperson fits meetings in as they come
        m.put(Activity.DAY_PLANNING, NOBODY);
        m.put(Activity.WRAP_UP, NOBODY);
        m.put(Activity.ZONE_ROTATION_CALL, NOBODY);
        m.put(Activity.OUTBOUND_CALL, NOBODY);
        return new OperatingModelSpec("traditional", m, Scheduling.AD_HOC, Pairing.POOLED, 3, 4, 5, 1.0);
    }

    /**
     * The seed's division of labour: salespeople hold BD meetings only; each has a dedicated
     * coordinator who owns their calendar (calls, booking, day planning, the daily wrap-up and
     * call list, admin) and batches meetings by cluster up to 4 weeks out, calling up to 12
     * times; customer service takes orders, issues, quotes and
     * proactive updates; project leaders the technical work; account-management visits
     * without a BD objective stop (existing accounts feed BD opportunities instead).
     */
    public static OperatingModelSpec divisionOfLabour() {
        Map<Activity, String> m = new EnumMap<>(Activity.class);
        m.put(Activity.BD_MEETING, FIELD);
        m.put(Activity.FOLLOW_UP_CALL, COORDINATOR);
        m.put(Activity.MEETING_BOOKING, COORDINATOR);
        m.put(Activity.ACCOUNT_MANAGEMENT_VISIT, NOBODY);
        m.put(Activity.SIMPLE_QUOTE, CS);
        m.put(Activity.ORDER_ENTRY, CS);
        m.put(Activity.ISSUE, CS);
        m.put(Activity.PROACTIVE_UPDATE, CS);
        m.put(Activity.PRE_SALE_TECHNICAL, PROJECT_LEADER);
        m.put(Activity.POST_SALE_PROJECT, PROJECT_LEADER);
        m.put(Activity.CAMPAIGN, PROMOTIONS);
        m.put(Activity.ADMIN, COORDINATOR);
        m.put(Activity.DAY_PLANNING, COORDINATOR);
        m.put(Activity.WRAP_UP, COORDINATOR);
        m.put(Activity.THANK_YOU_CALL, COORDINATOR);
        m.put(Activity.ZONE_ROTATION_CALL, COORDINATOR);
        m.put(Activity.OUTBOUND_CALL, NOBODY);
        return new OperatingModelSpec("division_of_labour", m, Scheduling.BATCHED, Pairing.DEDICATED, 12, 4, 5, 1.0);
    }

    /**
     * The seed's engineer-to-order example with an inside-sales team: inside sales makes the
     * follow-up calls and outbound calls to the account base and handles simple quotes; complex jobs go on to coordinators, field
     * salespeople and project leaders (the special-projects team) as in division of labour.
     */
    public static OperatingModelSpec insideSalesLed() {
        return divisionOfLabour().withName("inside_sales_led")
                .withRole(Activity.FOLLOW_UP_CALL, INSIDE_SALES)
                .withRole(Activity.SIMPLE_QUOTE, INSIDE_SALES)
                .withRole(Activity.OUTBOUND_CALL, INSIDE_SALES);
    }

    /**
     * Selling through channel partners (seed: "an all-or-nothing proposition"): partners hold
     * the business-development conversations, so nobody here calls, books or meets; support
     * and technical work stay with customer service and project leaders.
     */
    public static OperatingModelSpec channelPartners() {
        return divisionOfLabour().withName("channel_partners")
                .withRole(Activity.BD_MEETING, NOBODY)
                .withRole(Activity.FOLLOW_UP_CALL, NOBODY)
                .withRole(Activity.MEETING_BOOKING, NOBODY)
                .withRole(Activity.ADMIN, NOBODY);
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
        return new OperatingModelSpec(newName, activityRoles, scheduling, pairing, persistenceAttempts, bookingHorizonWeeks, firmUpDays, planningFillFraction);
    }

    public OperatingModelSpec withScheduling(Scheduling s) {
        return new OperatingModelSpec(name, activityRoles, s, pairing, persistenceAttempts, bookingHorizonWeeks, firmUpDays, planningFillFraction);
    }

    public OperatingModelSpec withPersistenceAttempts(int n) {
        return new OperatingModelSpec(name, activityRoles, scheduling, pairing, n, bookingHorizonWeeks, firmUpDays, planningFillFraction);
    }

    /** A coordinator who plans days to {@code fraction} of their expected hours (above 1: overbooking). */
    public OperatingModelSpec withPlanningFillFraction(double fraction) {
        return new OperatingModelSpec(name, activityRoles, scheduling, pairing, persistenceAttempts, bookingHorizonWeeks, firmUpDays, fraction);
    }

    public OperatingModelSpec withPairing(Pairing p) {
        return new OperatingModelSpec(name, activityRoles, scheduling, p, persistenceAttempts, bookingHorizonWeeks, firmUpDays,
                planningFillFraction);
    }

    public OperatingModelSpec withBookingHorizonWeeks(int weeks) {
        return new OperatingModelSpec(name, activityRoles, scheduling, pairing, persistenceAttempts, weeks, firmUpDays,
                planningFillFraction);
    }

    public OperatingModelSpec withRole(Activity a, String r) {
        Map<Activity, String> m = new EnumMap<>(activityRoles);
        m.put(a, r);
        return new OperatingModelSpec(name, m, scheduling, pairing, persistenceAttempts, bookingHorizonWeeks, firmUpDays, planningFillFraction);
    }
}
