package io.salesim.scenarios.sales;

import io.salesim.core.sales.SalesOrgSpec;
import io.salesim.scenarios.Assumption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link SalesOrgSpec} as a complete {@code sales-organisation} document, every value
 * written out (the resolved scenario a run folder keeps), each section by the binding that
 * reads it. Numbers are written with {@link Double#toString}, so the document reads back to an
 * equal spec.
 */
final class SalesYaml {
    private SalesYaml() {
    }

    static String write(SalesOrgSpec spec, String description, LocalDate startDate, List<Assumption> assumptions) {
        List<Object> plan = new ArrayList<>();
        spec.plan().forEach(step -> plan.add(PlanSchema.write(step)));
        Map<String, Object> doc = new Entries()
                .put(SalesOrganisationKind.KIND, SalesOrganisationKind.NAME)
                .put(SalesOrganisationKind.SCENARIO_NAME, spec.name())
                .put(SalesOrganisationKind.DESCRIPTION, description)
                .put(SalesOrganisationKind.START_DATE.name(), startDate.toString())
                .put(SalesOrganisationKind.HORIZON_WEEKS, spec.horizonWeeks())
                .put(SalesOrganisationKind.WARMUP_WEEKS, spec.warmupWeeks())
                .put(SalesOrganisationKind.HOURS_PER_DAY, spec.hoursPerDay())
                .put(SalesOrganisationKind.DAYS_PER_WEEK, spec.daysPerWeek())
                .put(SalesOrganisationKind.GEOGRAPHY.name(), MarketSchema.write(spec.geography()))
                .put(SalesOrganisationKind.MARKET.name(), MarketSchema.write(spec.market()))
                .put(SalesOrganisationKind.APPOINTMENTS.name(), MarketSchema.write(spec.appointments()))
                .put(SalesOrganisationKind.SELLING.name(), MarketSchema.write(spec.selling()))
                .put(SalesOrganisationKind.ORDERS.name(), MarketSchema.write(spec.orders()))
                .put(SalesOrganisationKind.SERVICE.name(), MarketSchema.write(spec.service()))
                .put(SalesOrganisationKind.ACTIVITIES.name(), WorkSchema.write(spec.activities()))
                .put(SalesOrganisationKind.ROLES.name(), WorkSchema.write(spec.roles()))
                .put(SalesOrganisationKind.OPERATING_MODEL.name(), WorkSchema.write(spec.operatingModel()))
                .put(SalesOrganisationKind.TOC.name(), FirmSchema.write(spec.toc()))
                .put(SalesOrganisationKind.PRODUCTION.name(), FirmSchema.write(spec.production()))
                .put(SalesOrganisationKind.ECONOMICS.name(), FirmSchema.write(spec.economics()))
                .put(SalesOrganisationKind.RISK.name(), FirmSchema.write(spec.risk()))
                .put(SalesOrganisationKind.PLAN.name(), plan)
                .map();
        if (!assumptions.isEmpty()) {
            doc.put(SalesOrganisationKind.ASSUMPTIONS.name(), AssumptionsBlock.write(assumptions));
        }
        StringBuilder out = new StringBuilder();
        block(doc, 0, out);
        return out.toString();
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
