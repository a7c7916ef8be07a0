package io.salesim.scenarios.sales;

import io.salesim.core.engine.Model;
import io.salesim.core.sales.Activity;
import io.salesim.core.sales.PlanStep;
import io.salesim.core.sales.Role;
import io.salesim.core.sales.RoleSpec;
import io.salesim.core.sales.SalesOrgSpec;
import io.salesim.core.sales.SalesOrganisation;
import io.salesim.scenarios.SalesWrapUpSource;
import io.salesim.scenarios.Scenario;
import io.salesim.scenarios.ScenarioSource;
import io.salesim.scenarios.SizableRole;
import io.salesim.scenarios.WrapUpSource;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** A validated sales-organisation scenario: a {@link SalesOrgSpec} plus what reports need to describe it. */
public record SalesOrganisationScenario(SalesOrgSpec spec, String description, ScenarioSource source) implements Scenario {

    /** The support roles {@code size} may change; the field team is the constraint and stays fixed. */
    static final List<Role> SUPPORT_ROLES = List.of(Role.SALES_COORDINATOR, Role.CUSTOMER_SERVICE, Role.PROJECT_LEADER,
            Role.INSIDE_SALES);

    /** The sales, service and money metrics of issue 3 worth a line in a short table, in this order. */
    static final List<String> HEADLINE = List.of("sales.bd_meetings_per_salesperson_week", "sales.bd_meetings_per_week",
            "sales.open_opportunities_per_salesperson", "sales.win_rate", "sales.cycle_weeks", "sales.travel_hours_per_meeting",
            "cs.on_time_pct", "production.lead_time_weeks", "finance.payroll_per_year", "finance.net_per_week",
            "finance.cumulative_net");

    /** One replication's daily wrap-up and next-day call list ({@code salesim run --wrap-up REP}). */
    @Override
    public Optional<WrapUpSource> wrapUp(int replication, long seed) {
        return Optional.of(new SalesWrapUpSource(spec, replication, seed));
    }

    @Override
    public String name() {
        return spec.name();
    }

    @Override
    public String kind() {
        return SalesOrganisationKind.NAME;
    }

    @Override
    public Supplier<Model> modelFactory() {
        SalesOrgSpec organisation = spec;
        return () -> new SalesOrganisation(organisation);
    }

    @Override
    public LinkedHashMap<String, String> keyParameters() {
        return spec.keyParameters();
    }

    /**
     * The headline sales, service and money metrics, then the utilisation of every role that
     * has people at some time in the run (empty roles report NaN) and of production, the
     * shortfall weeks of customer service and production (where the transitions run out of
     * protective capacity), and the chance that field sales is the bottleneck. Shortfall weeks
     * of other roles stay out: their means are near zero, which would hold {@code --precision}
     * to its cap.
     */
    @Override
    public List<String> headlineMetrics(List<String> metrics) {
        List<String> out = new ArrayList<>(HEADLINE);
        for (String role : SalesOrganisation.reportedRoles()) {
            if (role.equals("production") || staffedAtSomeTime().contains(Role.fromId(role))) {
                out.add("role." + role + ".utilization");
            }
        }
        out.addAll(List.of("role.customer_service.shortfall_weeks", "role.production.shortfall_weeks",
                "role.field_sales.bottleneck_probability"));
        return out.stream().filter(metrics::contains).toList();
    }

    /**
     * The support roles (coordinators, customer service, project leaders, inside sales) that
     * the scenario's operating model gives work to, each sized against its protective-capacity
     * target: protective capacity of at least {@code 1 - roles.<role>.max_utilization}, the
     * target the model's shortfall weeks use. Roles that only get work from a later plan step
     * are not sized (at the start they have nothing to do). The search range is 1 head (a
     * role with work needs someone) to {@code max(20, 4 × today's)}.
     */
    @Override
    public List<SizableRole> sizableRoles(double defaultUtilizationTarget) {
        Set<Role> withWork = EnumSet.noneOf(Role.class);
        for (Activity a : Activity.values()) {
            withWork.add(spec.operatingModel().roleFor(a));
        }
        List<SizableRole> roles = new ArrayList<>();
        for (Role role : SUPPORT_ROLES) {
            if (!withWork.contains(role)) {
                continue;
            }
            RoleSpec r = spec.roles().of(role);
            roles.add(new SizableRole(role.id(), "roles." + role.id() + ".headcount", r.headcount(), 1,
                    Math.max(20, 4 * r.headcount()), r.salaryPerYear(), "role." + role.id() + ".protective_capacity",
                    1 - r.maxUtilization()));
        }
        return roles;
    }

    /** Roles with people at the start or hired, reassigned into, by a plan step. */
    private Set<Role> staffedAtSomeTime() {
        Set<Role> staffed = EnumSet.noneOf(Role.class);
        for (Role role : Role.staffed()) {
            if (spec.roles().of(role).headcount() > 0) {
                staffed.add(role);
            }
        }
        for (PlanStep step : spec.plan()) {
            if (step instanceof PlanStep.Hire h) {
                staffed.add(h.role());
            } else if (step instanceof PlanStep.Reassign r) {
                staffed.add(r.to());
            }
        }
        return staffed;
    }
}
