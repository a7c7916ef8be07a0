package io.salesim.scenarios.sales;

import io.salesim.core.sales.ActivitiesSpec;
import io.salesim.core.sales.Activity;
import io.salesim.core.sales.ActivitySpec;
import io.salesim.core.sales.OperatingModelSpec;
import io.salesim.core.sales.Pairing;
import io.salesim.core.sales.RolePolicy;
import io.salesim.core.sales.RoleSpec;
import io.salesim.core.sales.RolesSpec;
import io.salesim.core.sales.Scheduling;
import io.salesim.scenarios.schema.Key;
import io.salesim.scenarios.schema.Node;
import io.salesim.scenarios.schema.Problem;
import io.salesim.scenarios.schema.Problems;
import io.salesim.scenarios.schema.Schema;
import io.salesim.scenarios.schema.Suggestions;
import io.salesim.scenarios.schema.Types;
import io.salesim.scenarios.schema.ValueType;
import io.salesim.scenarios.schema.Values;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The work and who does it — {@code activities} (one mapping per activity type), {@code roles}
 * (the role table: one mapping per role id) and {@code operating_model} — each read and
 * written by one binding. Per-activity and per-role defaults differ, so their schemas are
 * generated from the spec's defaults; a role the defaults do not know must state its head
 * count and salary.
 */
final class WorkSchema {
    private WorkSchema() {
    }

    // --- activities ------------------------------------------------------------------------

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

        Map<String, Object> write(ActivitySpec s) {
            return new Entries().put(workHours, s.workHours()).put(workCv, s.workCv()).put(unitHours, s.unitHours())
                    .put(priority, s.priority()).put(toleranceHours, s.toleranceHours()).put(maxWaitWeeks, s.maxWaitWeeks())
                    .map();
        }
    }

    static final Map<Activity, ActivityKeys> ACTIVITY = new EnumMap<>(Activity.class);
    static final Map<Activity, Key<Values>> ACTIVITY_KEY = new EnumMap<>(Activity.class);
    static final Key<Double> VISITS = Key.withDefault("account_visits_per_salesperson_week", Types.real().atLeast(0),
            ActivitiesSpec.defaults().accountVisitsPerSalespersonWeek());
    static final Key<Double> ADMIN_TASKS = Key.withDefault("admin_tasks_per_salesperson_week", Types.real().atLeast(0),
            ActivitiesSpec.defaults().adminTasksPerSalespersonWeek());
    static final Schema ACTIVITIES;

    // --- operating model ---------------------------------------------------------------

    private static final OperatingModelSpec TRADITIONAL = OperatingModelSpec.traditional();
    static final Map<Activity, Key<String>> ACTIVITY_ROLE = new EnumMap<>(Activity.class);
    static final Schema ACTIVITY_ROLES;
    static final Key<String> MODEL_NAME = Key.withDefault("name", Types.name(), TRADITIONAL.name());
    static final Key<Values> ACTIVITY_ROLES_KEY;
    static final Key<String> SCHEDULING = Key.withDefault("scheduling",
            Types.oneOf(Arrays.stream(Scheduling.values()).map(Scheduling::id).collect(Collectors.toSet())),
            TRADITIONAL.scheduling().id());
    static final Key<String> PAIRING = Key.withDefault("pairing",
            Types.oneOf(Arrays.stream(Pairing.values()).map(Pairing::id).collect(Collectors.toCollection(LinkedHashSet::new))),
            TRADITIONAL.pairing().id());
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
            Key<String> role = Key.withDefault(a.id(), SalesTypes.roleId(true), TRADITIONAL.roleFor(a));
            ACTIVITY_ROLE.put(a, role);
            roleOfActivity.add(role);
        }
        activityKeys.add(VISITS);
        activityKeys.add(ADMIN_TASKS);
        ACTIVITIES = new Schema("activities", activityKeys.toArray(new Key<?>[0]));
        ACTIVITY_ROLES = new Schema("activity_roles", roleOfActivity.toArray(new Key<?>[0]));
        ACTIVITY_ROLES_KEY = Key.optional("activity_roles", ACTIVITY_ROLES);
        OPERATING_MODEL = new Schema("an operating model", MODEL_NAME, ACTIVITY_ROLES_KEY, SCHEDULING, PAIRING, PERSISTENCE,
                BOOKING_HORIZON, FIRM_UP, FILL);
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

    static Map<String, Object> write(ActivitiesSpec a) {
        Entries out = new Entries();
        for (Activity activity : Activity.values()) {
            out.put(ACTIVITY_KEY.get(activity).name(), ACTIVITY.get(activity).write(a.of(activity)));
        }
        return out.put(VISITS, a.accountVisitsPerSalespersonWeek()).put(ADMIN_TASKS, a.adminTasksPerSalespersonWeek()).map();
    }

    static OperatingModelSpec operatingModel(Values v, Problems problems) {
        if (v == null) {
            return TRADITIONAL;
        }
        Map<Activity, String> roles = new EnumMap<>(Activity.class);
        Values mapped = v.get(ACTIVITY_ROLES_KEY);
        for (Activity a : Activity.values()) {
            roles.put(a, mapped == null ? TRADITIONAL.roleFor(a) : mapped.get(ACTIVITY_ROLE.get(a)));
        }
        Scheduling scheduling = Scheduling.valueOf(v.get(SCHEDULING).toUpperCase(Locale.ROOT));
        Pairing pairing = Pairing.valueOf(v.get(PAIRING).toUpperCase(Locale.ROOT));
        return Records.build(v.node(), problems, () -> new OperatingModelSpec(v.get(MODEL_NAME), roles, scheduling, pairing,
                v.get(PERSISTENCE), v.get(BOOKING_HORIZON), v.get(FIRM_UP), v.get(FILL)));
    }

    static Map<String, Object> write(OperatingModelSpec m) {
        Entries roles = new Entries();
        for (Activity a : Activity.values()) {
            roles.put(ACTIVITY_ROLE.get(a), m.roleFor(a));
        }
        return new Entries().put(MODEL_NAME, m.name()).put(ACTIVITY_ROLES_KEY.name(), roles.map())
                .put(SCHEDULING, m.scheduling().id()).put(PAIRING, m.pairing().id()).put(PERSISTENCE, m.persistenceAttempts())
                .put(BOOKING_HORIZON, m.bookingHorizonWeeks()).put(FIRM_UP, m.firmUpDays()).put(FILL, m.planningFillFraction())
                .map();
    }

    // --- roles -----------------------------------------------------------------------------

    private static final Set<String> POLICIES = Arrays.stream(RolePolicy.values()).map(RolePolicy::id)
            .collect(Collectors.toCollection(LinkedHashSet::new));

    /** The keys of one role's mapping: defaults from the role table's defaults, or required for a new role. */
    record RoleKeys(Key<String> policy, Key<Integer> headcount, Key<Double> salaryPerYear, Key<Double> productivity,
                    Key<Double> maxUtilization, Key<Double> hoursPerDay, Key<Integer> daysPerWeek, Schema schema) {
        /** Protective-capacity target of a role that states none: the seed's "at most 80–85%" upper end. */
        static final double DEFAULT_MAX_UTILIZATION = 0.85;

        static RoleKeys of(String id, RoleSpec d) {
            Key<String> policy = Key.withDefault("policy", Types.oneOf(POLICIES), d == null ? RolePolicy.POOL.id() : d.policy().id());
            Key<Integer> headcount = d == null ? Key.required("headcount", Types.count())
                    : Key.withDefault("headcount", Types.count(), d.headcount());
            Key<Double> salary = d == null ? Key.required("salary_per_year", Types.real().atLeast(0))
                    : Key.withDefault("salary_per_year", Types.real().atLeast(0), d.salaryPerYear());
            Key<Double> productivity = Key.withDefault("productivity", Types.real().between(0.05, 10),
                    d == null ? 1.0 : d.productivity());
            Key<Double> maxUtilization = Key.withDefault("max_utilization", Types.real().between(0.05, 1),
                    d == null ? DEFAULT_MAX_UTILIZATION : d.maxUtilization());
            Key<Double> hoursPerDay = Key.optional("hours_per_day", Types.real().between(1, 24));
            Key<Integer> daysPerWeek = Key.optional("days_per_week", Types.ints(Types.integer().between(1, 7)));
            return new RoleKeys(policy, headcount, salary, productivity, maxUtilization, hoursPerDay, daysPerWeek,
                    new Schema("role " + id, policy, headcount, salary, productivity, maxUtilization, hoursPerDay, daysPerWeek)
                            .withCheck((v, p) -> {
                                if (v.has(hoursPerDay) != v.has(daysPerWeek)) {
                                    Key<?> missing = v.has(hoursPerDay) ? daysPerWeek : hoursPerDay;
                                    p.missing(v.node(), missing.name(), "a role's own week needs both hours_per_day and days_per_week");
                                }
                            }));
        }

        RoleSpec read(String id, Values v) {
            RoleSpec.WorkWeek week = v.has(hoursPerDay) ? new RoleSpec.WorkWeek(v.get(hoursPerDay), v.get(daysPerWeek)) : null;
            return new RoleSpec(id, RolePolicy.fromId(v.get(policy)), v.get(headcount), v.get(salaryPerYear),
                    v.get(productivity), v.get(maxUtilization), week);
        }

        Map<String, Object> write(RoleSpec r) {
            Entries out = new Entries().put(policy, r.policy().id()).put(headcount, r.headcount())
                    .put(salaryPerYear, r.salaryPerYear()).put(productivity, r.productivity()).put(maxUtilization, r.maxUtilization());
            if (r.workWeek() != null) {
                out.put(hoursPerDay, r.workWeek().hoursPerDay()).put(daysPerWeek, r.workWeek().daysPerWeek());
            }
            return out.map();
        }
    }

    /**
     * {@code roles}: a mapping from role id to the role's keys. The table is the default roles,
     * each overridden key by key by the file, then the file's new roles in file order.
     */
    static ValueType<RolesSpec> roles() {
        return new ValueType<>() {
            public RolesSpec read(Node node, Problems problems) {
                if (!node.isMapping()) {
                    problems.add(node, allowed());
                    return null;
                }
                RolesSpec defaults = RolesSpec.defaults();
                List<RoleSpec> table = new ArrayList<>(defaults.roles());
                int before = problems.size();
                for (Entry<String, Node> entry : node.entries().entrySet()) {
                    String id = entry.getKey();
                    if (!SalesTypes.isRoleId(id) || RoleSpec.RESERVED_IDS.contains(id)) {
                        problems.add(new Problem(entry.getValue().source(), node.keyLine(id), node.childPath(id),
                                "role id \"" + id + "\"", SalesTypes.ROLE_ID_RULE + ", other than none and production"));
                        continue;
                    }
                    RoleKeys keys = RoleKeys.of(id, defaults.find(id).orElse(null));
                    String closest = defaults.find(id).isPresent() ? null : Suggestions.closest(id, defaults.ids());
                    List<String> undeclared = undeclared(entry.getValue(), keys);
                    if (closest != null && !undeclared.isEmpty()) {
                        // most likely a misspelt role, not a new one
                        problems.add(new Problem(entry.getValue().source(), node.keyLine(id), node.childPath(id),
                                "new role \"" + id + "\" without " + String.join(" or ", undeclared),
                                "\"" + closest + "\" (closest match), or a new role with headcount and salary_per_year"));
                        continue;
                    }
                    Values values = keys.schema().read(entry.getValue(), problems);
                    RoleSpec role = values == null ? null : Records.build(entry.getValue(), problems, () -> keys.read(id, values));
                    if (role != null) {
                        int at = table.stream().map(RoleSpec::id).toList().indexOf(id);
                        if (at >= 0) {
                            table.set(at, role);
                        } else {
                            table.add(role);
                        }
                    }
                }
                return problems.size() > before ? null : Records.build(node, problems, () -> new RolesSpec(table));
            }

            public String allowed() {
                return "a mapping from role id to a role (policy, headcount, salary_per_year, productivity, "
                        + "max_utilization, hours_per_day, days_per_week)";
            }
        };
    }

    /** The keys a new role must state (head count and salary) that its block leaves out. */
    private static List<String> undeclared(Node block, RoleKeys keys) {
        List<String> out = new ArrayList<>();
        for (Key<?> key : List.of(keys.headcount(), keys.salaryPerYear())) {
            if (!block.isMapping() || block.get(key.name()) == null) {
                out.add(key.name());
            }
        }
        return out;
    }

    static Map<String, Object> write(RolesSpec roles) {
        RolesSpec defaults = RolesSpec.defaults();
        Map<String, Object> out = new LinkedHashMap<>();
        for (RoleSpec role : roles.roles()) {
            out.put(role.id(), RoleKeys.of(role.id(), defaults.find(role.id()).orElse(null)).write(role));
        }
        return out;
    }
}
