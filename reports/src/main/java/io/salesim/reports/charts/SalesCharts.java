package io.salesim.reports.charts;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Charts of a sales-organisation run: bottlenecks, utilisation, protective capacity, sales, service, money. */
final class SalesCharts {

    private final RunData data;
    private final RoleTable roles;
    private final ChartWriter writer;
    private final PlanTimeline timeline;
    private final Map<String, List<String>> legendRoles = Collections.synchronizedMap(new LinkedHashMap<>());
    /** The plot area of a 1280×720 chart with a legend below, roughly, in pixels: where plan-step labels go. */
    static final double PLOT_WIDTH = 1110;
    static final double PLOT_HEIGHT = 470;

    SalesCharts(RunData data, ChartWriter writer) {
        this.data = data;
        this.roles = RoleTable.of(data);
        this.writer = writer;
        this.timeline = PlanTimeline.of(data);
    }

    /** The charts, built side by side (each reads the run's data only). */
    List<ChartFile> write() {
        return writer.build(List.of(() -> bottleneckTimeline().stream().toList(), () -> utilisationHeatMap().stream().toList(),
                () -> protectiveCapacity().stream().toList(), this::bdMeetings, () -> csOnTime().stream().toList(),
                () -> productionBacklog().stream().toList(), () -> cumulativeMoney().stream().toList()));
    }

    private Optional<ChartFile> bottleneckTimeline() {
        Map<String, double[]> all = data.bottleneckProbabilities();
        if (all.isEmpty()) {
            return Optional.empty();
        }
        int csvWeeks = all.values().iterator().next().length;
        int from = Math.min(timeline.warmupWeeks(), csvWeeks - 1);
        int weeks = csvWeeks - from;
        double[] x = new double[weeks];
        Arrays.setAll(x, i -> i + 1);
        // only roles that are the bottleneck in some shown week: a legend entry nothing is drawn for misleads
        Map<String, double[]> probabilities = new LinkedHashMap<>();
        all.forEach((role, p) -> {
            double[] shown = Arrays.copyOfRange(p, from, csvWeeks);
            if (Arrays.stream(shown).anyMatch(v -> v > 0)) {
                probabilities.put(role, shown);
            }
        });
        XYChart chart = ChartStyle.xyChart(timeline.title("Which role is the bottleneck, week by week"), timeline.xTitle(),
                "Probability of being the bottleneck (%)");
        ChartStyle.fitTitle(chart);
        double[] below = new double[weeks];
        for (Map.Entry<String, double[]> entry : probabilities.entrySet()) {
            double[] above = new double[weeks];
            for (int w = 0; w < weeks; w++) {
                above[w] = below[w] + 100 * entry.getValue()[w];
            }
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
            s.setFillColor(roles.colour(entry.getKey()));
            s.setLineColor(Color.WHITE);
            s.setLineStyle(ChartStyle.line(0.5f));
            s.setMarker(SeriesMarkers.NONE);
            below = above;
        }
        finishTimeChart(chart, 0, 100, weeks);
        if (probabilities.size() == 1 && Arrays.stream(probabilities.values().iterator().next()).allMatch(p -> p >= 1 - 1e-9)) {
            // one solid block: say what it means on it
            chart.getStyler().setAnnotationTextFont(ChartStyle.AXIS_TITLE);
            chart.getStyler().setAnnotationTextFontColor(Color.WHITE);
            chart.addAnnotation(new org.knowm.xchart.AnnotationText(ChartStyle.label(probabilities.keySet().iterator().next())
                    + " is the bottleneck in every week of every replication", weeks / 2.0, 50, false));
        }
        legendRoles.put("bottleneck-timeline", List.copyOf(probabilities.keySet()));
        return Optional.of(writer.save(chart, "bottleneck-timeline",
                "Stacked share of replications in which each role is the bottleneck that week; a band that grows shows the constraint "
                        + "moving to that role; only roles that are the bottleneck in some week are listed." + timeline.caption()));
    }

    /**
     * Plan weeks on the x axis from 0, the plan's steps marked above the data, ticks every
     * 4, 8 or 13 weeks, and y tick labels only up to the data's top (the headroom holds the step labels).
     */
    void finishTimeChart(XYChart chart, double yBottom, double dataTop, double weeks) {
        // a hair above the data: with the axis exactly at the data's edges XChart may tick only the two ends
        double top = Math.max(dataTop + 1e-6 * Math.max(1, Math.abs(dataTop - yBottom)),
                timeline.mark(chart, yBottom, dataTop, PLOT_HEIGHT, PLOT_WIDTH, weeks));
        chart.getStyler().setXAxisMin(0.0).setXAxisMax(weeks).setYAxisMin(yBottom).setYAxisMax(top);
        chart.getStyler().setXAxisDecimalPattern("0");
        chart.getStyler().setXAxisTickMarkSpacingHint(weeks > 52 ? 60 : 80);
        chart.getStyler().setYAxisTickMarkSpacingHint(60);
        java.util.function.Function<Double, String> format = chart.getStyler().getyAxisTickLabelsFormattingFunction();
        java.text.DecimalFormat plain = new java.text.DecimalFormat("#,##0.#", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.US));
        // XChart wants distinct tick labels, so each blank one is a different run of zero-width spaces
        double span = Math.max(1e-12, dataTop - yBottom);
        chart.getStyler().setyAxisTickLabelsFormattingFunction(v -> v > dataTop + 1e-9 * span
                ? "\u200B".repeat(1 + (int) Math.round(1000 * (v - dataTop) / span))
                : format != null ? format.apply(v) : plain.format(v));
    }

    /** Roles listed in each role chart's legend, by chart stem (for tests). */
    Map<String, List<String>> legendRoles() {
        return legendRoles;
    }

    private Optional<ChartFile> utilisationHeatMap() {
        List<String> shown = roles.ordered(data.resourcesWith("utilization").stream().filter(roles::contains).toList());
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        int weeks = 0;
        for (String role : shown) {
            weeks = Math.max(weeks, timeline.inPlanWeeks(data.weekly(role, "utilization").orElseThrow()).size());
        }
        String constraint = roles.designatedConstraint();
        // The colour scale breaks at the utilisation the first protected role's target allows: cool below, warm above.
        double limitPct = 100 * (1 - shown.stream().filter(r -> !r.equals(constraint)).findFirst()
                .map(roles::protectiveTarget).orElse(RoleTable.DEFAULT_PROTECTIVE_CAPACITY));
        // Label every 13th week (a quarter) only: 104 labels side by side cannot be read.
        int step = weeks > 52 ? 13 : weeks > 20 ? 4 : 1;
        // plan steps are marked by their week's tick ("▲20"), named in the caption
        java.util.Set<Integer> stepWeeks = new java.util.HashSet<>();
        timeline.markers().forEach(m -> stepWeeks.add((int) Math.max(1, Math.ceil(m.atWeek()))));
        List<String> xData = new ArrayList<>();
        for (int w = 1; w <= weeks; w++) {
            int week = w;
            boolean nearStep = stepWeeks.stream().anyMatch(sw -> Math.abs(sw - week) <= 4);
            xData.add(stepWeeks.contains(w) ? "▲" + w : w % step == 0 && !nearStep ? Integer.toString(w) : " ");
        }
        // The first role on the top row, as in the other charts' legends.
        // each row names its own limit: roles differ, and the designated constraint is meant to run flat out
        List<String> yData = new ArrayList<>(shown.stream().map(role -> ChartStyle.label(role) + limitLabel(role, constraint)).toList());
        Collections.reverse(yData);
        List<Number[]> cells = new ArrayList<>();
        for (int r = 0; r < shown.size(); r++) {
            WeeklySeries s = timeline.inPlanWeeks(data.weekly(shown.get(r), "utilization").orElseThrow()).scaled(100);
            for (int i = 0; i < s.size(); i++) {
                if (Double.isFinite(s.mean()[i])) {
                    cells.add(new Number[]{(int) s.weeks()[i] - 1, shown.size() - 1 - r, Math.round(Math.min(100, Math.max(0, s.mean()[i])))});
                }
            }
        }
        HeatMapChart chart = ChartStyle.heatMap(timeline.title("Utilisation by role and week"),
                timeline.xTitle() + (stepWeeks.isEmpty() ? "" : "; ▲ plan step"), "");
        ChartStyle.fitTitle(chart);
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
        return Optional.of(writer.save(chart, "utilisation-heatmap", String.format(
                "Mean utilisation per role and week; colours turn warm above %.0f%% (the first support role's limit); "
                        + "each row's own limit is in brackets: above it the role has less protective capacity than its target.", limitPct)
                + timeline.caption().replace("(dotted lines)", "(▲ on the week axis: the step takes effect in that week)")));
    }

    /** " (≤ 85%)", " (constraint)", or with a policy step that moves the constraint " (constraint to wk 48)", " (≤ 90%; constraint wk 48+)". */
    private String limitLabel(String role, String constraintAtStart) {
        String limit = String.format(Locale.ROOT, "≤ %.0f%%", 100 * (1 - roles.protectiveTarget(role)));
        boolean atStart = role.equals(constraintAtStart);
        for (PlanTimeline.Step step : timeline.steps()) {
            String next = step.designatedConstraint();
            if (next != null && step.atWeek() > 0 && atStart != role.equals(next)) {
                return String.format(Locale.ROOT, atStart ? " (constraint to wk %.0f)" : " (%s; constraint wk %.0f+)",
                        atStart ? new Object[]{step.atWeek()} : new Object[]{limit, step.atWeek()});
            }
        }
        return atStart ? " (constraint)" : " (" + limit + ")";
    }

    private Optional<ChartFile> protectiveCapacity() {
        return ProtectiveCapacityChart.write(data, roles, timeline, writer);
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
        WeeklySeries shown = timeline.inPlanWeeks(series).floored(0);
        XYChart chart = ChartStyle.xyChart(timeline.title(title), timeline.xTitle(), yTitle);
        ChartStyle.fitTitle(chart);
        Plots.lineWithBand(chart, name, shown, colour);
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setYAxisDecimalPattern("#,##0.#");
        finishTimeChart(chart, 0, niceTop(Arrays.stream(Plots.highs(shown)).filter(Double::isFinite).max().orElse(1)),
                Plots.maxWeek(shown));
        return writer.save(chart, stem, caption + timeline.caption());
    }

    /** A round axis top a little above the data: 1, 2, 2.5 or 5 × a power of ten. */
    static double niceTop(double max) {
        if (!(max > 0)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(max)));
        for (double m : new double[]{1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
            if (m * power >= max * 1.02) {
                return m * power;
            }
        }
        return 10 * power;
    }

    private Optional<ChartFile> csOnTime() {
        Optional<WeeklySeries> onTime = data.weekly("cs", "on_time_pct");
        if (onTime.isEmpty()) {
            return Optional.empty();
        }
        WeeklySeries s = timeline.inPlanWeeks(onTime.get());
        boolean fraction = Arrays.stream(s.mean()).filter(Double::isFinite).max().orElse(0) <= 1.0;
        WeeklySeries pct = fraction ? s.scaled(100) : s;
        // the metric scores every customer-facing task, whoever does it (CS reps, coordinators, project leaders)
        double bottom = Math.min(80, 10 * Math.floor(Arrays.stream(Plots.lows(pct)).filter(Double::isFinite).min().orElse(80) / 10));
        XYChart chart = ChartStyle.xyChart(timeline.title("Customer-facing tasks done on time, whoever does them"),
                timeline.xTitle(), "Done within tolerance (%)" + (bottom > 0 ? String.format(Locale.ROOT, ", axis from %.0f", bottom) : ""));
        ChartStyle.fitTitle(chart);
        Plots.lineWithBand(chart, "On time", pct, ChartStyle.seriesColour(0));
        Plots.target(chart, "Bar: 90% on time", 0, Plots.maxWeek(pct), 90);
        chart.getStyler().setYAxisDecimalPattern("0");
        finishTimeChart(chart, Math.max(0, bottom), 100, Plots.maxWeek(pct));
        chart.getStyler().setYAxisTitleVisible(true);
        return Optional.of(writer.save(chart, "cs-on-time",
                "Mean share of customer-facing service tasks (order entry, issues, quotes, proactive updates) finished within the customer's tolerance, "
                        + "whoever does them, with its 95% band; the dashed line is the 90% bar."
                        + (bottom > 0 ? String.format(Locale.ROOT, " The axis starts at %.0f%%.", bottom) : "") + timeline.caption()));
    }

    private Optional<ChartFile> productionBacklog() {
        return data.weekly("production", "backlog_hours").map(backlog -> simpleWeekly(backlog, "Production backlog",
                "Backlog (hours of work)", "Backlog", roles.colour(RoleTable.PRODUCTION), "production-backlog",
                "Mean hours of production work waiting at the end of each week, with its 95% band."));
    }

    private Optional<ChartFile> cumulativeMoney() {
        return MoneyChart.write(data, timeline, this, writer);
    }
}
