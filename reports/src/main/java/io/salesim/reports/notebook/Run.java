package io.salesim.reports.notebook;

import io.salesim.core.diagnostics.Diagnostic;
import io.salesim.core.engine.ExperimentResult;
import io.salesim.core.stats.Summary;
import io.salesim.reports.charts.ChartStyle;
import io.salesim.reports.tables.ResultTables;
import io.salesim.scenarios.Scenario;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The replications of one scenario: each metric's mean and 95% CI, the tables the run folder's CSV files hold, charts. */
public final class Run {
    private final Scenario scenario;
    private final ExperimentResult result;
    private final List<Diagnostic> warnings;

    Run(Scenario scenario, ExperimentResult result) {
        this(scenario, result, List.of());
    }

    Run(Scenario scenario, ExperimentResult result, List<Diagnostic> warnings) {
        this.scenario = scenario;
        this.result = result;
        this.warnings = List.copyOf(warnings);
    }

    /** What the run diagnostics say of this run, as {@code salesim run} prints them (docs/engine.md, "Run diagnostics"). */
    public List<Diagnostic> warnings() {
        return warnings;
    }

    /** The warnings as a table: code, subject, message (none when the run is clean). */
    public Table warningsTable() {
        StringColumn code = StringColumn.create("code");
        StringColumn subject = StringColumn.create("subject");
        StringColumn message = StringColumn.create("message");
        for (Diagnostic warning : warnings) {
            code.append(warning.code().id());
            subject.append(warning.subject());
            message.append(warning.message());
        }
        return Table.create(result.name() + " warnings", code, subject, message);
    }

    public String name() {
        return result.name();
    }

    /** The engine's result, for the library's own analyses. */
    public ExperimentResult result() {
        return result;
    }

    public int replications() {
        return result.replications().size();
    }

    /** Every metric, in the model's declaration order. */
    public List<String> metrics() {
        return result.metrics();
    }

    /** The metrics the scenario leads with (board first, then headline). */
    public List<String> headlineMetrics() {
        return scenario.headlineMetrics(result.meanings());
    }

    /** Mean, standard deviation and 95% CI of a metric over the replications. */
    public Summary summary(String metric) {
        requireMetric(metric);
        return result.summary(metric);
    }

    public double mean(String metric) {
        return summary(metric).mean();
    }

    /** The 95% CI's half-width. */
    public double halfWidth(String metric) {
        Summary s = summary(metric);
        return (s.ciHigh() - s.ciLow()) / 2;
    }

    /** The metric's value in each replication, in replication order. */
    public double[] values(String metric) {
        requireMetric(metric);
        return result.values(metric);
    }

    public String unit(String metric) {
        requireMetric(metric);
        return result.unit(metric);
    }

    /** summary.csv: every metric, headline ones first, with unit, direction, mean, stdev and 95% CI. */
    public Table summary() {
        return ResultTables.summary(name(), result, headlineMetrics());
    }

    /** summary.csv's rows for the headline metrics only. */
    public Table headline() {
        Table all = summary();
        return all.where(all.stringColumn("importance").isNotEqualTo("detail")).setName("headline");
    }

    /** replications.csv. */
    public Table replicationTable() {
        return ResultTables.replications(name(), result);
    }

    /** weekly.csv: per week, resource and metric, the mean and 95% CI over replications. */
    public Table weekly() {
        return ResultTables.weekly(name(), result);
    }

    /** bottlenecks.csv: per week and role, the share of replications in which it was the bottleneck (sales organisations). */
    public Table bottlenecks() {
        return ResultTables.bottlenecks(name(), result);
    }

    /** The weekly metrics recorded ({@code resource.metric}, e.g. {@code station.build.queue_length}). */
    public List<String> weeklyMetrics() {
        return result.weeklyMetrics();
    }

    /** Weekly means of one weekly metric, week 1 first. */
    public double[] weeklyMeans(String weeklyMetric) {
        if (!result.weeklyMetrics().contains(weeklyMetric)) {
            throw new IllegalArgumentException(name() + " records no weekly " + weeklyMetric + "; it records " + result.weeklyMetrics());
        }
        Summary[] weeks = result.weeklySummary(weeklyMetric);
        double[] out = new double[weeks.length];
        for (int w = 0; w < weeks.length; w++) {
            out[w] = weeks[w].mean();
        }
        return out;
    }

    /** The x axis of weekly charts: weeks after the warm-up, numbered from 1 (as the reports' charts number them). */
    static final String WEEK_AXIS = "Week (after the warm-up)";

    /** The warm-up weeks the scenario drops from its statistics (0 if it has none). */
    public int warmupWeeks() {
        io.salesim.scenarios.schema.Node tree = io.salesim.scenarios.ScenarioLoader.resolvedTree(scenario);
        for (String key : List.of("warmup_weeks", "horizon.warmup_weeks")) {
            io.salesim.scenarios.schema.Node node = io.salesim.scenarios.schema.KeyPath.parse(key).find(tree);
            if (node != null && node.isNumber()) {
                return (int) Double.parseDouble(node.text());
            }
        }
        return 0;
    }

    /** Weekly means of one weekly metric after the warm-up, the first week after it first. */
    public double[] weeklyMeansAfterWarmup(String weeklyMetric) {
        double[] all = weeklyMeans(weeklyMetric);
        return java.util.Arrays.copyOfRange(all, Math.min(warmupWeeks(), all.length), all.length);
    }

    static double[] weekNumbers(int weeks) {
        double[] out = new double[weeks];
        for (int w = 0; w < weeks; w++) {
            out[w] = w + 1;
        }
        return out;
    }

    /** A line per weekly metric, its weekly mean over the replications against the week (after the warm-up). */
    public XYChart weeklyChart(String title, String yTitle, String... weeklyMetrics) {
        XYChart chart = ChartStyle.xyChart(title, WEEK_AXIS, yTitle);
        int position = 0;
        for (String metric : weeklyMetrics) {
            double[] means = weeklyMeansAfterWarmup(metric);
            double[] weeks = weekNumbers(means.length);
            XYSeries series = chart.addSeries(ChartStyle.label(metric), weeks, means);
            series.setLineColor(ChartStyle.seriesColour(position++));
            series.setLineWidth(3);
        }
        return chart;
    }

    /**
     * The moving constraint: for each role or station, the share of replications in which it
     * was the bottleneck, week by week (a running mean over {@code smoothWeeks} weeks, 1 for none).
     */
    public XYChart bottleneckChart(String title, int smoothWeeks) {
        XYChart chart = ChartStyle.xyChart(title, WEEK_AXIS, "Share of replications it is the bottleneck");
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(1.0);
        int position = 0;
        for (String metric : result.weeklyMetrics()) {
            if (!metric.endsWith(".bottleneck_probability")) {
                continue;
            }
            // a colour per role by its place among all roles, so a role keeps its colour from plan to plan
            java.awt.Color colour = ChartStyle.seriesColour(position++);
            double[] means = weeklyMeansAfterWarmup(metric);
            double[] smooth = new double[means.length];
            double[] weeks = new double[means.length];
            boolean ever = false;
            for (int w = 0; w < means.length; w++) {
                int from = Math.max(0, w - Math.max(1, smoothWeeks) + 1);
                double sum = 0;
                for (int k = from; k <= w; k++) {
                    sum += Double.isNaN(means[k]) ? 0 : means[k];
                }
                smooth[w] = sum / (w - from + 1);
                weeks[w] = w + 1;
                ever |= smooth[w] > 0;
            }
            if (!ever) {
                continue; // a role that is never the bottleneck adds only a line along zero
            }
            String resource = metric.substring(metric.indexOf('.') + 1, metric.length() - ".bottleneck_probability".length());
            XYSeries series = chart.addSeries(ChartStyle.label(resource), weeks, smooth);
            series.setLineColor(colour);
            series.setLineWidth(3);
        }
        return chart;
    }

    private void requireMetric(String metric) {
        if (!result.metrics().contains(metric)) {
            throw new IllegalArgumentException(name() + " has no metric " + metric + "; it has " + result.metrics());
        }
    }

    @Override
    public String toString() {
        return name() + ": " + replications() + " replications, " + result.metrics().size() + " metrics";
    }
}
