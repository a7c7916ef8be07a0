package io.salesim.core.sales;

import io.salesim.core.engine.WorkCalendar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Everything a sales-organisation scenario says, as a tree of self-validating records. Every
 * value has a default ({@link #defaults()}: the seed's traditional mid-sized
 * engineer-to-order firm); {@code with…} methods give modified copies.
 */
public record SalesOrgSpec(String name, int horizonWeeks, int warmupWeeks, double hoursPerDay, int daysPerWeek,
                           GeographySpec geography, MarketSpec market, AppointmentsSpec appointments, SellingSpec selling,
                           OrdersSpec orders, ServiceResponseSpec service,
                           ActivitiesSpec activities,
                           RolesSpec roles, OperatingModelSpec operatingModel, TocSpec toc, ProductionSpec production,
                           EconomicsSpec economics, RiskSpec risk, List<PlanStep> plan) {

    public SalesOrgSpec {
        Check.present("name", name);
        Check.atLeast("horizonWeeks", horizonWeeks, 1);
        Check.atLeast("warmupWeeks", warmupWeeks, 0);
        if (warmupWeeks >= horizonWeeks) {
            throw new InvalidSpec("warmupWeeks", warmupWeeks, "below horizon_weeks (" + horizonWeeks + ")");
        }
        Check.range("hoursPerDay", hoursPerDay, 1, 24);
        Check.range("daysPerWeek", daysPerWeek, 1, 7);
        Check.present("geography", geography);
        Check.present("market", market);
        Check.present("appointments", appointments);
        Check.present("selling", selling);
        Check.present("orders", orders);
        Check.present("service", service);
        Check.present("activities", activities);
        Check.present("roles", roles);
        Check.present("operatingModel", operatingModel);
        Check.present("toc", toc);
        Check.present("production", production);
        Check.present("economics", economics);
        Check.present("risk", risk);
        plan = List.copyOf(Check.present("plan", plan));
        RoleReferences.check(roles, operatingModel, toc, risk, plan);
    }

    /** The traditional organisation, 104 weeks after a 26-week warm-up, no plan. */
    public static SalesOrgSpec defaults() {
        return new SalesOrgSpec("traditional", 130, 26, 8, 5, GeographySpec.defaults(), MarketSpec.defaults(), AppointmentsSpec.defaults(), SellingSpec.defaults(),
                OrdersSpec.defaults(), ServiceResponseSpec.defaults(), ActivitiesSpec.defaults(), RolesSpec.defaults(), OperatingModelSpec.traditional(),
                TocSpec.defaults(), ProductionSpec.defaults(), EconomicsSpec.defaults(), RiskSpec.defaults(), List.of());
    }

    /** The settings a report shows next to the results: label → value, in a stable order. */
    public LinkedHashMap<String, String> keyParameters() {
        LinkedHashMap<String, String> out = new LinkedHashMap<>();
        out.put("horizon", horizonWeeks + " weeks (" + warmupWeeks + " warm-up)");
        out.put("operating model", operatingModel.name() + ", " + operatingModel.scheduling().id() + " scheduling, "
                + operatingModel.persistenceAttempts() + " call attempts");
        for (RoleSpec role : roles.roles()) {
            out.put(role.id() + " head count", Integer.toString(role.headcount()));
        }
        out.put("payroll at start", String.format(Locale.ROOT, "$%,.0f a year", roles.payrollPerYear()));
        out.put("production (practical / nominal)", String.format(Locale.ROOT, "%.0f / %.0f h a week",
                production.practicalHoursPerWeek(), production.nominalHoursPerWeek()));
        out.put("designated constraint", toc.designatedConstraint());
        out.put("throttle", toc.throttle() ? "on, buffer " + toc.bufferWeeks() + " weeks" : "off");
        out.put("plan steps", Integer.toString(plan.size()));
        return out;
    }

    /**
     * The work centres reported as {@code role.<id>.*}, in report order: every role of the
     * table that takes work, then production.
     */
    public List<String> reportedRoles() {
        List<String> out = new ArrayList<>();
        roles.working().forEach(r -> out.add(r.id()));
        out.add(Production.ID);
        return out;
    }

    /** Every role id an operating model of the scenario gives work at some time (the starting model and every switch). */
    public Set<String> rolesWithWorkAtSomeTime() {
        return RoleReferences.withWorkAtSomeTime(operatingModel, plan);
    }

    /** Roles with people at the start, or hired or reassigned into by a plan step. */
    public Set<String> rolesStaffedAtSomeTime() {
        Set<String> staffed = new LinkedHashSet<>();
        for (RoleSpec role : roles.roles()) {
            if (role.headcount() > 0) {
                staffed.add(role.id());
            }
        }
        for (PlanStep step : plan) {
            if (step instanceof PlanStep.Hire h) {
                staffed.add(h.role());
            } else if (step instanceof PlanStep.Reassign r) {
                staffed.add(r.to());
            } else if (step instanceof PlanStep.Headcount h && h.count() > 0) {
                staffed.add(h.role());
            }
        }
        return staffed;
    }

    /** The organisation's working week; a role with its own {@link RoleSpec#workWeek()} overrides it. */
    public WorkCalendar calendar() {
        return new WorkCalendar(hoursPerDay, daysPerWeek);
    }

    /** A role's working week: its own, or the organisation's. */
    public WorkCalendar calendar(RoleSpec role) {
        return role.workWeek() == null ? calendar() : new WorkCalendar(role.workWeek().hoursPerDay(), role.workWeek().daysPerWeek());
    }

    public double horizonHours() {
        return horizonWeeks * 168.0;
    }

    public double warmupHours() {
        return warmupWeeks * 168.0;
    }

    /**
     * The same firm {@code factor} times as large: every role's head count, every market
     * source's rate, the repeat-order rate of the account base, and the factory's nominal and
     * practical hours are multiplied by {@code factor}; per-item figures (work content, values,
     * probabilities), geography and plan steps stay as they are. Used to check and measure
     * that the cost per event does not grow with the size of the firm.
     */
    public SalesOrgSpec scaledBy(int factor) {
        Check.atLeast("factor", factor, 1);
        List<RoleSpec> scaledRoles = new ArrayList<>();
        for (RoleSpec role : roles.roles()) {
            scaledRoles.add(role.withHeadcount(role.headcount() * factor));
        }
        List<MarketSpec.SourceSpec> sources = new ArrayList<>();
        for (MarketSpec.SourceSpec source : market.sources()) {
            sources.add(new MarketSpec.SourceSpec(source.name(), source.ratePerWeek() * factor, source.complexShare()));
        }
        MarketSpec m = market;
        MarketSpec scaledMarket = new MarketSpec(sources, m.reachProbability(), m.attemptSpacingDays(), m.minMeetings(),
                m.maxMeetings(), m.meetingGapDays(), m.technicalWorkProbability(), m.complexWinProbability(),
                m.simpleWinProbability(), m.decisionDelayWeeks(), m.complexValuePerOrder(), m.simpleValuePerOrder(),
                m.lostReturnProbability(), m.lostReturnDelayWeeks());
        OrdersSpec o = orders;
        OrdersSpec scaledOrders = new OrdersSpec(o.repeatOrdersPerWeek() * factor, o.repeatValuePerOrder(),
                o.repeatProductionHours(), o.simpleProductionHours(), o.complexProductionHours(), o.productionHoursCv(),
                o.issuesPerOrder(), o.issueDelayWeeks(), o.quotedLeadTimeWeeks());
        ProductionSpec p = production;
        ProductionSpec scaledProduction = new ProductionSpec(p.lines(), p.nominalHoursPerWeek() * factor,
                p.practicalHoursPerWeek() * factor, p.overtimeMaxShare(), p.overtimeTriggerWeeks(), p.overtimeCostPerHour(),
                p.hoursPerHireWeek(), p.salaryPerHire(), p.maxUtilization());
        return new SalesOrgSpec(name + "-x" + factor, horizonWeeks, warmupWeeks, hoursPerDay, daysPerWeek, geography,
                scaledMarket, appointments, selling, scaledOrders, service, activities, new RolesSpec(scaledRoles), operatingModel,
                toc, scaledProduction, economics, risk, plan);
    }

    public SalesOrgSpec withName(String v) {
        return new SalesOrgSpec(v, horizonWeeks, warmupWeeks, hoursPerDay, daysPerWeek, geography, market, appointments, selling, orders, service, activities, roles, operatingModel, toc, production, economics, risk, plan);
    }

    public SalesOrgSpec withWeeks(int horizon, int warmup) {
        return new SalesOrgSpec(name, horizon, warmup, hoursPerDay, daysPerWeek, geography, market, appointments, selling, orders, service, activities, roles, operatingModel, toc, production, economics, risk, plan);
    }

    public SalesOrgSpec withGeography(GeographySpec v) {
        return new SalesOrgSpec(name, horizonWeeks, warmupWeeks, hoursPerDay, daysPerWeek, v, market, appointments, selling, orders, service, activities, roles, operatingModel, toc, production, economics, risk, plan);
    }

    public SalesOrgSpec withMarket(MarketSpec v) {
        return new SalesOrgSpec(name, horizonWeeks, warmupWeeks, hoursPerDay, daysPerWeek, geography, v, appointments, selling, orders, service, activities, roles, operatingModel, toc, production, economics, risk, plan);
    }

    public SalesOrgSpec withAppointments(AppointmentsSpec v) {
        return new SalesOrgSpec(name, horizonWeeks, warmupWeeks, hoursPerDay, daysPerWeek, geography, market, v, selling, orders, service, activities, roles, operatingModel, toc, production, economics, risk, plan);
    }

    public SalesOrgSpec withSelling(SellingSpec v) {
        return new SalesOrgSpec(name, horizonWeeks, warmupWeeks, hoursPerDay, daysPerWeek, geography, market, appointments, v, orders, service, activities, roles, operatingModel, toc, production, economics, risk, plan);
    }

    public SalesOrgSpec withOrders(OrdersSpec v) {
        return new SalesOrgSpec(name, horizonWeeks, warmupWeeks, hoursPerDay, daysPerWeek, geography, market, appointments, selling, v, service, activities, roles, operatingModel, toc, production, economics, risk, plan);
    }

    public SalesOrgSpec withService(ServiceResponseSpec v) {
        return new SalesOrgSpec(name, horizonWeeks, warmupWeeks, hoursPerDay, daysPerWeek, geography, market, appointments, selling, orders, v, activities, roles, operatingModel, toc, production, economics, risk, plan);
    }

    public SalesOrgSpec withActivities(ActivitiesSpec v) {
        return new SalesOrgSpec(name, horizonWeeks, warmupWeeks, hoursPerDay, daysPerWeek, geography, market, appointments, selling, orders, service, v, roles, operatingModel, toc, production, economics, risk, plan);
    }

    public SalesOrgSpec withRoles(RolesSpec v) {
        return new SalesOrgSpec(name, horizonWeeks, warmupWeeks, hoursPerDay, daysPerWeek, geography, market, appointments, selling, orders, service, activities, v, operatingModel, toc, production, economics, risk, plan);
    }

    public SalesOrgSpec withOperatingModel(OperatingModelSpec v) {
        return new SalesOrgSpec(name, horizonWeeks, warmupWeeks, hoursPerDay, daysPerWeek, geography, market, appointments, selling, orders, service, activities, roles, v, toc, production, economics, risk, plan);
    }

    public SalesOrgSpec withToc(TocSpec v) {
        return new SalesOrgSpec(name, horizonWeeks, warmupWeeks, hoursPerDay, daysPerWeek, geography, market, appointments, selling, orders, service, activities, roles, operatingModel, v, production, economics, risk, plan);
    }

    public SalesOrgSpec withProduction(ProductionSpec v) {
        return new SalesOrgSpec(name, horizonWeeks, warmupWeeks, hoursPerDay, daysPerWeek, geography, market, appointments, selling, orders, service, activities, roles, operatingModel, toc, v, economics, risk, plan);
    }

    public SalesOrgSpec withEconomics(EconomicsSpec v) {
        return new SalesOrgSpec(name, horizonWeeks, warmupWeeks, hoursPerDay, daysPerWeek, geography, market, appointments, selling, orders, service, activities, roles, operatingModel, toc, production, v, risk, plan);
    }

    public SalesOrgSpec withRisk(RiskSpec v) {
        return new SalesOrgSpec(name, horizonWeeks, warmupWeeks, hoursPerDay, daysPerWeek, geography, market, appointments, selling, orders, service, activities, roles, operatingModel, toc, production, economics, v, plan);
    }

    public SalesOrgSpec withPlan(List<PlanStep> v) {
        return new SalesOrgSpec(name, horizonWeeks, warmupWeeks, hoursPerDay, daysPerWeek, geography, market, appointments, selling, orders, service, activities, roles, operatingModel, toc, production, economics, risk, v);
    }
}
