package io.salesim.reports.notebook;

import io.salesim.core.analysis.PlanComparison;
import io.salesim.core.engine.ExperimentResult;
import io.salesim.core.engine.ReplicationRunner;
import io.salesim.core.stats.Summary;
import io.salesim.reports.charts.ChartStyle;
import io.salesim.reports.tables.ExperimentTables;
import io.salesim.scenarios.Assumption;
import io.salesim.scenarios.RunOptions;
import io.salesim.scenarios.Scenario;
import io.salesim.scenarios.ScenarioException;
import io.salesim.scenarios.experiments.Comparison;
import io.salesim.scenarios.experiments.Robustness;
import io.salesim.scenarios.experiments.Setting;
import io.salesim.scenarios.schema.KeyPath;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import tech.tablesaw.api.Table;

/**
 * Plans run on common random numbers, each alternative paired against the first (the
 * baseline): differences with 95% CIs (Bonferroni-adjusted for three or more plans), verdicts,
 * the best plan per metric, and whether a verdict survives a change of an assumed value.
 */
public final class Compared {
    private final Comparison.Result result;
    private final RunOptions options;

    Compared(Comparison.Result result, RunOptions options) {
        this.result = result;
        this.options = options;
    }

    /** The library's result, for its own analyses. */
    public Comparison.Result result() {
        return result;
    }

    /** The plans' names, the baseline first. */
    public List<String> plans() {
        return result.plans().stream().map(ExperimentResult::name).toList();
    }

    /** One plan's own replications. */
    public Run plan(String name) {
        int i = plans().indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no plan " + name + "; the plans are " + plans());
        }
        return new Run(result.scenarios().get(i), result.plans().get(i));
    }

    public List<String> headlineMetrics() {
        return result.headlineMetrics();
    }

    /** comparison.csv: every metric, every alternative against the baseline. */
    public Table table() {
        return ExperimentTables.comparison(result);
    }

    /** comparison.csv's rows for the headline metrics that have a direction. */
    public Table headline() {
        Table all = table();
        return all.where(all.stringColumn("metric").isIn(result.headlineMetrics())
                .and(all.stringColumn("direction").isNotEqualTo("neutral"))).setName("headline comparison");
    }

    /** best.csv: the best plan per metric, or "cannot tell" among those the intervals do not separate. */
    public Table best() {
        return ExperimentTables.best(result);
    }

    /** An alternative's paired difference from the baseline (alternative − baseline) on a metric. */
    public Summary difference(String metric, String alternative) {
        return row(metric, alternative).difference().difference();
    }

    /** "better", "worse" or "cannot tell", in the metric's declared direction. */
    public String verdict(String metric, String alternative) {
        return row(metric, alternative).verdict().id();
    }

    /** The share of paired replications in which the alternative did better than the baseline. */
    public double probabilityBetter(String metric, String alternative) {
        return row(metric, alternative).difference().probabilityBetter();
    }

    private PlanComparison.Row row(String metric, String alternative) {
        return result.rows().stream().filter(r -> r.metric().equals(metric) && r.alternative().equals(alternative)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no comparison of " + alternative + " on " + metric
                        + "; the alternatives are " + plans().subList(1, plans().size())));
    }

    /** Each plan's mean of a metric as a bar, with its 95% CI as an error bar. */
    public CategoryChart chart(String metric, String title, String yTitle) {
        CategoryChart chart = new CategoryChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT).title(title)
                .xAxisTitle("Plan").yAxisTitle(yTitle).build();
        chart.getStyler().setChartTitleFont(chart.getStyler().getChartTitleFont().deriveFont(28f));
        chart.getStyler().setAxisTitleFont(chart.getStyler().getAxisTitleFont().deriveFont(22f));
        chart.getStyler().setAxisTickLabelsFont(chart.getStyler().getAxisTickLabelsFont().deriveFont(18f));
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
        chart.getStyler().setPlotBackgroundColor(java.awt.Color.WHITE);
        chart.getStyler().setPlotBorderVisible(false);
        chart.getStyler().setErrorBarsColor(java.awt.Color.DARK_GRAY);
        List<String> names = new ArrayList<>();
        List<Double> means = new ArrayList<>();
        List<Double> errors = new ArrayList<>();
        for (ExperimentResult plan : result.plans()) {
            Summary s = plan.summary(metric);
            names.add(plan.name());
            means.add(s.mean());
            errors.add((s.ciHigh() - s.ciLow()) / 2);
        }
        CategorySeries series = chart.addSeries(ChartStyle.label(metric), names, means, errors);
        series.setFillColor(ChartStyle.seriesColour(0));
        if (result.baseline().unit(metric).startsWith("$")) {
            double largest = means.stream().mapToDouble(Math::abs).max().orElse(1);
            chart.getStyler().setyAxisTickLabelsFormattingFunction(ChartStyle.moneyTicks(largest));
        }
        return chart;
    }

    /** One line per plan: a weekly metric's mean over the replications against the week. */
    public XYChart weeklyChart(String weeklyMetric, String title, String yTitle) {
        XYChart chart = ChartStyle.xyChart(title, Run.WEEK_AXIS, yTitle);
        double largest = 0;
        for (int p = 0; p < result.plans().size(); p++) {
            double[] means = plan(plans().get(p)).weeklyMeansAfterWarmup(weeklyMetric);
            double[] weeks = Run.weekNumbers(means.length);
            XYSeries series = chart.addSeries(plans().get(p), weeks, means);
            series.setLineColor(ChartStyle.seriesColour(p));
            series.setLineWidth(3);
            for (double m : means) {
                largest = Double.isNaN(m) ? largest : Math.max(largest, Math.abs(m));
            }
        }
        if (yTitle.contains("$")) {
            chart.getStyler().setyAxisTickLabelsFormattingFunction(ChartStyle.moneyTicks(largest));
        }
        return chart;
    }

    /**
     * The comparison rerun with {@code key} at each value in every plan (the others as filed), on
     * the same random numbers ({@code salesim compare --vary key=v1,v2}).
     */
    public Robust vary(String key, Object... values) {
        return vary(List.of(new Setting(KeyPath.parse(key), List.of(values).stream().map(String::valueOf).toList())));
    }

    /** As {@link #vary} for every assumption of the baseline's file that gives a range ({@code --vary-assumptions}). */
    public Robust varyAssumptions() {
        List<Setting> settings = new ArrayList<>();
        for (Assumption assumption : result.scenarios().get(0).assumptions()) {
            if (!assumption.range().isEmpty()) {
                settings.add(new Setting(KeyPath.parse(assumption.keyPath()), assumption.range()));
            }
        }
        if (settings.isEmpty()) {
            throw new IllegalArgumentException(plans().get(0) + " gives no assumption with a range");
        }
        return vary(settings);
    }

    private Robust vary(List<Setting> settings) {
        List<Scenario> scenarios = result.scenarios();
        try {
            Robustness.check(scenarios, settings);
            List<Robustness.Row> rows = Robustness.run(scenarios, settings, options, ReplicationRunner.Progress.NONE, () -> false);
            return new Robust(result, rows);
        } catch (ScenarioException e) {
            throw new NotebookException(e);
        }
    }

    /** The verdicts at each varied value, and those that flip. */
    public static final class Robust {
        private final Comparison.Result filed;
        private final List<Robustness.Row> rows;

        Robust(Comparison.Result filed, List<Robustness.Row> rows) {
            this.filed = filed;
            this.rows = rows;
        }

        /** robustness.csv: each headline metric's difference and verdict at each varied value. */
        public Table table() {
            return ExperimentTables.robustness(rows);
        }

        public List<Robustness.Row> rows() {
            return rows;
        }

        /** Each headline verdict as filed, with the first varied value at which it flips (if any). */
        public List<Robustness.Flips> flips() {
            return Robustness.flips(filed, rows);
        }

        /** How many headline verdicts hold at every varied value. */
        public long holding() {
            return flips().stream().filter(Robustness.Flips::holds).count();
        }

        /** How many headline verdicts there are. */
        public int verdicts() {
            return flips().size();
        }
    }
}
