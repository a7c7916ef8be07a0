package io.salesim.reports.charts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The rows of constraint.csv ({@code salesim constraint}): per role, the throughput gained per
 * extra hour of its capacity in the plan weeks probed, and Roser's view of the same weeks;
 * plus the chart of the gains.
 */
public final class MarginalView {
    /** One row: {@code weeks} as written ("0-104", plan weeks); gain and interval in $ per extra hour. */
    public record Row(String role, String weeks, double extraHours, double gain, double ciLow, double ciHigh,
                      double bottleneckProbability) {
    }

    private MarginalView() {
    }

    public static List<Row> rows(RunData data) {
        List<Row> out = new ArrayList<>();
        data.table("constraint").ifPresent(t -> {
            for (int r = 0; r < t.rowCount(); r++) {
                out.add(new Row(t.getString(r, "role"), t.getString(r, "weeks"), RunData.number(t, r, "extra_hours"),
                        RunData.number(t, r, "throughput_gain"), RunData.number(t, r, "ci95_low"),
                        RunData.number(t, r, "ci95_high"), RunData.number(t, r, "bottleneck_probability")));
            }
        });
        return out;
    }

    /** The role whose extra hour gains most throughput, if any row has a finite gain. */
    public static Optional<Row> marginalConstraint(List<Row> rows) {
        return rows.stream().filter(r -> Double.isFinite(r.gain())).max(Comparator.comparingDouble(Row::gain));
    }

    /** The role most often the bottleneck by active periods in the same weeks, if any was. */
    public static Optional<Row> activePeriodConstraint(List<Row> rows) {
        return rows.stream().filter(r -> r.bottleneckProbability() > 0).max(Comparator.comparingDouble(Row::bottleneckProbability));
    }

    /** Horizontal intervals, one row per role, largest gain on top, the active-period view written beside each. */
    static Optional<ChartFile> chart(RunData data, ChartWriter writer) {
        List<Row> rows = new ArrayList<>(rows(data));
        rows.removeIf(r -> !Double.isFinite(r.gain()));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        rows.sort(Comparator.comparingDouble(Row::gain));
        RoleTable roles = RoleTable.of(data);
        int height = Math.max(ChartStyle.HEIGHT, 220 + 70 * rows.size());
        XYChart chart = new XYChartBuilder().width(ChartStyle.WIDTH).height(height)
                .title("Throughput gained per extra hour of each role (plan weeks " + rows.get(0).weeks().replace('-', '–') + ")")
                .xAxisTitle("Throughput gained per extra hour of capacity ($ per hour, 95% CI)").yAxisTitle(" ").build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setYAxisTicksVisible(false);
        chart.getStyler().setMarkerSize(16);
        chart.getStyler().setAnnotationTextFont(ChartStyle.LEGEND);
        chart.getStyler().setAnnotationTextFontColor(ChartStyle.INK);
        double low = 0;
        double high = 0;
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            double y = i + 1;
            double from = Double.isFinite(row.ciLow()) ? row.ciLow() : row.gain();
            double to = Double.isFinite(row.ciHigh()) ? row.ciHigh() : row.gain();
            low = Math.min(low, from);
            high = Math.max(high, to);
            XYSeries interval = chart.addSeries("ci" + i, new double[]{from, to}, new double[]{y, y});
            interval.setLineColor(roles.colour(row.role()));
            interval.setLineStyle(ChartStyle.line(6f));
            interval.setMarker(SeriesMarkers.NONE);
            XYSeries point = chart.addSeries("gain" + i, new double[]{row.gain()}, new double[]{y});
            point.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            point.setMarker(SeriesMarkers.DIAMOND);
            point.setMarkerColor(roles.colour(row.role()));
            chart.addAnnotation(new AnnotationText(ChartStyle.label(row.role()) + ":  " + Numbers.dollars(row.gain())
                    + " an hour  (95% CI " + Numbers.dollars(row.ciLow()) + " to " + Numbers.dollars(row.ciHigh())
                    + ");  bottleneck by active periods in " + Math.round(100 * row.bottleneckProbability()) + "% of the weeks",
                    0, y + 0.4, false));
        }
        double extent = Math.max(Math.abs(low), Math.abs(high));
        extent = extent == 0 ? 1 : extent * 1.15;
        XYSeries zero = Plots.line(chart, "zero", new double[]{0, 0}, new double[]{0.5, rows.size() + 0.8}, ChartStyle.INK, 1.5f);
        zero.setLineStyle(ChartStyle.dashed(1.5f));
        zero.setShowInLegend(false);
        chart.getStyler().setXAxisMin(-extent).setXAxisMax(extent);
        chart.getStyler().setYAxisMin(0.5).setYAxisMax(rows.size() + 0.8);
        chart.getStyler().setXAxisDecimalPattern("#,##0");
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        return Optional.of(writer.save(chart, "marginal-constraint",
                "For each role, the throughput (revenue less truly variable cost) gained per extra hour of its capacity — one more person, "
                        + "or a tenth more production — on the same random numbers, with its 95% confidence interval; the role on top "
                        + "limits throughput most. Beside each: how often Roser's active-period rule names it the bottleneck in the same weeks."));
    }
}
