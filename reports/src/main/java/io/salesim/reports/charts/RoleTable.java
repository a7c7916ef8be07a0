package io.salesim.reports.charts;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tech.tablesaw.api.Table;

/**
 * The work centres of a run as the model ran them, from the run folder's {@code roles.csv}:
 * their order, colour, protective-capacity target and which one is the designated constraint.
 * Reports read these facts rather than guess them from the scenario's YAML; a folder without
 * the file (a flow line) has no roles.
 */
public final class RoleTable {
    /** Used when a role is not in the table: the seed's "at most 85% utilisation". */
    public static final double DEFAULT_PROTECTIVE_CAPACITY = 0.15;
    static final String PRODUCTION = "production";
    private static final Color PRODUCTION_COLOUR = new Color(0x55, 0x55, 0x55);

    /** One row of roles.csv. */
    public record Role(String id, String policy, int headcount, double maxUtilization, boolean designatedConstraint) {
    }

    private final Map<String, Role> roles = new LinkedHashMap<>();

    private RoleTable(Optional<Table> table) {
        table.ifPresent(t -> {
            for (int row = 0; row < t.rowCount(); row++) {
                String id = t.getString(row, "role");
                roles.put(id, new Role(id, t.getString(row, "policy"), (int) RunData.number(t, row, "headcount"),
                        RunData.number(t, row, "max_utilization"), Boolean.parseBoolean(t.getString(row, "designated_constraint"))));
            }
        });
    }

    public static RoleTable of(RunData data) {
        return new RoleTable(data.table("roles"));
    }

    public boolean isEmpty() {
        return roles.isEmpty();
    }

    public boolean contains(String id) {
        return roles.containsKey(id);
    }

    /** Role ids in table order. */
    public List<String> ids() {
        return List.copyOf(roles.keySet());
    }

    /** The ones found, roles first in table order, then anything else in the order found. */
    public List<String> ordered(Collection<String> found) {
        List<String> out = new ArrayList<>();
        for (String id : roles.keySet()) {
            if (found.contains(id)) {
                out.add(id);
            }
        }
        for (String other : found) {
            if (!out.contains(other)) {
                out.add(other);
            }
        }
        return out;
    }

    /**
     * A role's colour, by rule: the palette in table order, production always grey. The table
     * comes from the scenario, so the same organisation gets the same colours in every chart
     * and every run; an id outside the table takes the colour after the table's.
     */
    public Color colour(String id) {
        if (id.equals(PRODUCTION)) {
            return PRODUCTION_COLOUR;
        }
        int position = 0;
        for (String role : roles.keySet()) {
            if (role.equals(id)) {
                return ChartStyle.roleColour(position);
            }
            if (!role.equals(PRODUCTION)) {
                position++;
            }
        }
        return ChartStyle.roleColour(position);
    }

    /** The protective-capacity target as a fraction (1 − max_utilization), or the default for a role not in the table. */
    public double protectiveTarget(String id) {
        Role role = roles.get(id);
        return role == null ? DEFAULT_PROTECTIVE_CAPACITY : 1 - role.maxUtilization();
    }

    /** Whether the target came from the run's table (false: the default). */
    public boolean knowsTarget(String id) {
        return roles.containsKey(id);
    }

    /** The role that works as the field team (its people are "the salespeople"), if any. */
    public Optional<String> fieldTeam() {
        return roles.values().stream().filter(r -> r.policy().equals("field_team")).map(Role::id).findFirst();
    }

    /** The role designated as the constraint at the start of the run, or null. */
    public String designatedConstraint() {
        return roles.values().stream().filter(Role::designatedConstraint).map(Role::id).findFirst().orElse(null);
    }
}
