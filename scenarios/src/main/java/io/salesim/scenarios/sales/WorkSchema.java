package io.salesim.scenarios.sales;

import io.salesim.core.sales.ActivitiesSpec;
import io.salesim.core.sales.Activity;
import io.salesim.core.sales.ActivitySpec;
import io.salesim.core.sales.OperatingModelSpec;
import io.salesim.core.sales.Role;
import io.salesim.core.sales.RoleSpec;
import io.salesim.core.sales.RolesSpec;
import io.salesim.core.sales.Scheduling;
import io.salesim.scenarios.schema.Key;
import io.salesim.scenarios.schema.Problems;
import io.salesim.scenarios.schema.Schema;
import io.salesim.scenarios.schema.Types;
import io.salesim.scenarios.schema.Values;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The work and who does it: {@code activities} (one mapping per activity type), {@code roles}
 * (one per role) and {@code operating_model}. Per-activity and per-role defaults differ, so
 * their schemas are generated from the spec's defaults.
 */
final class WorkSchema {
    private WorkSchema() {
    }

    /** The keys of one activity's mapping, defaults from {@code ActivitiesSpec.defaults()}. */
    record ActivityKeys(Key<Double> workHours, Key<Double> workCv, Key<Double> unitHours, Key<Integer> priority,
                        Key<Double> toleranceHours, Key<Double> maxWaitWeeks, Schema schema) {
        static ActivityKeys of(Activity activity) {
            ActivitySpec d = ActivitiesSpec.defaults().of(activity);
            Key<Double> work = Key.withDefault("work_hours", Types.real().atLeast(0), d.workHours());
            Key<Double> cv = Key.withDefault("work_cv", Types.real().between(0, 3), d.workCv());
            Key<Double> unit = Key.withDefault("unit_hours", Types.real().atLeast(0), d.unitHours());
            Key<Integer> priority = Key.withDefault("priority", Types.ints(Types.integer().between(0, 9)), d.priority());
            Key<Double> tolerance = Key.withDefault("tolerance_hours",
                    SalesTypes.orInfinity(Types.real().above(0), "not a service task"), d.toleranceHours());
            Key<Double> maxWait = Key.withDefault("max_wait_weeks", SalesTypes.orInfinity(Types.real().above(0), "never lapses"),
                    d.maxWaitWeeks());
            return new ActivityKeys(work, cv, unit, priority, tolerance, maxWait,
                    new Schema("activity " + activity.id(), work, cv, unit, priority, tolerance, maxWait));
        }

        ActivitySpec read(Values v) {
            return new ActivitySpec(v.get(workHours), v.get(workCv), v.get(unitHours), v.get(priority), v.get(toleranceHours),
                    v.get(maxWaitWeeks));
        }
    }

    /** The keys of one role's mapping; managers are cost only (head count and salary). */
    record RoleKeys(Key<Integer> headcount, Key<Double> salaryPerYear, Key<Double> productivity, Key<Double> maxUtilization,
                    RoleSpec defaults, Schema schema) {
        static RoleKeys of(String id, RoleSpec d, boolean manager) {
            Key<Integer> headcount = Key.withDefault("headcount", Types.count(), d.headcount());
            Key<Double> salary = Key.withDefault("salary_per_year", Types.real().atLeast(0), d.salaryPerYear());
            Key<Double> productivity = Key.withDefault("productivity", Types.real().between(0.05, 10), d.productivity());
            Key<Double> maxUtilization = Key.withDefault("max_utilization", Types.real().between(0.05, 1), d.maxUtilization());
            Schema schema = manager ? new Schema("role " + id, headcount, salary)
                    : new Schema("role " + id, headcount, salary, productivity, maxUtilization);
            return new RoleKeys(headcount, salary, productivity, maxUtilization, d, schema);
        }

        RoleSpec read(Values v) {
            if (v == null) {
                return defaults;
            }
            return new RoleSpec(v.get(headcount), v.get(salaryPerYear),
                    v.has(productivity) ? v.get(productivity) : defaults.productivity(),
                    v.has(maxUtilization) ? v.get(maxUtilization) : defaults.maxUtilization());
        }
    }

    static final Map<Activity, ActivityKeys> ACTIVITY = new EnumMap<>(Activity.class);
    static final Map<Activity, Key<Values>> ACTIVITY_KEY = new EnumMap<>(Activity.class);
    static final Key<Double> VISITS = Key.withDefault("account_visits_per_salesperson_week", Types.real().atLeast(0),
            ActivitiesSpec.defaults().accountVisitsPerSalespersonWeek());
    static final Key<Double> ADMIN_TASKS = Key.withDefault("admin_tasks_per_salesperson_week", Types.real().atLeast(0),
            ActivitiesSpec.defaults().adminTasksPerSalespersonWeek());
    static final Schema ACTIVITIES;

    /** Role ids in file order: the six staffed roles, then the managers. */
    static final List<String> ROLE_IDS = List.of("field_sales", "sales_coordinator", "inside_sales", "customer_service",
            "project_leader", "promotions", "sales_manager", "sales_support_manager");
    static final Map<String, RoleKeys> ROLE = new LinkedHashMap<>();
    static final Map<String, Key<Values>> ROLE_KEY = new LinkedHashMap<>();
    static final Schema ROLES;

    private static final OperatingModelSpec TRADITIONAL = OperatingModelSpec.traditional();
    static final Map<Activity, Key<Role>> ACTIVITY_ROLE = new EnumMap<>(Activity.class);
    static final Schema ACTIVITY_ROLES;
    static final Key<String> MODEL_NAME = Key.withDefault("name", Types.name(), TRADITIONAL.name());
    static final Key<Values> ACTIVITY_ROLES_KEY;
    static final Key<String> SCHEDULING = Key.withDefault("scheduling", Types.oneOf(Set.of("ad_hoc", "batched")),
            TRADITIONAL.scheduling().id());
    static final Key<Integer> PERSISTENCE = Key.withDefault("persistence_attempts", Types.ints(Types.integer().atLeast(1)),
            TRADITIONAL.persistenceAttempts());
    static final Key<Integer> BOOKING_HORIZON = Key.withDefault("booking_horizon_weeks", Types.ints(Types.integer().atLeast(1)),
            TRADITIONAL.bookingHorizonWeeks());
    static final Key<Integer> FIRM_UP = Key.withDefault("firm_up_days", Types.count(), TRADITIONAL.firmUpDays());
    static final Key<Double> FILL = Key.withDefault("planning_fill_fraction", Types.real().between(0.3, 1.5),
            TRADITIONAL.planningFillFraction());
    static final Schema OPERATING_MODEL;

    static {
        List<Key<?>> activityKeys = new ArrayList<>();
        List<Key<?>> roleOfActivity = new ArrayList<>();
        for (Activity a : Activity.values()) {
            ActivityKeys keys = ActivityKeys.of(a);
            ACTIVITY.put(a, keys);
            Key<Values> key = Key.optional(a.id(), keys.schema());
            ACTIVITY_KEY.put(a, key);
            activityKeys.add(key);
            Key<Role> role = Key.withDefault(a.id(), SalesTypes.roleOrNone(), TRADITIONAL.roleFor(a));
            ACTIVITY_ROLE.put(a, role);
            roleOfActivity.add(role);
        }
        activityKeys.add(VISITS);
        activityKeys.add(ADMIN_TASKS);
        ACTIVITIES = new Schema("activities", activityKeys.toArray(new Key<?>[0]));
        ACTIVITY_ROLES = new Schema("activity_roles", roleOfActivity.toArray(new Key<?>[0]));
        ACTIVITY_ROLES_KEY = Key.optional("activity_roles", ACTIVITY_ROLES);
        OPERATING_MODEL = new Schema("an operating model", MODEL_NAME, ACTIVITY_ROLES_KEY, SCHEDULING, PERSISTENCE,
                BOOKING_HORIZON, FIRM_UP, FILL);

        RolesSpec defaults = RolesSpec.defaults();
        List<Key<?>> roleKeys = new ArrayList<>();
        for (String id : ROLE_IDS) {
            RoleSpec d = switch (id) {
                case "sales_manager" -> defaults.salesManager();
                case "sales_support_manager" -> defaults.salesSupportManager();
                default -> defaults.of(Role.fromId(id));
            };
            RoleKeys keys = RoleKeys.of(id, d, id.endsWith("_manager"));
            ROLE.put(id, keys);
            Key<Values> key = Key.optional(id, keys.schema());
            ROLE_KEY.put(id, key);
            roleKeys.add(key);
        }
        ROLES = new Schema("roles", roleKeys.toArray(new Key<?>[0]));
    }

    static ActivitiesSpec activities(Values v, Problems problems) {
        if (v == null) {
            return ActivitiesSpec.defaults();
        }
        ActivitiesSpec spec = ActivitiesSpec.defaults().withRecurring(v.get(VISITS), v.get(ADMIN_TASKS));
        for (Activity a : Activity.values()) {
            Values activity = v.get(ACTIVITY_KEY.get(a));
            if (activity != null) {
                ActivitySpec one = Records.build(activity.node(), problems, () -> ACTIVITY.get(a).read(activity));
                if (one == null) {
                    return null;
                }
                spec = spec.with(a, one);
            }
        }
        return spec;
    }

    static RolesSpec roles(Values v, Problems problems) {
        if (v == null) {
            return RolesSpec.defaults();
        }
        List<RoleSpec> specs = new ArrayList<>();
        for (String id : ROLE_IDS) {
            Values role = v.get(ROLE_KEY.get(id));
            RoleSpec spec = Records.build(role == null ? v.node() : role.node(), problems, () -> ROLE.get(id).read(role));
            if (spec == null) {
                return null;
            }
            specs.add(spec);
        }
        return new RolesSpec(specs.get(0), specs.get(1), specs.get(2), specs.get(3), specs.get(4), specs.get(5), specs.get(6),
                specs.get(7));
    }

    static OperatingModelSpec operatingModel(Values v, Problems problems) {
        if (v == null) {
            return TRADITIONAL;
        }
        Map<Activity, Role> roles = new EnumMap<>(Activity.class);
        Values mapped = v.get(ACTIVITY_ROLES_KEY);
        for (Activity a : Activity.values()) {
            roles.put(a, mapped == null ? TRADITIONAL.roleFor(a) : mapped.get(ACTIVITY_ROLE.get(a)));
        }
        Scheduling scheduling = Scheduling.valueOf(v.get(SCHEDULING).toUpperCase(Locale.ROOT));
        return Records.build(v.node(), problems, () -> new OperatingModelSpec(v.get(MODEL_NAME), roles, scheduling,
                v.get(PERSISTENCE), v.get(BOOKING_HORIZON), v.get(FIRM_UP), v.get(FILL)));
    }
}
