package io.salesim.scenarios.sales;

import io.salesim.core.engine.Model;
import io.salesim.core.sales.Activity;
import io.salesim.core.sales.OperatingModelSpec;
import io.salesim.core.sales.PlanStep;
import io.salesim.core.sales.Role;
import io.salesim.core.sales.RoleSpec;
import io.salesim.core.sales.SalesOrgSpec;
import io.salesim.core.sales.SalesOrganisation;
import io.salesim.scenarios.SalesWrapUpSource;
import io.salesim.scenarios.Scenario;
import io.salesim.scenarios.ScenarioSource;
import io.salesim.scenarios.SizableRole;
import io.salesim.scenarios.Workload;
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
    public Workload workload() {
        return SalesWorkload.of(spec);
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
     * get work at some point of the run: from the starting operating model or from one a
     * {@code switch_model} step of the plan brings in (a transition's coordinators). Each is
     * sized against its protective-capacity target: at least {@code 1 - roles.<role>.max_utilization},
     * the target the model's shortfall weeks use. The head count sized is always
     * {@code roles.<role>.headcount}, the people in the role when the run starts; the plan's
     * hires, reassignments and attrition still apply on top of it, unchanged. The search range
     * is {@code max(20, 4 × today's)} at the top and, at the bottom, 1 for a role the starting
     * model gives work (it needs someone) or 0 for one that only gets work later (the plan's
     * own hires may be enough).
     */
    @Override
    public List<SizableRole> sizableRoles(double defaultUtilizationTarget) {
        Set<Role> workAtStart = withWork(spec.operatingModel());
        Set<Role> workLater = EnumSet.noneOf(Role.class);
        for (PlanStep step : spec.plan()) {
            if (step instanceof PlanStep.SwitchModel s) {
                workLater.addAll(withWork(s.model()));
            }
        }
        List<SizableRole> roles = new ArrayList<>();
        for (Role role : SUPPORT_ROLES) {
            if (!workAtStart.contains(role) && !workLater.contains(role)) {
                continue;
            }
            RoleSpec r = spec.roles().of(role);
            roles.add(new SizableRole(role.id(), "roles." + role.id() + ".headcount", r.headcount(),
                    workAtStart.contains(role) ? 1 : 0, Math.max(20, 4 * r.headcount()), r.salaryPerYear(),
                    "role." + role.id() + ".protective_capacity", 1 - r.maxUtilization()));
        }
        return roles;
    }

    private static Set<Role> withWork(OperatingModelSpec model) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Activity a : Activity.values()) {
            roles.add(model.roleFor(a));
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
