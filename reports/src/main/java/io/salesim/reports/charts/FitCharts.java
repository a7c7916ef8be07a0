package io.salesim.reports.charts;

import io.salesim.calibration.Arrivals;
import io.salesim.calibration.Backtest;
import io.salesim.calibration.CureModel;
import io.salesim.calibration.Deal;
import io.salesim.calibration.DealValues;
import io.salesim.calibration.Fit;
import io.salesim.calibration.IsoWeek;
import io.salesim.calibration.KaplanMeier;
import io.salesim.calibration.Metric;
import java.awt.Color;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The charts of the fit report: fitted against empirical (survival, value Q-Q, arrivals) and the backtest's bands. */
public final class FitCharts {
    private static final Color EMPIRICAL = new Color(0x22, 0x22, 0x22);
    private static final NormalDistribution STANDARD = new NormalDistribution(null, 0, 1);

    private FitCharts() {
    }

    public static List<ChartFile> write(Fit fit, List<Deal> deals, Backtest backtest, Path dir) {
        return write(fit, deals, backtest, dir, ChartOptions.svgOnly());
    }

    /** {@link #write(Fit, List, Backtest, Path)}, PNG too when asked, drawn on the options' threads. */
    public static List<ChartFile> write(Fit fit, List<Deal> deals, Backtest backtest, Path dir, ChartOptions options) {
        ChartWriter writer = new ChartWriter(dir, options);
        List<ChartFile> charts = new ArrayList<>();
        charts.add(writer.save(survival(fit), "fit-survival", "Kaplan–Meier (black, with Greenwood's 95% band) against the "
                + "fitted cure model (blue) and the best single-distribution cure model (dashed); the naive fit from closed deals "
                + "alone (orange) ignores the deals still open and falls to zero. Sup distance to Kaplan–Meier "
                + round(fit.cycle().supDistance(), 3) + "."));
        charts.add(writer.save(arrivals(fit, deals), "fit-arrivals", "Engagements per ISO week (grey; a partial week "
                + "is scaled to seven days) and each month's fitted rate with its exact Poisson 95% interval (blue band); the "
                + "recent rate the scenario and the forecast carry on (dashed)."));
        charts.add(writer.save(valuesQq(fit), "fit-values-qq", "Won values by product against their fitted "
                + "distributions (normal, or lognormal on log values), in standard units: on the diagonal when the fit is right."));
        if (backtest != null) {
            for (Metric m : Metric.values()) {
                charts.add(writer.save(backtest(backtest, m), "backtest-" + m.id(), "Actual (black) against the "
                        + "forecast from " + backtest.cutoff() + ": mean (blue) and 5%–95% band of " + backtest.replications()
                        + " replications. Coverage " + round(backtest.coverage().get(m).share(), 2) + " (nominal 0.90)."));
            }
        }
        writer.finish();
        return charts;
    }

    static XYChart survival(Fit fit) {
        XYChart chart = ChartStyle.xyChart("Share of engaged deals still open, by days since engagement",
                "Days since engagement", "Share still open (fraction)");
        KaplanMeier km = fit.cycle().km();
        double last = Math.max(fit.cycle().maxClosedDays(), km.steps().isEmpty() ? 1 : km.steps().get(km.steps().size() - 1).days());
        double xMax = Math.max(last * 1.3, 30);
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        List<Double> lo = new ArrayList<>();
        List<Double> hi = new ArrayList<>();
        double s = 1;
        double l = 1;
        double h = 1;
        x.add(0.0);
        y.add(1.0);
        lo.add(1.0);
        hi.add(1.0);
        for (KaplanMeier.Step step : km.steps()) {
            x.add(step.days());
            y.add(s);
            lo.add(l);
            hi.add(h);
            s = step.survival();
            l = step.low();
            h = step.high();
            x.add(step.days());
            y.add(s);
            lo.add(l);
            hi.add(h);
        }
        x.add(xMax);
        y.add(s);
        lo.add(l);
        hi.add(h);
        double[] xs = x.stream().mapToDouble(Double::doubleValue).toArray();
        Plots.band(chart, "Kaplan–Meier 95% band", xs, lo.stream().mapToDouble(Double::doubleValue).toArray(),
                hi.stream().mapToDouble(Double::doubleValue).toArray(), EMPIRICAL);
        Plots.line(chart, "Kaplan–Meier", xs, y.stream().mapToDouble(Double::doubleValue).toArray(), EMPIRICAL, 3f);
        CureModel model = fit.cycle().model();
        curve(chart, "Fitted: " + model.family().id() + " cure model", model, xMax, ChartStyle.seriesColour(0), false);
        fit.cycle().candidates().stream().filter(c -> c != model && c.family().parameters() == 2)
                .min(Comparator.comparingDouble(CureModel::aic))
                .ifPresent(c -> curve(chart, "Best single " + c.family().id() + " cure model", c, xMax, ChartStyle.seriesColour(2), true));
        curve(chart, "Naive: closed deals only", fit.cycle().naive(), xMax, ChartStyle.seriesColour(1), false);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(1.0);
        return chart;
    }

    private static void curve(XYChart chart, String name, CureModel model, double xMax, Color colour, boolean dashed) {
        // the dash pattern starts afresh on each segment, so a dashed curve needs segments longer
        // than a dash (10 px) to look dashed: 40 points on a smooth curve, 200 on a solid one
        int n = dashed ? 40 : 200;
        double[] x = new double[n + 1];
        double[] y = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            x[i] = xMax * i / n;
            y[i] = model.survival(x[i]);
        }
        XYSeries s = Plots.line(chart, name, x, y, colour, 3f);
        if (dashed) {
            s.setLineStyle(ChartStyle.dashed(3f));
        }
    }

    static XYChart arrivals(Fit fit, List<Deal> deals) {
        LocalDate first = fit.first();
        XYChart chart = ChartStyle.xyChart("Engagements per week, and the fitted monthly rates",
                "Weeks since the first engagement (" + first + ")", "Engagements (deals/week)");
        List<IsoWeek> weeks = IsoWeek.covering(first, fit.cutoff());
        double[] x = new double[weeks.size()];
        double[] y = new double[weeks.size()];
        for (int i = 0; i < weeks.size(); i++) {
            IsoWeek w = weeks.get(i);
            x[i] = weeksSince(first, w.first()) + w.days() / 14.0;
            long count = deals.stream().filter(d -> d.engaged() != null && w.contains(d.engaged())).count();
            y[i] = count * 7.0 / w.days();
        }
        XYSeries weekly = Plots.line(chart, "Engagements in the week", x, y, new Color(0x99, 0x99, 0x99), 2f);
        weekly.setMarker(SeriesMarkers.CIRCLE);
        weekly.setMarkerColor(new Color(0x99, 0x99, 0x99));
        List<Double> mx = new ArrayList<>();
        List<Double> rate = new ArrayList<>();
        List<Double> lo = new ArrayList<>();
        List<Double> hi = new ArrayList<>();
        for (Arrivals.Month m : fit.arrivals().months()) {
            LocalDate from = m.month().atDay(1).isBefore(first) ? first : m.month().atDay(1);
            double a = weeksSince(first, from);
            double b = a + m.days() / 7.0;
            for (double at : new double[] {a, b}) {
                mx.add(at);
                rate.add(m.perWeek().value());
                lo.add(m.perWeek().low());
                hi.add(m.perWeek().high());
            }
        }
        double[] mxs = mx.stream().mapToDouble(Double::doubleValue).toArray();
        Plots.band(chart, "Monthly rate 95%", mxs, lo.stream().mapToDouble(Double::doubleValue).toArray(),
                hi.stream().mapToDouble(Double::doubleValue).toArray(), ChartStyle.seriesColour(0));
        Plots.line(chart, "Fitted monthly rate", mxs, rate.stream().mapToDouble(Double::doubleValue).toArray(), ChartStyle.seriesColour(0), 3f);
        double recentFrom = weeksSince(first, fit.arrivals().recentFrom());
        double end = weeksSince(first, fit.cutoff().plusDays(1));
        XYSeries recent = Plots.line(chart, "Recent rate (last " + Arrivals.RECENT_WEEKS + " weeks)", new double[] {recentFrom, end},
                new double[] {fit.arrivals().recentPerWeek().value(), fit.arrivals().recentPerWeek().value()}, ChartStyle.seriesColour(1), 3f);
        recent.setLineStyle(ChartStyle.dashed(3f));
        chart.getStyler().setYAxisMin(0.0);
        return chart;
    }

    private static double weeksSince(LocalDate first, LocalDate day) {
        return ChronoUnit.DAYS.between(first, day) / 7.0;
    }

    static XYChart valuesQq(Fit fit) {
        XYChart chart = ChartStyle.xyChart("Won value by product: Q-Q against the fitted distribution",
                "Fitted quantile (standard units)", "Observed won value (standard units)");
        double extreme = 3;
        int colour = 0;
        for (Map.Entry<String, DealValues> e : fit.valuesByProduct().entrySet()) {
            DealValues v = e.getValue();
            if (v.scale() <= 0 || v.values().length < 3) {
                continue;
            }
            int n = v.values().length;
            double[] theory = new double[n];
            double[] observed = new double[n];
            for (int i = 0; i < n; i++) {
                theory[i] = STANDARD.inverseCumulativeProbability((i + 0.5) / n);
                double value = "lognormal".equals(v.family()) ? Math.log(v.values()[i]) : v.values()[i];
                observed[i] = (value - v.location()) / v.scale();
                extreme = Math.max(extreme, Math.abs(theory[i]));
            }
            XYSeries s = chart.addSeries(e.getKey() + " (" + v.family() + ", n=" + n + ")", theory, observed);
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            s.setMarker(SeriesMarkers.CIRCLE);
            s.setMarkerColor(ChartStyle.translucent(ChartStyle.seriesColour(colour++), 140));
        }
        XYSeries diagonal = Plots.line(chart, "Perfect fit", new double[] {-extreme, extreme}, new double[] {-extreme, extreme},
                EMPIRICAL, 2f);
        diagonal.setLineStyle(ChartStyle.dashed(2f));
        chart.getStyler().setMarkerSize(6);
        // seven products do not fit one line below the chart
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNW);
        chart.getStyler().setLegendLayout(org.knowm.xchart.style.Styler.LegendLayout.Vertical);
        return chart;
    }

    static XYChart backtest(Backtest backtest, Metric metric) {
        List<Backtest.Row> rows = backtest.rows().stream().filter(r -> r.metric() == metric).toList();
        String unit = metric.meaning().unit();
        XYChart chart = ChartStyle.xyChart(ChartStyle.label(metric.id()) + " after " + backtest.cutoff() + ": actual against the forecast",
                "Week after the cutoff (1 = " + rows.get(0).week().label() + ")", ChartStyle.label(metric.id()) + " (" + unit + ")");
        int n = rows.size();
        double[] x = new double[n];
        double[] actual = new double[n];
        double[] mean = new double[n];
        double[] lo = new double[n];
        double[] hi = new double[n];
        for (int i = 0; i < n; i++) {
            Backtest.Row r = rows.get(i);
            x[i] = i + 1;
            actual[i] = r.actual();
            mean[i] = r.simMean();
            lo[i] = r.simP05();
            hi[i] = r.simP95();
        }
        Plots.band(chart, "Forecast 5%-95%", x, lo, hi, ChartStyle.seriesColour(0));
        Plots.line(chart, "Forecast mean", x, mean, ChartStyle.seriesColour(0), 3f);
        XYSeries a = Plots.line(chart, "Actual", x, actual, EMPIRICAL, 2f);
        a.setMarker(SeriesMarkers.CIRCLE);
        a.setMarkerColor(EMPIRICAL);
        chart.getStyler().setMarkerSize(8);
        chart.getStyler().setYAxisMin(0.0);
        if (metric == Metric.WON_VALUE) {
            double largest = java.util.Arrays.stream(hi).max().orElse(1);
            chart.getStyler().setyAxisTickLabelsFormattingFunction(ChartStyle.moneyTicks(largest));
        }
        return chart;
    }

    private static String round(double v, int digits) {
        return new java.math.BigDecimal(v).setScale(digits, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
