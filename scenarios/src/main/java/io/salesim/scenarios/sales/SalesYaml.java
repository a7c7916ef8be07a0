package io.salesim.scenarios.sales;

import io.salesim.core.sales.ActivitiesSpec;
import io.salesim.core.sales.Activity;
import io.salesim.core.sales.ActivitySpec;
import io.salesim.core.sales.EconomicsSpec;
import io.salesim.core.sales.GeographySpec;
import io.salesim.core.sales.MarketSpec;
import io.salesim.core.sales.OperatingModelSpec;
import io.salesim.core.sales.OrdersSpec;
import io.salesim.core.sales.PlanStep;
import io.salesim.core.sales.ProductionSpec;
import io.salesim.core.sales.RiskSpec;
import io.salesim.core.sales.RoleSpec;
import io.salesim.core.sales.RolesSpec;
import io.salesim.core.sales.SalesOrgSpec;
import io.salesim.core.sales.TocSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link SalesOrgSpec} as a complete {@code sales-organisation} document, every value
 * written out (the resolved scenario a run folder keeps). Numbers are written with
 * {@link Double#toString}, so the document reads back to an equal spec.
 */
final class SalesYaml {
    private SalesYaml() {
    }

    static String write(SalesOrgSpec spec, String description) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("kind", SalesOrganisationKind.NAME);
        doc.put("name", spec.name());
        doc.put("description", description);
        doc.put("horizon_weeks", spec.horizonWeeks());
        doc.put("warmup_weeks", spec.warmupWeeks());
        doc.put("hours_per_day", spec.hoursPerDay());
        doc.put("days_per_week", spec.daysPerWeek());
        doc.put("geography", geography(spec.geography()));
        doc.put("market", market(spec.market()));
        doc.put("orders", orders(spec.orders()));
        doc.put("activities", activities(spec.activities()));
        doc.put("roles", roles(spec.roles()));
        doc.put("operating_model", operatingModel(spec.operatingModel()));
        doc.put("toc", toc(spec.toc()));
        doc.put("production", production(spec.production()));
        doc.put("economics", economics(spec.economics()));
        doc.put("risk", risk(spec.risk()));
        List<Object> plan = new ArrayList<>();
        spec.plan().forEach(step -> plan.add(step(step)));
        doc.put("plan", plan);
        StringBuilder out = new StringBuilder();
        block(doc, 0, out);
        return out.toString();
    }

    private static Map<String, Object> geography(GeographySpec g) {
        List<Object> clusters = new ArrayList<>();
        for (GeographySpec.ClusterSpec c : g.clusters()) {
            clusters.add(map("name", c.name(), "x_km", c.xKm(), "y_km", c.yKm(), "weight", c.weight()));
        }
        return map("clusters", clusters, "drive_threshold_km", g.driveThresholdKm(), "drive_speed_km_per_hour",
                g.driveSpeedKmPerHour(), "flight_overhead_hours", g.flightOverheadHours(), "flight_speed_km_per_hour",
                g.flightSpeedKmPerHour(), "local_hop_hours", g.localHopHours(), "home_cluster", g.homeCluster());
    }

    private static Map<String, Object> market(MarketSpec m) {
        List<Object> sources = new ArrayList<>();
        for (MarketSpec.SourceSpec s : m.sources()) {
            sources.add(map("name", s.name(), "rate_per_week", s.ratePerWeek(), "complex_share", s.complexShare()));
        }
        return map("sources", sources, "reach_probability", m.reachProbability(), "attempt_spacing_days", m.attemptSpacingDays(),
                "min_meetings", m.minMeetings(), "max_meetings", m.maxMeetings(), "meeting_gap_days", m.meetingGapDays(),
                "technical_work_probability", m.technicalWorkProbability(), "complex_win_probability", m.complexWinProbability(),
                "simple_win_probability", m.simpleWinProbability(), "decision_delay_weeks", m.decisionDelayWeeks(),
                "complex_value_per_order", m.complexValuePerOrder(), "simple_value_per_order", m.simpleValuePerOrder(),
                "lost_return_probability", m.lostReturnProbability(), "lost_return_delay_weeks", m.lostReturnDelayWeeks());
    }

    private static Map<String, Object> orders(OrdersSpec o) {
        return map("repeat_orders_per_week", o.repeatOrdersPerWeek(), "repeat_value_per_order", o.repeatValuePerOrder(),
                "repeat_production_hours", o.repeatProductionHours(), "simple_production_hours", o.simpleProductionHours(),
                "complex_production_hours", o.complexProductionHours(), "production_hours_cv", o.productionHoursCv(),
                "issues_per_order", o.issuesPerOrder(), "issue_delay_weeks", o.issueDelayWeeks(),
                "quoted_lead_time_weeks", o.quotedLeadTimeWeeks(), "on_time_reference_pct", o.onTimeReferencePct(),
                "repeat_lift_per_on_time_point", o.repeatLiftPerOnTimePoint(), "on_time_window_weeks", o.onTimeWindowWeeks(),
                "min_repeat_multiplier", o.minRepeatMultiplier(), "max_repeat_multiplier", o.maxRepeatMultiplier());
    }

    private static Map<String, Object> activities(ActivitiesSpec a) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Activity activity : Activity.values()) {
            ActivitySpec s = a.of(activity);
            out.put(activity.id(), map("work_hours", s.workHours(), "work_cv", s.workCv(), "unit_hours", s.unitHours(),
                    "priority", s.priority(), "tolerance_hours", s.toleranceHours(), "max_wait_weeks", s.maxWaitWeeks()));
        }
        out.put("account_visits_per_salesperson_week", a.accountVisitsPerSalespersonWeek());
        out.put("admin_tasks_per_salesperson_week", a.adminTasksPerSalespersonWeek());
        return out;
    }

    private static Map<String, Object> roles(RolesSpec r) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<RoleSpec> specs = List.of(r.fieldSales(), r.salesCoordinator(), r.insideSales(), r.customerService(),
                r.projectLeader(), r.promotions(), r.salesManager(), r.salesSupportManager());
        for (int i = 0; i < specs.size(); i++) {
            RoleSpec s = specs.get(i);
            String id = WorkSchema.ROLE_IDS.get(i);
            out.put(id, id.endsWith("_manager") ? map("headcount", s.headcount(), "salary_per_year", s.salaryPerYear())
                    : map("headcount", s.headcount(), "salary_per_year", s.salaryPerYear(), "productivity", s.productivity(),
                    "max_utilization", s.maxUtilization()));
        }
        return out;
    }

    private static Map<String, Object> operatingModel(OperatingModelSpec m) {
        Map<String, Object> roles = new LinkedHashMap<>();
        for (Activity a : Activity.values()) {
            roles.put(a.id(), m.roleFor(a).id());
        }
        return map("name", m.name(), "activity_roles", roles, "scheduling", m.scheduling().id(),
                "persistence_attempts", m.persistenceAttempts(), "booking_horizon_weeks", m.bookingHorizonWeeks(),
                "firm_up_days", m.firmUpDays(), "planning_fill_fraction", m.planningFillFraction());
    }

    private static Map<String, Object> toc(TocSpec t) {
        return map("designated_constraint", t.designatedConstraint().id(), "throttle", t.throttle(),
                "cs_buffer_hours", t.csBufferHours(), "production_buffer_hours", t.productionBufferHours());
    }

    private static Map<String, Object> production(ProductionSpec p) {
        return map("nominal_hours_per_week", p.nominalHoursPerWeek(), "practical_hours_per_week", p.practicalHoursPerWeek(),
                "ramp_hours_per_week", p.rampHoursPerWeek(), "ramp_trigger_weeks", p.rampTriggerWeeks(),
                "max_utilization", p.maxUtilization());
    }

    private static Map<String, Object> economics(EconomicsSpec e) {
        return map("variable_cost_share", e.variableCostShare(), "other_operating_expense_per_week", e.otherOperatingExpensePerWeek());
    }

    private static Map<String, Object> risk(RiskSpec r) {
        return map("illness_spells_per_year", r.illnessSpellsPerYear(), "illness_days", r.illnessDays(),
                "cover_illness", r.coverIllness(), "cover_productivity", r.coverProductivity(),
                "resignations_per_year", r.resignationsPerYear(), "replacement_lag_weeks", r.replacementLagWeeks(),
                "replacement_ramp_weeks", r.replacementRampWeeks());
    }

    private static Map<String, Object> step(PlanStep step) {
        if (step instanceof PlanStep.Hire h) {
            return map("step", "hire", "at_week", h.atWeek(), "role", h.role().id(), "count", h.count(), "lag_weeks", h.lagWeeks(),
                    "ramp_weeks", h.rampWeeks(), "start_productivity", h.startProductivity());
        } else if (step instanceof PlanStep.Reassign r) {
            return map("step", "reassign", "at_week", r.atWeek(), "from", r.from().id(), "to", r.to().id(), "count", r.count(),
                    "ramp_weeks", r.rampWeeks());
        } else if (step instanceof PlanStep.Improve i) {
            return map("step", "improve", "at_week", i.atWeek(), "role", i.role().id(), "factor", i.factor(),
                    "ramp_weeks", i.rampWeeks());
        } else if (step instanceof PlanStep.SwitchModel s) {
            // a named model stays a name, so the resolved plan reads as it was written
            String preset = OperatingModelSpec.presets().entrySet().stream().filter(e -> e.getValue().equals(s.model()))
                    .map(Map.Entry::getKey).findFirst().orElse(null);
            return map("step", "switch_model", "at_week", s.atWeek(), "model", preset != null ? preset : operatingModel(s.model()));
        } else if (step instanceof PlanStep.Campaign c) {
            return map("step", "campaign", "at_week", c.atWeek(), "every_weeks", c.everyWeeks(), "campaigns", c.campaigns(),
                    "batch_size", c.batchSize(), "complex_share", c.complexShare());
        } else if (step instanceof PlanStep.Attrition a) {
            return map("step", "attrition", "at_week", a.atWeek(), "role", a.role().id(), "count", a.count());
        } else if (step instanceof PlanStep.Managers m) {
            return map("step", "managers", "at_week", m.atWeek(), "sales_managers", m.salesManagers(),
                    "sales_support_managers", m.salesSupportManagers());
        } else if (step instanceof PlanStep.Policy p) {
            return map("step", "policy", "at_week", p.atWeek(), "toc", toc(p.toc()));
        }
        throw new IllegalArgumentException("unknown plan step " + step);
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void block(Map<String, Object> mapping, int indent, StringBuilder out) {
        String pad = " ".repeat(indent);
        for (Map.Entry<String, Object> entry : mapping.entrySet()) {
            Object value = entry.getValue();
            out.append(pad).append(entry.getKey()).append(':');
            if (value instanceof Map<?, ?> child) {
                out.append('\n');
                block((Map<String, Object>) child, indent + 2, out);
            } else if (value instanceof List<?> list) {
                if (list.isEmpty()) {
                    out.append(" []\n");
                    continue;
                }
                out.append('\n');
                for (Object item : list) {
                    out.append(pad).append("  - ");
                    if (item instanceof Map<?, ?> itemMap) {
                        StringBuilder inner = new StringBuilder();
                        block((Map<String, Object>) itemMap, indent + 4, inner);
                        out.append(inner.substring(indent + 4));
                    } else {
                        out.append(scalar(item)).append('\n');
                    }
                }
            } else {
                out.append(' ').append(scalar(value)).append('\n');
            }
        }
    }

    private static String scalar(Object value) {
        if (value instanceof Double d) {
            return Double.isInfinite(d) ? (d > 0 ? ".inf" : "-.inf") : d.toString();
        } else if (value instanceof String text) {
            return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
        }
        return String.valueOf(value);
    }
}
