package io.salesim.scenarios.sales;

import io.salesim.core.sales.Activity;
import io.salesim.core.sales.MarketSpec;
import io.salesim.core.sales.PlanStep;
import io.salesim.core.sales.RoleSpec;
import io.salesim.core.sales.SalesOrgSpec;
import io.salesim.scenarios.Workload;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An upper bound on the work one replication of a sales organisation creates: opportunities
 * (each with its call attempts and meetings), repeat orders, issues, the recurring work of every
 * person (outbound calls as if everyone in a role that ever makes them did so from the start)
 * and their absences. It only has to be of the right order: it guards against a rate or
 * head count that would fill the memory, not against a busy firm (the bundled ones stay below 1%).
 */
final class SalesWorkload {
    private static final double WEEKS_PER_YEAR = 52;

    private SalesWorkload() {
    }

    /** People in the roles any operating model of the scenario gives outbound calls, at the start or hired. */
    private static double callers(SalesOrgSpec spec) {
        Set<String> roles = new HashSet<>();
        roles.add(spec.operatingModel().roleFor(Activity.OUTBOUND_CALL));
        for (PlanStep step : spec.plan()) {
            if (step instanceof PlanStep.SwitchModel s) {
                roles.add(s.model().roleFor(Activity.OUTBOUND_CALL));
            }
        }
        double people = 0;
        for (RoleSpec role : spec.roles().working()) {
            people += roles.contains(role.id()) ? role.headcount() : 0;
        }
        for (PlanStep step : spec.plan()) {
            if (step instanceof PlanStep.Hire h && roles.contains(h.role())) {
                people += h.count();
            } else if (step instanceof PlanStep.Reassign r && roles.contains(r.to())) {
                people += r.count();
            }
        }
        return people;
    }

    static Workload of(SalesOrgSpec spec) {
        double weeks = spec.horizonWeeks();
        double opportunities = spec.market().sources().stream().mapToDouble(MarketSpec.SourceSpec::ratePerWeek).sum() * weeks;
        double people = spec.roles().working().stream().mapToDouble(RoleSpec::headcount).sum();
        for (PlanStep step : spec.plan()) {
            if (step instanceof PlanStep.Campaign c) {
                opportunities += (double) c.campaigns() * c.batchSize();
            } else if (step instanceof PlanStep.Hire h) {
                people += h.count();
            }
        }
        double perOpportunity = (1.0 + spec.market().maxMeetings()) * spec.operatingModel().persistenceAttempts();
        double orders = spec.orders().repeatOrdersPerWeek() * spec.service().maxRepeatMultiplier() * weeks;
        Map<String, Double> parts = new LinkedHashMap<>();
        parts.put("market.sources", opportunities * perOpportunity);
        parts.put("orders.repeat_orders_per_week", orders);
        // a late order draws extra issues every late week: counted as one late week an order
        parts.put("orders.issues_per_order", (orders + opportunities)
                * (spec.orders().issuesPerOrder() + spec.service().extraIssuesPerLateWeek()));
        // per person a week: recurring visits and admin, and each working day a wrap-up and a day plan
        parts.put("roles", people * weeks * (1 + spec.activities().accountVisitsPerSalespersonWeek()
                + spec.activities().adminTasksPerSalespersonWeek() + 2.0 * spec.daysPerWeek()));
        parts.put("selling.outbound_calls_per_person_week", callers(spec) * weeks * spec.selling().outboundCallsPerPersonWeek());
        parts.put("risk", people * weeks / WEEKS_PER_YEAR * (spec.risk().illnessSpellsPerYear() + spec.risk().resignationsPerYear()));
        double total = parts.values().stream().mapToDouble(Double::doubleValue).sum();
        String largest = parts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        StringBuilder breakdown = new StringBuilder(String.format(Locale.ROOT, "%.0f weeks:", weeks));
        parts.forEach((key, items) -> breakdown.append(String.format(Locale.ROOT, " %s %.3g", key, items)));
        return new Workload(total, largest, breakdown.toString());
    }
}
