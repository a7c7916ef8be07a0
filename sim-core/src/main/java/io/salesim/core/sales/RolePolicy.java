package io.salesim.core.sales;

import java.util.Locale;

/**
 * How a role's people work, i.e. which work centre runs them. A new behaviour is a new value
 * here and one class in this package; a new role with an existing behaviour is data only.
 */
public enum RolePolicy {
    /** Interchangeable people at a desk: tasks wait by priority and go to whoever is free ({@link RolePool}). */
    POOL,
    /**
     * Individuals who work in the field: each has their own accounts and location, travels to
     * appointments, and holds the BD meetings a coordinator plans day by day ({@link FieldTeam}).
     */
    FIELD_TEAM,
    /** People who are paid but take no modelled work (managers). */
    COST_ONLY;

    /** The snake_case name a scenario file uses. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RolePolicy fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }

    /** Whether the role's people take tasks. */
    public boolean works() {
        return this != COST_ONLY;
    }
}
