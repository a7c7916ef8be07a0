package io.salesim.reports.charts;

import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Charts of a sales-organisation run: bottlenecks, utilisation, protective capacity, sales, service, money. */
final class SalesCharts {
    private static final double WEEKS_PER_YEAR = 52.0;

    private final RunData data;
    private final RoleTable roles;
    private final Path dir;

    SalesCharts(RunData data, Path dir) {
        this.data = data;
        this.roles = RoleTable.of(data);
        this.dir = dir;
    }

    List<ChartFile> write() {
        List<ChartFile> out = new ArrayList<>();
        bottleneckTimeline().ifPresent(out::add);
        utilisationHeatMap().ifPresent(out::add);
        protectiveCapacity().ifPresent(out::add);
        out.addAll(bdMeetings());
        csOnTime().ifPresent(out::add);
        productionBacklog().ifPresent(out::add);
        cumulativeMoney().ifPresent(out::add);
        return out;
    }

    private Optional<ChartFile> bottleneckTimeline() {
        Map<String, double[]> probabilities = data.bottleneckProbabilities();
        if (probabilities.isEmpty()) {
            return Optional.empty();
        }
        int weeks = probabilities.values().iterator().next().length;
        double[] x = new double[weeks];
        Arrays.setAll(x, i -> i + 1);
        XYChart chart = ChartStyle.xyChart("Which role is the bottleneck, week by week", "Week",
                "Probability of being the bottleneck (%)");
        double[] below = new double[weeks];
        for (Map.Entry<String, double[]> entry : probabilities.entrySet()) {
            double[] above = new double[weeks];
            for (int w = 0; w < weeks; w++) {
                above[w] = below[w] + 100 * entry.getValue()[w];
            }
            Color colour = roles.colour(entry.getKey());
            List<Double> px = new ArrayList<>();
            List<Double> py = new ArrayList<>();
            for (int w = 0; w < weeks; w++) {
                px.add(x[w]);
                py.add(above[w]);
            }
            for (int w = weeks - 1; w >= 0; w--) {
                px.add(x[w]);
                py.add(below[w]);
            }
            XYSeries s = chart.addSeries(ChartStyle.label(entry.getKey()), px, py);
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
            s.setFillColor(colour);
            s.setLineColor(Color.WHITE);
            s.setLineStyle(ChartStyle.line(0.5f));
            s.setMarker(SeriesMarkers.NONE);
            below = above;
        }
        chart.getStyler().setYAxisMin(0.0).setYAxisMax(100.0).setXAxisMin(1.0).setXAxisMax((double) weeks);
        chart.getStyler().setYAxisDecimalPattern("0");
        chart.getStyler().setXAxisDecimalPattern("0");
        return Optional.of(ChartWriter.save(chart, dir, "bottleneck-timeline",
                "Stacked share of replications in which each role is the bottleneck that week; a band that grows shows the constraint moving to that role."));
    }

    private Optional<ChartFile> utilisationHeatMap() {
        List<String> shown = roles.ordered(data.resourcesWith("utilization").stream().filter(roles::contains).toList());
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        int weeks = 0;
        for (String role : shown) {
            weeks = Math.max(weeks, data.weekly(role, "utilization").orElseThrow().size());
        }
        String constraint = roles.designatedConstraint();
        // The colour scale breaks at the utilisation the first protected role's target allows: cool below, warm above.
        double limitPct = 100 * (1 - shown.stream().filter(r -> !r.equals(constraint)).findFirst()
                .map(roles::protectiveTarget).orElse(RoleTable.DEFAULT_PROTECTIVE_CAPACITY));
        // Label every 13th week (a quarter) only: 104 labels side by side cannot be read.
        int step = weeks > 52 ? 13 : weeks > 20 ? 4 : 1;
        List<String> xData = new ArrayList<>();
        for (int w = 1; w <= weeks; w++) {
            xData.add(w == 1 || w % step == 0 ? Integer.toString(w) : " ");
        }
        // The first role on the top row, as in the other charts' legends.
        // each row names its own limit: roles differ, and the designated constraint is meant to run flat out
        List<String> yData = new ArrayList<>(shown.stream().map(role -> ChartStyle.label(role) + (role.equals(constraint)
                ? " (constraint)"
                : String.format(" (≤ %.0f%%)", 100 * (1 - roles.protectiveTarget(role))))).toList());
        Collections.reverse(yData);
        List<Number[]> cells = new ArrayList<>();
        for (int r = 0; r < shown.size(); r++) {
            WeeklySeries s = data.weekly(shown.get(r), "utilization").orElseThrow().scaled(100);
            for (int i = 0; i < s.size(); i++) {
                if (Double.isFinite(s.mean()[i])) {
                    cells.add(new Number[]{(int) s.weeks()[i] - 1, shown.size() - 1 - r, Math.round(Math.min(100, Math.max(0, s.mean()[i])))});
                }
            }
        }
        HeatMapChart chart = ChartStyle.heatMap("Utilisation by role and week (each role's limit in brackets)", "Week", "");
        chart.getStyler().setMin(0).setMax(100);
        chart.getStyler().setRangeColors(HeatMapScale.colours(limitPct));
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setDrawBorder(false);
        chart.getStyler().setShowValue(false);
        chart.getStyler().setGradientColorColumnHeight(500);
        chart.getStyler().setHeatMapValueDecimalPattern("0'%'");
        chart.getStyler().setDecimalPattern("0'%'");
        chart.getStyler().setPiecewise(true).setPiecewiseRanged(true)
                .setSplitNumber(Math.round(limitPct) % 10 == 0 ? 10 : 20); // a bin edge falls on the limit
        chart.getStyler().setPlotGridLinesVisible(false);
        chart.addSeries("Utilisation (%)", xData, yData, cells);
        return Optional.of(ChartWriter.save(chart, dir, "utilisation-heatmap", String.format(
                "Mean utilisation per role and week; colours turn warm above %.0f%% (the first support role's limit); "
                        + "each row's own limit is in brackets: above it the role has less protective capacity than its target.", limitPct)));
    }

    private Optional<ChartFile> protectiveCapacity() {
        List<String> shown = roles.ordered(data.resourcesWith("protective_capacity"));
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        XYChart chart = ChartStyle.xyChart("Protective capacity by role against target", "Week",
                "Protective capacity (% of available hours)");
        double maxWeek = 1;
        for (String role : shown) {
            WeeklySeries s = data.weekly(role, "protective_capacity").orElseThrow().scaled(100);
            Plots.lineWithBand(chart, ChartStyle.label(role), s, roles.colour(role));
            maxWeek = Math.max(maxWeek, Plots.maxWeek(s));
        }
        String constraint = roles.designatedConstraint();
        String first = shown.stream().filter(r -> !r.equals(constraint)).findFirst().orElse(shown.get(0));
        double target = roles.protectiveTarget(first);
        Plots.target(chart, String.format("Target %.0f%%%s", 100 * target, roles.knowsTarget(first) ? "" : " (default)"),
                1, maxWeek, 100 * target);
        chart.getStyler().setXAxisMin(1.0).setXAxisMax(maxWeek).setYAxisMin(0.0);
        chart.getStyler().setXAxisDecimalPattern("0");
        chart.getStyler().setYAxisDecimalPattern("0");
        return Optional.of(ChartWriter.save(chart, dir, "protective-capacity",
                "Mean share of each role's working hours left idle, with its 95% confidence band; below the dashed target the role has no room to absorb variation."));
    }

    /** Team total and per-salesperson counts on separate charts: one is a multiple of the other, so two axes on one chart would draw the same line twice. */
    private List<ChartFile> bdMeetings() {
        List<ChartFile> out = new ArrayList<>();
        data.weekly("sales", "bd_meetings_per_week").ifPresent(total -> out.add(simpleWeekly(total,
                "Business-development meetings per week, whole team", "Meetings per week", "Whole team",
                fieldColour(), "bd-meetings-team",
                "Mean business-development meetings held per week by the whole field team, with its 95% confidence band.")));
        data.weekly("sales", "bd_meetings_per_salesperson_week").ifPresent(perPerson -> out.add(simpleWeekly(perPerson,
                "Business-development meetings per salesperson per week", "Meetings per salesperson per week", "Per salesperson",
                fieldColour(), "bd-meetings-per-salesperson",
                "Mean business-development meetings per field salesperson per week, with its 95% confidence band.")));
        return out;
    }

    /** The field team's colour, for the charts of its meetings. */
    private Color fieldColour() {
        return roles.fieldTeam().map(roles::colour).orElse(ChartStyle.seriesColour(0));
    }

    private ChartFile simpleWeekly(WeeklySeries series, String title, String yTitle, String name, Color colour, String stem,
                                   String caption) {
        XYChart chart = ChartStyle.xyChart(title, "Week", yTitle);
        Plots.lineWithBand(chart, name, series.floored(0), colour);
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setXAxisMin(1.0).setXAxisMax(Plots.maxWeek(series)).setYAxisMin(0.0);
        chart.getStyler().setXAxisDecimalPattern("0");
        chart.getStyler().setYAxisDecimalPattern("#,##0.#");
        return ChartWriter.save(chart, dir, stem, caption);
    }

    private Optional<ChartFile> csOnTime() {
        Optional<WeeklySeries> onTime = data.weekly("cs", "on_time_pct");
        if (onTime.isEmpty()) {
            return Optional.empty();
        }
        WeeklySeries s = onTime.get();
        boolean fraction = Arrays.stream(s.mean()).filter(Double::isFinite).max().orElse(0) <= 1.0;
        WeeklySeries pct = fraction ? s.scaled(100) : s;
        XYChart chart = ChartStyle.xyChart("Customer service: work done within customer tolerance", "Week", "On time (%)");
        Plots.lineWithBand(chart, "On time", pct, ChartStyle.seriesColour(0));
        Plots.target(chart, "Bar: 90% on time", 1, Plots.maxWeek(pct), 90);
        chart.getStyler().setXAxisMin(1.0).setXAxisMax(Plots.maxWeek(pct)).setYAxisMax(100.0);
        chart.getStyler().setXAxisDecimalPattern("0");
        chart.getStyler().setYAxisDecimalPattern("0");
        return Optional.of(ChartWriter.save(chart, dir, "cs-on-time",
                "Mean share of customer-service tasks finished within the customer's tolerance, with its 95% band; the dashed line is the 90% bar."));
    }

    private Optional<ChartFile> productionBacklog() {
        return data.weekly("production", "backlog_hours").map(backlog -> simpleWeekly(backlog, "Production backlog",
                "Backlog (hours of work)", "Backlog", roles.colour(RoleTable.PRODUCTION), "production-backlog",
                "Mean hours of production work waiting at the end of each week, with its 95% band."));
    }

    private Optional<ChartFile> cumulativeMoney() {
        Optional<WeeklySeries> revenue = data.weekly("finance", "revenue_per_week").map(SalesCharts::cumulative);
        Optional<WeeklySeries> payroll = data.weekly("finance", "payroll_per_year")
                .map(s -> s.scaled(1 / WEEKS_PER_YEAR)).map(SalesCharts::cumulative);
        Optional<WeeklySeries> net = data.weekly("finance", "net_per_week").map(SalesCharts::cumulative);
        if (revenue.isEmpty() && payroll.isEmpty() && net.isEmpty()) {
            return Optional.empty();
        }
        String currency = currency();
        XYChart chart = ChartStyle.xyChart("Cumulative revenue, payroll and net", "Week",
                "Cumulative amount" + (currency.isEmpty() ? "" : " (" + currency + ")"));
        double maxWeek = 1;
        Color[] colours = {new Color(0x00, 0x72, 0xB2), new Color(0xD5, 0x5E, 0x00), new Color(0x00, 0x9E, 0x73)};
        String[] names = {"Revenue", "Payroll", "Net"};
        List<Optional<WeeklySeries>> all = List.of(revenue, payroll, net);
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).isPresent()) {
                Plots.lineWithBand(chart, names[i], all.get(i).get(), colours[i]);
                maxWeek = Math.max(maxWeek, Plots.maxWeek(all.get(i).get()));
            }
        }
        chart.getStyler().setXAxisMin(1.0).setXAxisMax(maxWeek);
        chart.getStyler().setXAxisDecimalPattern("0");
        chart.getStyler().setYAxisDecimalPattern("#,##0");
        return Optional.of(ChartWriter.save(chart, dir, "cumulative-money",
                "Running totals since week 1 (payroll = annual payroll ÷ 52 per week); bands add the weekly 95% half-widths, a conservative bound for the cumulative sum."));
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

    /** "EUR/week" → "EUR"; empty when summary.csv names no unit. */
    private String currency() {
        return data.summary("finance.revenue_per_week").map(RunData.MetricSummary::unit)
                .map(u -> u.replace("/week", "").replace("per week", "").trim()).orElse("");
    }

}
