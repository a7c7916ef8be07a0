package io.salesim.reports.notebook;

import io.salesim.core.stats.Summary;
import io.salesim.reports.charts.ChartStyle;
import io.salesim.reports.tables.ExperimentTables;
import io.salesim.scenarios.experiments.Sweep;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import tech.tablesaw.api.Table;

/** A sweep's points, each run on the same random numbers: per point and metric, the mean and 95% CI. */
public final class Swept {
    private final Sweep.Result result;

    Swept(Sweep.Result result) {
        this.result = result;
    }

    /** The library's result, for its own analyses. */
    public Sweep.Result result() {
        return result;
    }

    public int size() {
        return result.points().size();
    }

    /** Point {@code i}'s value of the swept key (of the first key, for a factorial), as written. */
    public String value(int i) {
        return result.points().get(i).values().values().iterator().next();
    }

    /** Point {@code i}'s value of the first key as a number. */
    public double x(int i) {
        return Double.parseDouble(value(i));
    }

    /** Point {@code i} (from 0) as a study: its scenario with the same options. */
    public Study study(int i) {
        return Study.of(result.points().get(i).scenario());
    }

    /** One point's replications. */
    public Run point(int i) {
        return new Run(result.points().get(i).scenario(), result.results().get(i));
    }

    public Summary summary(int i, String metric) {
        return point(i).summary(metric);
    }

    public double mean(int i, String metric) {
        return summary(i, metric).mean();
    }

    /** A metric's means at every point, in point order. */
    public double[] means(String metric) {
        double[] out = new double[size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = mean(i, metric);
        }
        return out;
    }

    /** The first key's values as numbers, in point order. */
    public double[] xs() {
        double[] out = new double[size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = x(i);
        }
        return out;
    }

    /** sweep.csv: per point and metric, the mean, 95% CI and the paired verdict against the first point. */
    public Table table() {
        return ExperimentTables.sweep(result);
    }

    /** The metric's mean at each point against the swept value, with 95% CIs as error bars. */
    public XYChart chart(String metric, String title, String xTitle, String yTitle) {
        XYChart chart = ChartStyle.xyChart(title, xTitle, yTitle);
        chart.getStyler().setMarkerSize(12);
        chart.getStyler().setErrorBarsColor(java.awt.Color.DARK_GRAY);
        double[] errors = new double[size()];
        for (int i = 0; i < size(); i++) {
            Summary s = summary(i, metric);
            errors[i] = (s.ciHigh() - s.ciLow()) / 2;
        }
        XYSeries series = chart.addSeries(ChartStyle.label(metric) + " (mean, 95% CI)", xs(), means(metric), errors);
        series.setMarker(SeriesMarkers.CIRCLE);
        series.setLineColor(ChartStyle.seriesColour(0));
        series.setMarkerColor(ChartStyle.seriesColour(0));
        series.setLineWidth(3);
        return chart;
    }

    /** The swept points' values, in point order. */
    public List<String> values() {
        return result.points().stream().map(p -> p.values().values().iterator().next()).toList();
    }
}
