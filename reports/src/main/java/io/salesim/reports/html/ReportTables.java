package io.salesim.reports.html;

import com.fasterxml.jackson.databind.JsonNode;
import io.salesim.core.analysis.Verdict;
import io.salesim.reports.charts.ChartStyle;
import io.salesim.reports.charts.Decisions;
import io.salesim.reports.charts.MarginalView;
import io.salesim.reports.charts.MetricNames;
import io.salesim.reports.charts.RunData;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** The report's tables, built as Tablesaw tables of display text and handed to the template. */
final class ReportTables {
    // a cell that reads as a number (or a range of them) is right-aligned
    private static final Pattern NUMERIC_TEXT = Pattern.compile("[-+−–]?\\$?[0-9][0-9,.]*[%kM]?( h)?( to [-+−]?\\$?[0-9][0-9,.]*[%kM]?)?");

    /** Above this many scenario keys the parameter table lists the first ones only. */
    private static final int MAX_PARAMETERS = 60;

    private ReportTables() {
    }

    /** summary.csv: one row per metric (and scenario, when the file holds several), headline metrics first. */
    static Optional<Table> summary(RunData data) {
        return data.table("summary").map(t -> {
            boolean severalScenarios = t.stringColumn("scenario").unique().size() > 1;
            Table out = Table.create("Summary across replications");
            if (severalScenarios) {
                out.addColumns(StringColumn.create("Scenario"));
            }
            out.addColumns(StringColumn.create("Metric"), StringColumn.create("Mean"), StringColumn.create("95% CI"),
                    StringColumn.create("Std dev"), StringColumn.create("Unit"), StringColumn.create("Replications"));
            List<Integer> rows = new ArrayList<>();
            for (int row = 0; row < t.rowCount(); row++) {
                rows.add(row);
            }
            List<String> headline = Decisions.headline(data);
            rows.sort(Comparator.comparingInt(row -> Decisions.headlineRank(headline, t.getString(row, "metric"))));
            for (int row : rows) {
                String unit = t.getString(row, "unit");
                boolean fraction = Format.isFraction(unit);
                if (severalScenarios) {
                    out.stringColumn("Scenario").append(t.getString(row, "scenario"));
                }
                out.stringColumn("Metric").append(MetricNames.label(t.getString(row, "metric")));
                double mean = RunData.number(t, row, "mean");
                double low = RunData.number(t, row, "ci95_low");
                double high = RunData.number(t, row, "ci95_high");
                String[] shown = Double.isFinite(low) && Double.isFinite(high) ? Format.interval(mean, low, high, unit) : null;
                out.stringColumn("Mean").append(shown == null ? amount(mean, unit) : shown[0]);
                out.stringColumn("95% CI").append(shown == null ? "–" : shown[1] + " to " + shown[2]);
                out.stringColumn("Std dev").append(amount(RunData.number(t, row, "stdev"), unit));
                out.stringColumn("Unit").append(fraction ? "%" : Format.isMoney(unit) ? unitAfterMoney(unit) : unit);
                double n = RunData.number(t, row, "replications");
                out.stringColumn("Replications").append(Double.isFinite(n) ? Long.toString(Math.round(n)) : "–");
            }
            return out;
        });
    }

    static Optional<Table> comparison(RunData data) {
        List<Decisions.Comparison> rows = Decisions.comparisons(data);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        // Plan names go in the table's title when there is one pair, in columns when there are several.
        boolean onePair = rows.stream().map(c -> c.baseline() + "\u0000" + c.alternative()).distinct().count() == 1;
        Table out = Table.create(onePair ? "Paired comparison: " + rows.get(0).alternative() + " − " + rows.get(0).baseline()
                : "Paired comparison");
        out.addColumns(StringColumn.create("Metric"));
        if (!onePair) {
            out.addColumns(StringColumn.create("Baseline"), StringColumn.create("Alternative"));
        }
        out.addColumns(StringColumn.create("Better"), StringColumn.create("Mean difference"), StringColumn.create("95% CI"),
                StringColumn.create("Verdict"), StringColumn.create("P(alternative better)"));
        for (Decisions.Comparison c : rows) {
            out.stringColumn("Metric").append(MetricNames.label(c.metric()));
            if (!onePair) {
                out.stringColumn("Baseline").append(c.baseline());
                out.stringColumn("Alternative").append(c.alternative());
            }
            out.stringColumn("Better").append(c.direction().isNeutral() ? "–" : c.direction().id());
            String[] shown = Format.interval(c.meanDiff(), c.ciLow(), c.ciHigh(), Decisions.baselineSummary(data, c).map(RunData.MetricSummary::unit).orElse(""));
            out.stringColumn("Mean difference").append(shown[0]);
            out.stringColumn("95% CI").append(Double.isFinite(c.ciLow()) ? shown[1] + " to " + shown[2] : "–");
            out.stringColumn("Verdict").append(c.verdict() == Verdict.NONE ? "–" : c.verdict().id());
            out.stringColumn("P(alternative better)").append(c.direction().isNeutral() ? "–" : Format.percent(c.probBetter()));
        }
        return Optional.of(out);
    }

    /** constraint.csv: per role, the marginal gain and the active-period view of the same weeks. */
    static Optional<Table> constraint(RunData data) {
        List<MarginalView.Row> rows = MarginalView.rows(data);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Table out = Table.create("Marginal constraint, plan weeks " + rows.get(0).weeks().replace('-', '–'),
                StringColumn.create("Role"), StringColumn.create("Extra hours"),
                StringColumn.create("Throughput gained per extra hour"), StringColumn.create("95% CI"),
                StringColumn.create("Bottleneck by active periods (share of weeks)"));
        for (MarginalView.Row r : rows) {
            out.stringColumn("Role").append(ChartStyle.label(r.role()));
            out.stringColumn("Extra hours").append(Format.number(r.extraHours()));
            String[] shown = Format.interval(r.gain(), r.ciLow(), r.ciHigh(), "$");
            out.stringColumn("Throughput gained per extra hour").append(shown[0]);
            out.stringColumn("95% CI").append(Double.isFinite(r.ciLow()) ? shown[1] + " to " + shown[2] : "–");
            out.stringColumn("Bottleneck by active periods (share of weeks)").append(Format.percent(r.bottleneckProbability()));
        }
        return Optional.of(out);
    }

    static Optional<Table> sweep(RunData data) {
        List<Decisions.SweepPoint> points = Decisions.sweep(data);
        if (points.isEmpty()) {
            return Optional.empty();
        }
        Table out = Table.create("Sweep");
        out.addColumns(StringColumn.create("Point"));
        for (String p : points.get(0).parameters()) {
            out.addColumns(StringColumn.create(p));
        }
        out.addColumns(StringColumn.create("Metric"), StringColumn.create("Mean"), StringColumn.create("95% CI"),
                StringColumn.create("Against the first point (paired 95% CI)"));
        for (Decisions.SweepPoint p : points) {
            out.stringColumn("Point").append(p.point());
            for (int i = 0; i < p.parameters().size(); i++) {
                out.stringColumn(p.parameters().get(i)).append(p.values().get(i));
            }
            out.stringColumn("Metric").append(MetricNames.label(p.metric()));
            String[] shown = Format.interval(p.mean(), p.ciLow(), p.ciHigh(), p.unit());
            out.stringColumn("Mean").append(Double.isFinite(p.ciLow()) ? shown[0] : amount(p.mean(), p.unit()));
            out.stringColumn("95% CI").append(Double.isFinite(p.ciLow()) ? shown[1] + " to " + shown[2] : "–");
            String[] diff = Format.interval(p.diffVsFirst(), p.diffCiLow(), p.diffCiHigh(), p.unit());
            out.stringColumn("Against the first point (paired 95% CI)").append(p.verdict() == Verdict.NONE ? "–"
                    : p.verdict().id() + ": " + diff[0] + " " + diff[1] + " to " + diff[2]);
        }
        return Optional.of(out);
    }

    /** run.json's key_parameters (label → value, chosen by the scenario kind), when the run recorded them. */
    static Optional<Table> keyParameters(JsonNode runInfo) {
        JsonNode key = runInfo.path("key_parameters");
        if (!key.isObject() || key.size() == 0) {
            return Optional.empty();
        }
        Table out = Table.create("Key parameters", StringColumn.create("Parameter"), StringColumn.create("Value"));
        for (Iterator<Map.Entry<String, JsonNode>> it = key.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            out.stringColumn("Parameter").append(field.getKey());
            out.stringColumn("Value").append(field.getValue().isValueNode() ? field.getValue().asText() : compact(field.getValue()));
        }
        return Optional.of(out);
    }

    /** The scenario file flattened to key paths and values, in file order. */
    static Optional<Table> parameters(JsonNode scenario) {
        if (scenario.isMissingNode() || scenario.isNull()) {
            return Optional.empty();
        }
        Table out = Table.create("Scenario parameters", StringColumn.create("Key"), StringColumn.create("Value"));
        flatten(scenario, "", out);
        return out.rowCount() == 0 ? Optional.empty() : Optional.of(out);
    }

    private static void flatten(JsonNode node, String path, Table out) {
        if (out.rowCount() >= MAX_PARAMETERS) {
            return;
        }
        if (node.isObject() && !isDistribution(node)) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                flatten(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), out);
            }
        } else if (node.isArray() && node.size() > 0 && node.get(0).isContainerNode()) {
            for (int i = 0; i < node.size(); i++) {
                JsonNode element = node.get(i);
                String name = element.path("name").asText("");
                flatten(element, path + "[" + (name.isEmpty() ? Integer.toString(i) : name) + "]", out);
            }
        } else {
            out.stringColumn("Key").append(path);
            out.stringColumn("Value").append(node.isValueNode() ? node.asText() : compact(node));
        }
    }

    /** A one-key object such as {exponential: {mean: 1.0}} reads best on one line. */
    private static boolean isDistribution(JsonNode node) {
        return node.size() == 1 && node.elements().next().isObject() && node.elements().next().size() <= 3;
    }

    private static String compact(JsonNode node) {
        return node.toString().replace("\"", "").replace(",", ", ").replace(":", ": ");
    }

    /** A value without an interval: fractions with one decimal, amounts as money, others as numbers. */
    private static String amount(double v, String unit) {
        return Format.isFraction(unit) ? Format.percent1(v) : Format.isMoney(unit) ? Format.compactMoney(v)
                : Format.number(v) + ("%".equals(unit) && Double.isFinite(v) ? "%" : "");
    }

    /** "$/year" → "$ per year", "$" → "$": the unit column once the amount carries the dollar sign. */
    private static String unitAfterMoney(String unit) {
        String rest = unit.substring(1);
        return rest.startsWith("/") ? "$ per " + rest.substring(1) : unit;
    }

    /** A Tablesaw table of display text as the template's table; cells that hold numbers are right-aligned. */
    static ReportPage.TableView view(Table table) {
        return view(table, true);
    }

    static ReportPage.TableView view(Table table, boolean alignNumbers) {
        List<List<ReportPage.TableView.Cell>> rows = new ArrayList<>();
        for (int row = 0; row < table.rowCount(); row++) {
            List<ReportPage.TableView.Cell> cells = new ArrayList<>();
            for (Column<?> column : table.columns()) {
                String text = column.getString(row);
                cells.add(new ReportPage.TableView.Cell(text, alignNumbers && looksNumeric(text)));
            }
            rows.add(cells);
        }
        return new ReportPage.TableView(table.name(), table.columnNames(), rows);
    }

    private static boolean looksNumeric(String text) {
        return NUMERIC_TEXT.matcher(text).matches();
    }
}
