package io.salesim.reports.charts;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Cumulative money from the plan's start, the way {@code finance.cumulative_net} counts it:
 * payroll, other operating expense and variable costs stacked under the revenue line, so the
 * gap between the stack and revenue is the net drawn beside them (net = throughput −
 * operating expense = revenue − variable costs − payroll − other operating expense).
 */
final class MoneyChart {
    private static final double WEEKS_PER_YEAR = 52.0;
    private static final Color REVENUE = new Color(0x00, 0x72, 0xB2);
    private static final Color PAYROLL = new Color(0xD5, 0x5E, 0x00);
    private static final Color OTHER = new Color(0xE6, 0x9F, 0x00);
    private static final Color VARIABLE = new Color(0xBB, 0xBB, 0xBB);
    private static final Color NET = new Color(0x00, 0x9E, 0x73);

    private MoneyChart() {
    }

    /** Running sums over the plan's weeks; {@code variable} and {@code other} are NaN-free parts with revenue = their sum + payroll + net. */
    record Totals(double[] weeks, WeeklySeries revenue, double[] payroll, double[] other, double[] variable, WeeklySeries net) {
        double netAtEnd() {
            return net.mean()[net.size() - 1];
        }
    }

    static Optional<Totals> totals(RunData data, PlanTimeline timeline) {
        Optional<WeeklySeries> revenue = data.weekly("finance", "revenue_per_week").map(timeline::inPlanWeeks);
        Optional<WeeklySeries> payroll = data.weekly("finance", "payroll_per_year").map(timeline::inPlanWeeks);
        Optional<WeeklySeries> net = data.weekly("finance", "net_per_week").map(timeline::inPlanWeeks);
        if (revenue.isEmpty() || payroll.isEmpty() || net.isEmpty() || net.get().size() == 0) {
            return Optional.empty();
        }
        Optional<WeeklySeries> throughput = data.weekly("finance", "throughput_per_week").map(timeline::inPlanWeeks);
        Optional<WeeklySeries> expense = data.weekly("finance", "operating_expense_per_week").map(timeline::inPlanWeeks);
        int n = net.get().size();
        double[] pay = new double[n];
        double[] other = new double[n];
        double[] variable = new double[n];
        double p = 0;
        double o = 0;
        double v = 0;
        for (int i = 0; i < n; i++) {
            double r = value(revenue.get(), i);
            double weekPayroll = value(payroll.get(), i) / WEEKS_PER_YEAR;
            double weekNet = value(net.get(), i);
            // with throughput and operating expense the rest splits into variable costs and other operating expense
            double weekVariable = throughput.isPresent() && expense.isPresent() ? r - value(throughput.get(), i) : 0;
            double weekOther = r - weekPayroll - weekNet - weekVariable;
            p += weekPayroll;
            o += weekOther;
            v += weekVariable;
            pay[i] = p;
            other[i] = o;
            variable[i] = v;
        }
        WeeklySeries cumulativeNet = cumulative(net.get());
        return Optional.of(new Totals(cumulativeNet.weeks(), cumulative(revenue.get()), pay, other, variable, cumulativeNet));
    }

    /** Running sum of the weekly means; the band adds half-widths, which bounds the CI of the sum however the weeks correlate. */
    static WeeklySeries cumulative(WeeklySeries s) {
        int n = s.size();
        double[] mean = new double[n];
        double[] low = new double[n];
        double[] high = new double[n];
        double sum = 0;
        double below = 0;
        double above = 0;
        for (int i = 0; i < n; i++) {
            double m = Double.isFinite(s.mean()[i]) ? s.mean()[i] : 0;
            sum += m;
            below += Double.isFinite(s.low()[i]) ? m - s.low()[i] : 0;
            above += Double.isFinite(s.high()[i]) ? s.high()[i] - m : 0;
            mean[i] = sum;
            low[i] = sum - below;
            high[i] = sum + above;
        }
        return new WeeklySeries(s.resource(), s.metric() + ".cumulative", s.weeks(), mean, low, high);
    }

    private static double value(WeeklySeries s, int i) {
        return i < s.size() && Double.isFinite(s.mean()[i]) ? s.mean()[i] : 0;
    }

    static Optional<ChartFile> write(RunData data, PlanTimeline timeline, SalesCharts sales, ChartWriter writer) {
        Optional<Totals> found = totals(data, timeline);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Totals t = found.get();
        boolean split = Arrays.stream(t.variable()).anyMatch(x -> x != 0);
        int last = t.weeks().length - 1;
        double largest = Arrays.stream(Plots.highs(t.revenue())).max().orElse(1);
        Function<Double, String> money = ChartStyle.moneyTicks(largest);
        XYChart chart = ChartStyle.xyChart(timeline.title("Cumulative money from the plan's start"), timeline.xTitle(),
                "Cumulative $ (net = revenue − costs)");
        ChartStyle.fitTitle(chart);
        double[] base = new double[t.weeks().length];
        stack(chart, "Payroll " + ChartStyle.money(t.payroll()[last]), t.weeks(), base, t.payroll(), PAYROLL);
        double[] second = add(t.payroll(), t.other());
        stack(chart, (split ? "Other opex " : "Other costs ") + ChartStyle.money(t.other()[last]), t.weeks(), t.payroll(), second,
                OTHER);
        if (split) {
            stack(chart, "Variable costs " + ChartStyle.money(t.variable()[last]), t.weeks(), second, add(second, t.variable()), VARIABLE);
        }
        Plots.lineWithBand(chart, "Revenue " + ChartStyle.money(t.revenue().mean()[last]), t.revenue(), REVENUE);
        Plots.lineWithBand(chart, "Net " + ChartStyle.money(t.netAtEnd()), t.net(), NET);
        double lowest = Math.min(0, Arrays.stream(Plots.lows(t.net())).min().orElse(0));
        double bottom = lowest < 0 ? -SalesCharts.niceTop(-lowest) : 0;
        sales.finishTimeChart(chart, bottom, SalesCharts.niceTop(largest), t.weeks()[last]);
        Function<Double, String> blankAbove = chart.getStyler().getyAxisTickLabelsFormattingFunction();
        chart.getStyler().setyAxisTickLabelsFormattingFunction(v -> blankAbove.apply(v).startsWith("\u200B") ? blankAbove.apply(v) : money.apply(v));
        return Optional.of(writer.save(chart, "cumulative-money", "Running totals from the plan's start (the warm-up left out, "
                + "as in finance.cumulative_net): costs stacked under the revenue line — payroll (annual payroll ÷ 52 a week), "
                + (split ? "other operating expense (opex: field offices, travel, overtime, fixed expense) and variable costs" : "other costs")
                + " — so the gap up to revenue is the net, drawn from zero; its end is the headline cumulative net. Bands of revenue "
                + "and net add the weekly 95% half-widths, a conservative bound for the cumulative sum." + timeline.caption()));
    }

    private static double[] add(double[] a, double[] b) {
        double[] out = new double[a.length];
        Arrays.setAll(out, i -> a[i] + b[i]);
        return out;
    }

    private static void stack(XYChart chart, String name, double[] x, double[] low, double[] high, Color colour) {
        List<Double> px = new ArrayList<>();
        List<Double> py = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            px.add(x[i]);
            py.add(high[i]);
        }
        for (int i = x.length - 1; i >= 0; i--) {
            px.add(x[i]);
            py.add(low[i]);
        }
        XYSeries s = chart.addSeries(name, px, py);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
        s.setFillColor(ChartStyle.translucent(colour, 150));
        s.setLineColor(ChartStyle.translucent(colour, 0));
        s.setMarker(SeriesMarkers.NONE);
    }
}
