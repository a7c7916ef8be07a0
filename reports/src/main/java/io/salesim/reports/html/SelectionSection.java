package io.salesim.reports.html;

import com.fasterxml.jackson.databind.JsonNode;
import io.salesim.reports.charts.MetricNames;
import io.salesim.reports.charts.RunData;
import io.salesim.scenarios.experiments.Selection;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The report's answer to {@code compare --select}, from selection.json: the guarantee, the plan selected, how each plan fared. */
final class SelectionSection {
    private SelectionSection() {
    }

    static ReportPage.Selection view(RunData data) {
        JsonNode selection = data.selection();
        if (selection.isMissingNode()) {
            return null;
        }
        String metric = selection.path("metric").asText();
        String unit = selection.path("unit").asText("");
        String selected = selection.path("selected").asText("");
        String sentence = ((selected.isEmpty() ? "No plan was selected." : "Selected: " + selected + ".")
                + " Selected on " + MetricNames.label(metric) + " (" + metric + ", " + selection.path("direction").asText()
                + " is better) by " + selection.path("procedure").asText() + ": " + selection.path("first_stage").asInt()
                + " replications of every plan first, then more of the plans still in contention, each screened replication by "
                + "replication, with an indifference zone of " + Selection.amount(selection.path("indifference").asDouble(), unit)
                + ", up to " + selection.path("max_replications").asInt() + " replications per plan.");
        Table plans = Table.create("Plans in the selection", StringColumn.create("Plan"), StringColumn.create("Replications"),
                StringColumn.create("Mean"), StringColumn.create("Outcome"));
        for (JsonNode plan : selection.path("plans")) {
            String name = plan.path("name").asText();
            plans.stringColumn("Plan").append(name);
            plans.stringColumn("Replications").append(Integer.toString(plan.path("replications").asInt()));
            plans.stringColumn("Mean").append(amount(plan.path("mean").asDouble(Double.NaN), unit));
            plans.stringColumn("Outcome").append(name.equals(selected) ? "selected"
                    : plan.path("eliminated").asBoolean() ? "eliminated at replication " + plan.path("eliminated_at").asInt()
                    : "still in contention");
        }
        return new ReportPage.Selection(selection.path("guarantee").asText(), sentence, ReportTables.view(plans));
    }

    private static String amount(double value, String unit) {
        return Format.value(value, unit);
    }
}
