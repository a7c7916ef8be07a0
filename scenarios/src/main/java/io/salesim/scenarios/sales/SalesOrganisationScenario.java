package io.salesim.scenarios.sales;

import io.salesim.core.diagnostics.Window;
import io.salesim.core.engine.Meaning;
import io.salesim.core.engine.Model;
import io.salesim.core.sales.PlanStep;
import io.salesim.core.sales.RolePolicy;
import io.salesim.core.sales.RoleSpec;
import io.salesim.core.sales.SalesOrgSpec;
import io.salesim.core.sales.SalesOrganisation;
import io.salesim.scenarios.Assumption;
import io.salesim.scenarios.RoleRow;
import io.salesim.scenarios.SalesWrapUpSource;
import io.salesim.scenarios.Scenario;
import io.salesim.scenarios.ScenarioSource;
import io.salesim.scenarios.SizableRole;
import io.salesim.scenarios.Workload;
import io.salesim.scenarios.WrapUpSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** A validated sales-organisation scenario: a {@link SalesOrgSpec} plus what reports need to describe it. */
public record SalesOrganisationScenario(SalesOrgSpec spec, String description, ScenarioSource source, List<Assumption> assumptions,
                                        LocalDate startDate)
        implements Scenario {

    public SalesOrganisationScenario {
        assumptions = List.copyOf(assumptions);
        if (startDate == null) {
            startDate = WrapUpSource.DEFAULT_START_DATE;
        }
    }

    private static final String PRODUCTION = "production";
    private static final String ROLE = "role.";

    /** One replication's daily wrap-up and next-day call list ({@code salesim run --wrap-up REP}). */
    @Override
    public Optional<WrapUpSource> wrapUp(int replication, long seed) {
        return Optional.of(new SalesWrapUpSource(spec, replication, seed, startDate));
    }

    @Override
    public String name() {
        return spec.name();
    }

    /**
     * The run up to the first step of the plan. Campaigns count as a step: even a series that
     * repeats to the horizon starts with the plan, and the work it brings takes weeks to build up
     * behind the warm-up, which no longer warm-up would remove.
     */
    @Override
    public Window steadyWindow() {
        double planWeeks = spec.horizonWeeks() - spec.warmupWeeks();
        double until = spec.plan().stream().mapToDouble(PlanStep::atWeek).min().orElse(planWeeks);
        return new Window(spec.warmupHours(), spec.warmupHours() + Math.min(until, planWeeks) * Model.HOURS_PER_WEEK,
                until >= planWeeks);
    }

    @Override
    public Optional<String> warmupKey() {
        return Optional.of("warmup_weeks");
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
     * The metrics declared for the board — the money earned first (cumulative net, throughput),
     * then where the constraint is (each role's chance of being the bottleneck), each role's
     * weeks short of protective capacity, then payroll and expense — and then the other headline
     * metrics, in declaration order; a role's metrics
     * only for roles that have people at some time of the run (and production), and no
     * shortfall weeks for the designated constraint, which runs without a target.
     */
    @Override
    public List<String> headlineMetrics(Map<String, Meaning> meanings) {
        List<String> shown = reportedAndStaffed();
        String constraint = spec.toc().designatedConstraint();
        List<String> kept = Scenario.super.headlineMetrics(meanings).stream().filter(metric -> {
            if (!metric.startsWith(ROLE)) {
                return true;
            }
            String role = metric.substring(ROLE.length(), metric.lastIndexOf('.'));
            return shown.contains(role) && !(role.equals(constraint) && metric.endsWith(".shortfall_weeks"));
        }).toList();
        List<String> out = new ArrayList<>();
        for (java.util.function.Predicate<String> group : List.<java.util.function.Predicate<String>>of(
                m -> board(meanings, m) && m.startsWith("finance.") && meanings.get(m).direction().higherIsBetter(),
                m -> board(meanings, m) && m.endsWith(".bottleneck_probability"),
                m -> board(meanings, m) && m.endsWith(".shortfall_weeks"),
                m -> board(meanings, m),
                m -> true)) {
            kept.stream().filter(group).filter(m -> !out.contains(m)).forEach(out::add);
        }
        return out;
    }

    private static boolean board(Map<String, Meaning> meanings, String metric) {
        return meanings.get(metric).importance() == Meaning.Importance.BOARD;
    }

    /**
     * The headline metrics without shortfall weeks: a count of rare weeks has a mean near zero,
     * so a relative precision on it would hold {@code --precision} to its replication cap.
     */
    @Override
    public List<String> precisionMetrics(Map<String, Meaning> meanings) {
        return Scenario.super.precisionMetrics(meanings).stream().filter(m -> !m.endsWith(".shortfall_weeks")).toList();
    }

    /** Roles reported as {@code role.<id>.*} that have people at some time of the run, and production. */
    private List<String> reportedAndStaffed() {
        Set<String> staffed = spec.rolesStaffedAtSomeTime();
        return spec.reportedRoles().stream().filter(id -> id.equals(PRODUCTION) || staffed.contains(id)).toList();
    }

    /**
     * The role table as run, and production: what reports need to name, colour and judge each
     * role without reading the scenario's YAML.
     */
    @Override
    public List<RoleRow> roleTable() {
        String constraint = spec.toc().designatedConstraint();
        List<RoleRow> rows = new ArrayList<>();
        for (RoleSpec role : spec.roles().roles()) {
            rows.add(new RoleRow(role.id(), role.policy().id(), role.headcount(), role.salaryPerYear(),
                    role.maxUtilization(), role.id().equals(constraint)));
        }
        rows.add(new RoleRow(PRODUCTION, "factory", 1, 0, spec.production().maxUtilization(), PRODUCTION.equals(constraint)));
        return rows;
    }

    /**
     * The roles {@code size} may change: every pool role (people at desks) that gets work at some
     * point of the run — from the starting operating model or from one a {@code switch_model}
     * step brings in (a transition's coordinators) — except the designated constraint, which is
     * meant to run flat out. Each is judged week by week on the model's own shortfall series
     * ({@code role.<role>.shortfall_probability}, the weeks {@code role.<role>.shortfall_weeks}
     * counts): a plan week meets the target unless the role is short that week. The
     * head count sized is always {@code roles.<role>.headcount}, the people in the role when
     * the run starts; the plan's hires, reassignments and attrition still apply on top of it.
     * The search range is {@code max(20, 4 × today's)} at the top and, at the bottom, 1 for a
     * role the starting model gives work (it needs someone) or 0 for one that only gets work
     * later (the plan's own hires may be enough).
     */
    @Override
    public List<SizableRole> sizableRoles(double defaultUtilizationTarget) {
        Set<String> workAtStart = spec.operatingModel().rolesWithWork();
        Set<String> workAtSomeTime = spec.rolesWithWorkAtSomeTime();
        List<SizableRole> roles = new ArrayList<>();
        for (RoleSpec r : spec.roles().roles()) {
            if (r.policy() != RolePolicy.POOL || !workAtSomeTime.contains(r.id())
                    || r.id().equals(spec.toc().designatedConstraint())) {
                continue;
            }
            String prefix = "role." + r.id();
            roles.add(new SizableRole(r.id(), "roles." + r.id() + ".headcount", r.headcount(),
                    workAtStart.contains(r.id()) ? 1 : 0, Math.max(20, 4 * r.headcount()), r.salaryPerYear(),
                    prefix + ".utilization", r.maxUtilization(),
                    SizableRole.WeekTest.notShort(prefix + ".shortfall_probability", spec.warmupWeeks())));
        }
        return roles;
    }
}
