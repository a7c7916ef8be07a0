package io.salesim.core.sales;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The role table: every role of the organisation, in file order, keyed by id. Everything that
 * lists roles (the model, reports, sizing) iterates this table, so a new role is one more
 * row. At most one role works as a {@link RolePolicy#FIELD_TEAM field team}: its people are
 * "the salespeople" of per-salesperson figures, travel and the daily wrap-up.
 */
public record RolesSpec(List<RoleSpec> roles) {

    public RolesSpec {
        roles = List.copyOf(Check.present("roles", roles));
        Set<String> ids = new HashSet<>();
        String fieldTeam = null;
        for (RoleSpec role : roles) {
            if (!ids.add(role.id())) {
                throw new InvalidSpec(List.of("roles", role.id()), "a second role \"" + role.id() + "\"", "each id once");
            }
            if (role.policy() == RolePolicy.FIELD_TEAM) {
                if (fieldTeam != null) {
                    throw new InvalidSpec(List.of("roles", role.id(), "policy"), RolePolicy.FIELD_TEAM.id()
                            + " (" + fieldTeam + " is already the field team)", "pool or cost_only: one role works as the field team");
                }
                fieldTeam = role.id();
            }
        }
    }

    public static final String FIELD_SALES = "field_sales";

    /**
     * The seed's "before": 10 field salespeople doing everything, a small CS team of 5 and 2
     * sales managers. Loaded salaries are assumptions chosen so the seed's illustration
     * holds: the move to the new model cuts payroll by exactly $310k (see SalesPresets), with
     * a coordinator ($55k) costing less than half a salesperson ($130k) as the seed says.
     * Protective-capacity targets: 85% for support roles, 100% for field sales (the constraint).
     */
    public static RolesSpec defaults() {
        return new RolesSpec(List.of(
                RoleSpec.of(FIELD_SALES, RolePolicy.FIELD_TEAM, 10, 130_000, 1.0),
                RoleSpec.of("sales_coordinator", RolePolicy.POOL, 0, 55_000, 0.85),
                RoleSpec.of("inside_sales", RolePolicy.POOL, 0, 60_000, 0.85),
                RoleSpec.of("customer_service", RolePolicy.POOL, 5, 60_000, 0.85),
                RoleSpec.of("project_leader", RolePolicy.POOL, 0, 105_000, 0.85),
                RoleSpec.of("promotions", RolePolicy.POOL, 0, 70_000, 0.85),
                RoleSpec.of("sales_manager", RolePolicy.COST_ONLY, 2, 150_000, 1.0),
                RoleSpec.of("sales_support_manager", RolePolicy.COST_ONLY, 0, 100_000, 1.0)));
    }

    public Optional<RoleSpec> find(String id) {
        for (RoleSpec role : roles) {
            if (role.id().equals(id)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    public RoleSpec of(String id) {
        return find(id).orElseThrow(() -> new InvalidSpec("roles", "\"" + id + "\"", "a role of the table: " + ids()));
    }

    public List<String> ids() {
        return roles.stream().map(RoleSpec::id).toList();
    }

    /** The roles whose people take work (every policy but cost_only), in table order. */
    public List<RoleSpec> working() {
        return roles.stream().filter(r -> r.policy().works()).toList();
    }

    /** The field team's role, if the organisation has one. */
    public Optional<RoleSpec> fieldTeam() {
        return roles.stream().filter(r -> r.policy() == RolePolicy.FIELD_TEAM).findFirst();
    }

    /** This table with {@code role} in place of the role of the same id, or appended when new. */
    public RolesSpec with(RoleSpec role) {
        List<RoleSpec> out = new ArrayList<>(roles);
        int at = ids().indexOf(role.id());
        if (at >= 0) {
            out.set(at, role);
        } else {
            out.add(role);
        }
        return new RolesSpec(out);
    }

    public RolesSpec withHeadcount(String id, int n) {
        return with(of(id).withHeadcount(n));
    }

    /** Annual payroll of the initial head counts, $ a year. */
    public double payrollPerYear() {
        double total = 0;
        for (RoleSpec role : roles) {
            total += role.headcount() * role.salaryPerYear();
        }
        return total;
    }
}
