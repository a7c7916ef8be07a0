package io.salesim.reports.charts;

import io.salesim.core.analysis.Verdict;
import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Charts for decisions: a forest plot of paired differences, and each swept metric against its parameter. */
final class DecisionCharts {
    private static final int MAX_FOREST_ROWS = 10;
    /** The widest a forest plot's axis goes, in % of the baseline: a larger change is drawn at the edge and says so. */
    private static final double FOREST_CAP = 150;
    private static final int MAX_SWEEP_CHARTS = 6;
    private static final Color BETTER = new Color(0x00, 0x9E, 0x73);
    private static final Color WORSE = new Color(0xD5, 0x5E, 0x00);
    private static final Color UNCLEAR = new Color(0x88, 0x88, 0x88);

    private final RunData data;
    private final ChartWriter writer;

    DecisionCharts(RunData data, ChartWriter writer) {
        this.data = data;
        this.writer = writer;
    }

    List<ChartFile> write() {
        List<ChartFile> out = new ArrayList<>(forests());
        out.addAll(sweeps());
        return out;
    }

    /**
     * One forest plot per alternative (slide size): a row per board and headline metric with a
     * direction, the mean paired difference in % of the baseline's mean as a diamond on its
     * interval, coloured by the verdict, its numbers written beside it. Metrics whose baseline
     * mean is zero cannot be a percentage of it and are left to the table.
     */
    private List<ChartFile> forests() {
        List<Decisions.Comparison> all = Decisions.comparisons(data).stream()
                .filter(c -> !c.direction().isNeutral() && Double.isFinite(c.meanDiff())).toList();
        List<String> headline = Decisions.headline(data);
        List<String> alternatives = all.stream().map(Decisions.Comparison::alternative).distinct().toList();
        List<ChartFile> out = new ArrayList<>();
        for (String alternative : alternatives) {
            List<Decisions.Comparison> rows = all.stream().filter(c -> c.alternative().equals(alternative))
                    .filter(c -> headline.isEmpty() || headline.contains(c.metric()))
                    .filter(c -> nonZero(Decisions.baselineMean(data, c))).limit(MAX_FOREST_ROWS).toList();
            if (!rows.isEmpty()) {
                out.add(forest(alternative, rows, alternatives.size() > 1));
            }
        }
        return out;
    }

    private ChartFile forest(String alternative, List<Decisions.Comparison> rows, boolean severalPlans) {
        String baseline = rows.get(0).baseline();
        XYChart chart = new XYChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT)
                .title(alternative + " against " + baseline)
                .xAxisTitle("Difference in % of the baseline's mean, with its paired 95% CI")
                .yAxisTitle(" ").build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        chart.getStyler().setYAxisTicksVisible(false);
        chart.getStyler().setMarkerSize(14);
        chart.getStyler().setAnnotationTextFont(ChartStyle.LEGEND);
        chart.getStyler().setAnnotationTextFontColor(ChartStyle.INK);
        double extent = 0;
        List<Label> labels = new ArrayList<>();
        boolean[] used = new boolean[Verdict.values().length];
        for (int i = 0; i < rows.size(); i++) {
            Decisions.Comparison c = rows.get(i);
            double scale = 100 / Math.abs(Decisions.baselineMean(data, c));
            double y = rows.size() - i;
            double mid = c.meanDiff() * scale;
            double low = Double.isFinite(c.ciLow()) ? c.ciLow() * scale : mid;
            double high = Double.isFinite(c.ciHigh()) ? c.ciHigh() * scale : mid;
            String numbers = String.format(Locale.ROOT, "%+.1f%%  (%+.1f%% to %+.1f%%)", mid, low, high);
            boolean beyond = Math.abs(mid) > FOREST_CAP;
            // a change beyond the cap (a small baseline, e.g. a few weeks short) is drawn at the edge
            mid = clamp(mid);
            low = clamp(low);
            high = clamp(high);
            extent = Math.max(extent, Math.max(Math.abs(low), Math.abs(high)));
            Color colour = colour(c.verdict());
            used[c.verdict().ordinal()] = true;
            XYSeries interval = chart.addSeries("ci" + i, new double[]{low, high}, new double[]{y, y});
            interval.setLineColor(colour);
            interval.setLineStyle(ChartStyle.line(6f));
            interval.setMarker(SeriesMarkers.NONE);
            interval.setShowInLegend(false);
            XYSeries point = chart.addSeries("mean" + i, new double[]{mid}, new double[]{y});
            point.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            point.setMarker(SeriesMarkers.DIAMOND);
            point.setMarkerColor(colour);
            point.setShowInLegend(false);
            labels.add(new Label(MetricNames.label(c.metric()) + ":  " + numbers + (beyond ? ", beyond the axis" : ""),
                    beyond ? 0 : mid, y + 0.42));
        }
        extent = extent == 0 ? 1 : Math.min(FOREST_CAP, extent) * 1.3;
        // each label centred on its marker, but moved in so that it never runs off the plot
        // (about 9.5 px a character at the legend font, on a plot about 1,200 px wide)
        double unitsPerChar = 2 * extent / 1200 * 9.5;
        for (Label label : labels) {
            double half = label.text().length() * unitsPerChar / 2;
            double x = Math.max(-extent + half, Math.min(extent - half, label.x()));
            chart.addAnnotation(new AnnotationText(label.text(), x, label.y(), false));
        }
        // Light and dashed: the row labels are written across it.
        XYSeries zero = Plots.line(chart, "zero", new double[]{0, 0}, new double[]{0.5, rows.size() + 0.75}, ChartStyle.INK, 1.5f);
        zero.setLineStyle(ChartStyle.dashed(1.5f));
        zero.setLineColor(new Color(0x99, 0x99, 0x99));
        zero.setShowInLegend(false);
        for (Verdict v : List.of(Verdict.BETTER, Verdict.WORSE, Verdict.CANNOT_TELL)) {
            if (used[v.ordinal()]) {
                XYSeries entry = chart.addSeries(switch (v) {
                    case BETTER -> alternative + " better (CI excludes 0)";
                    case WORSE -> alternative + " worse (CI excludes 0)";
                    default -> "Cannot tell (CI holds 0)";
                }, new double[]{0}, new double[]{-100});
                entry.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
                entry.setMarker(SeriesMarkers.DIAMOND);
                entry.setMarkerColor(colour(v));
            }
        }
        chart.getStyler().setXAxisMin(-extent).setXAxisMax(extent);
        chart.getStyler().setYAxisMin(0.5).setYAxisMax(rows.size() + 0.75);
        chart.getStyler().setXAxisDecimalPattern("#,##0.#");
        String stem = severalPlans ? "comparison-forest-" + alternative.replaceAll("[^A-Za-z0-9_.-]", "_") : "comparison-forest";
        return writer.save(chart, stem, "Mean paired difference (" + alternative + " − " + baseline
                + ") per board and headline metric, in % of " + baseline + "'s mean, with its 95% confidence interval"
                + (severalPlans ? " (Bonferroni-adjusted across the plans)" : "")
                + "; green where " + alternative + " is better, orange where worse, grey where the data cannot tell.");
    }

    private static Color colour(Verdict verdict) {
        return switch (verdict) {
            case BETTER -> BETTER;
            case WORSE -> WORSE;
            default -> UNCLEAR;
        };
    }

    private static double clamp(double percent) {
        return Math.max(-FOREST_CAP, Math.min(FOREST_CAP, percent));
    }

    private static boolean nonZero(double v) {
        return Double.isFinite(v) && v != 0;
    }

    private List<ChartFile> sweeps() {
        List<Decisions.SweepPoint> points = Decisions.sweep(data);
        if (points.isEmpty()) {
            return List.of();
        }
        Map<String, List<Decisions.SweepPoint>> byMetric = new LinkedHashMap<>();
        List<String> headline = Decisions.headline(data);
        // metrics with a direction first (what the sweep decides), then neutral ones, each in headline order
        points.stream().filter(p -> headline.isEmpty() || headline.contains(p.metric()))
                .sorted(Comparator.<Decisions.SweepPoint>comparingInt(p -> p.direction().isNeutral() ? 1 : 0)
                        .thenComparingInt(p -> Decisions.headlineRank(headline, p.metric())))
                .forEach(p -> byMetric.computeIfAbsent(p.metric(), k -> new ArrayList<>()).add(p));
        List<ChartFile> out = new ArrayList<>();
        for (Map.Entry<String, List<Decisions.SweepPoint>> entry : byMetric.entrySet()) {
            if (out.size() == MAX_SWEEP_CHARTS) {
                break;
            }
            if (flat(entry.getValue())) {
                continue;
            }
            sweepChart(entry.getKey(), entry.getValue()).ifPresent(out::add);
        }
        return out;
    }

    /**
     * The same value with no spread at every point (a station that never queues in a
     * deterministic line): a flat line says nothing, and would take the place of a metric that moves.
     */
    private static boolean flat(List<Decisions.SweepPoint> points) {
        double first = points.get(0).mean();
        for (Decisions.SweepPoint p : points) {
            boolean spread = Double.isFinite(p.ciLow()) && Double.isFinite(p.ciHigh()) && p.ciHigh() > p.ciLow();
            if (p.mean() != first || spread) {
                return false;
            }
        }
        return true;
    }

    /** Longer metric names go in the chart's title only: beside a 720-pixel axis they would run off it. */
    private static final int MAX_AXIS_NAME = 36;

    private Optional<ChartFile> sweepChart(String metric, List<Decisions.SweepPoint> points) {
        List<String> parameters = points.get(0).parameters();
        if (parameters.isEmpty()) {
            return Optional.empty();
        }
        String xParameter = parameters.get(0);
        // The first parameter is the x axis; each combination of the others is one line.
        Map<String, List<Decisions.SweepPoint>> lines = new LinkedHashMap<>();
        for (Decisions.SweepPoint p : points) {
            List<String> rest = new ArrayList<>();
            for (int i = 1; i < parameters.size(); i++) {
                rest.add(shortKey(parameters.get(i)) + " = " + p.values().get(i));
            }
            lines.computeIfAbsent(rest.isEmpty() ? "Mean with 95% CI" : String.join(", ", rest), k -> new ArrayList<>()).add(p);
        }
        List<String> categories = points.stream().map(p -> p.values().get(0)).distinct().toList();
        boolean numeric = categories.stream().allMatch(DecisionCharts::isNumber);
        String unit = points.get(0).unit();
        String metricLabel = MetricNames.label(metric);
        // Fractions read better as percentages; money is ticked in $, $k or $M
        double largest = points.stream().mapToDouble(p -> Math.abs(Double.isFinite(p.ciHigh()) ? p.ciHigh() : p.mean())).max().orElse(0);
        boolean money = unit != null && unit.startsWith("$");
        double scale = "fraction".equals(unit) ? 100 : 1;
        unit = scale == 100 ? "%" : money ? unit.replace("$/", "$ per ") : unit;
        // the axis holds zero unless the values sit far from it and differ by more than their noise; then the title says so
        double lowest = points.stream().mapToDouble(p -> Double.isFinite(p.ciLow()) ? p.ciLow() : p.mean()).min().orElse(0) * scale;
        double highest = points.stream().mapToDouble(p -> Double.isFinite(p.ciHigh()) ? p.ciHigh() : p.mean()).max().orElse(0) * scale;
        double meanRange = scale * (points.stream().mapToDouble(Decisions.SweepPoint::mean).max().orElse(0)
                - points.stream().mapToDouble(Decisions.SweepPoint::mean).min().orElse(0));
        double widestHalf = scale * points.stream().filter(p -> Double.isFinite(p.ciHigh()) && Double.isFinite(p.ciLow()))
                .mapToDouble(p -> (p.ciHigh() - p.ciLow()) / 2).max().orElse(0);
        boolean noise = meanRange <= widestHalf;
        boolean fromZero = lowest >= 0 && (lowest < 0.5 * highest || noise);
        boolean toZero = highest <= 0 && (highest > 0.5 * lowest || noise);
        // the chart's title names the metric; a long name leaves the axis its unit alone, so it fits beside the axis
        String axisName = metricLabel.length() <= MAX_AXIS_NAME ? metricLabel : "";
        String yTitle = (metricLabel.contains("(") && !axisName.isEmpty() || unit.isEmpty() ? axisName
                : axisName.isEmpty() ? Character.toUpperCase(unit.charAt(0)) + unit.substring(1) : axisName + " (" + unit + ")")
                + (fromZero || toZero || lowest < 0 && highest > 0 ? "" : lowest >= 0 ? " — axis does not start at 0" : " — axis does not reach 0");
        String parameterLabel = ChartStyle.label(shortKey(xParameter));
        String scenario = sweptScenario();
        XYChart chart = ChartStyle.xyChart(metricLabel + " by " + parameterLabel.toLowerCase(Locale.ROOT)
                        + (scenario.isEmpty() ? "" : " — " + scenario), parameterLabel + "  [" + xParameter + "]", yTitle);
        ChartStyle.fitTitle(chart);
        chart.getStyler().setYAxisDecimalPattern("#,##0.###");
        if (money) {
            chart.getStyler().setyAxisTickLabelsFormattingFunction(ChartStyle.moneyTicks(largest));
        }
        int position = 0;
        for (Map.Entry<String, List<Decisions.SweepPoint>> line : lines.entrySet()) {
            List<Decisions.SweepPoint> sorted = new ArrayList<>(line.getValue());
            sorted.sort(Comparator.comparingDouble(p -> x(p.values().get(0), categories, numeric)));
            int n = sorted.size();
            double[] x = new double[n];
            double[] mean = new double[n];
            double[] low = new double[n];
            double[] high = new double[n];
            for (int i = 0; i < n; i++) {
                Decisions.SweepPoint p = sorted.get(i);
                x[i] = x(p.values().get(0), categories, numeric);
                mean[i] = scale * p.mean();
                low[i] = scale * (Double.isFinite(p.ciLow()) ? p.ciLow() : p.mean());
                high[i] = scale * (Double.isFinite(p.ciHigh()) ? p.ciHigh() : p.mean());
            }
            Color colour = ChartStyle.seriesColour(position++);
            Plots.band(chart, line.getKey() + " 95% CI", x, low, high, colour);
            XYSeries s = Plots.line(chart, line.getKey(), x, mean, colour, 3f);
            s.setMarker(SeriesMarkers.CIRCLE);
            s.setMarkerColor(colour);
        }
        targetFor(metric, categories, numeric).ifPresent(t -> {
            Plots.target(chart, t.label(), t.xFrom(), t.xTo(), t.y());
            chart.getStyler().setLegendVisible(true);
        });
        chart.getStyler().setMarkerSize(12);
        if (fromZero) {
            chart.getStyler().setYAxisMin(0.0);
        }
        if (toZero) {
            chart.getStyler().setYAxisMax(0.0);
        }
        chart.getStyler().setLegendVisible(lines.size() > 1 || targetFor(metric, categories, numeric).isPresent());
        if (!numeric) {
            chart.getStyler().setxAxisTickLabelsFormattingFunction(v -> {
                long i = Math.round(v);
                return Math.abs(v - i) < 1e-6 && i >= 0 && i < categories.size() ? categories.get((int) i) : " ";
            });
        }
        String stem = "sweep-" + metric.replaceAll("[^A-Za-z0-9_.-]", "_");
        return Optional.of(writer.save(chart, stem, metricLabel + ": mean at each swept value of "
                + xParameter + ", with its 95% confidence band."));
    }

    /** The swept scenario's name, from the first point's file (empty when there is none). */
    private String sweptScenario() {
        java.nio.file.Path first = data.folder().resolve("points").resolve("1.yaml");
        try {
            if (java.nio.file.Files.isRegularFile(first)) {
                for (String line : java.nio.file.Files.readAllLines(first)) {
                    if (line.startsWith("name:")) {
                        return line.substring(5).trim().replace("\"", "");
                    }
                }
            }
        } catch (java.io.IOException e) {
            return "";
        }
        return "";
    }

    /** A forest row's label, before it is placed. */
    private record Label(String text, double x, double y) {
    }

    private record TargetLine(String label, double xFrom, double xTo, double y) {
    }

    /** The line a swept metric is judged against: a role's utilisation limit or protective-capacity target, CS's 90% bar. */
    private Optional<TargetLine> targetFor(String metric, List<String> categories, boolean numeric) {
        double from = numeric ? categories.stream().mapToDouble(Double::parseDouble).min().orElse(0) : 0;
        double to = numeric ? categories.stream().mapToDouble(Double::parseDouble).max().orElse(1) : categories.size() - 1;
        String[] parts = metric.split("\\.", 3);
        if (metric.equals("cs.on_time_pct")) {
            return Optional.of(new TargetLine("Bar: 90% on time", from, to, 90));
        }
        if (parts.length == 3 && parts[0].equals("role")) {
            RoleTable roles = RoleTable.of(data);
            double target = roles.protectiveTarget(parts[1]);
            String source = roles.knowsTarget(parts[1]) ? "" : " (default)";
            if (parts[2].equals("utilization")) {
                double limit = 100 * (1 - target);
                return Optional.of(new TargetLine(String.format("At most %.0f%% busy%s", limit, source), from, to, limit));
            }
            if (parts[2].equals("protective_capacity")) {
                return Optional.of(new TargetLine(String.format("Target %.0f%%%s", 100 * target, source), from, to, 100 * target));
            }
        }
        return Optional.empty();
    }

    private static double x(String value, List<String> categories, boolean numeric) {
        return numeric ? Double.parseDouble(value) : categories.indexOf(value);
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** "roles.customer_service.headcount" → "customer_service.headcount" (the last two parts). */
    private static String shortKey(String key) {
        String[] parts = key.split("\\.");
        return parts.length <= 2 ? key : parts[parts.length - 2] + "." + parts[parts.length - 1];
    }
}
