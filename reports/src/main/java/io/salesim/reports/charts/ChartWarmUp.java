package io.salesim.reports.charts;

import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler;

/**
 * Paints throwaway charts in the report's style, about the size of a run's, and reads a few
 * thousand CSV lines, so that the one-off set-up a first report pays (AWT and its fonts, the
 * glyphs' outlines, XChart's and JFreeSVG's classes, the CSV parser, and the compiling of their
 * busiest loops) is done before the report needs it. Nothing is written, and nothing the
 * report draws depends on it: the caches it fills only make the same bytes come sooner. (A larger
 * CSV text and a YAML read too made it outlast the CSV writing under load, and the report slower.)
 */
final class ChartWarmUp {
    // every letter, digit and sign the charts' text uses, in each of the charts' fonts
    private static final String GLYPHS = "Aa Bb Cc Dd Ee Ff Gg Hh Ii Jj Kk Ll Mm Nn Oo Pp Qq Rr Ss Tt Uu Vv Ww Xx Yy Zz "
            + "0123456789 .,;:()%$–−+/'▲";
    private static final int WEEKS = 104;

    private ChartWarmUp() {
    }

    static void run() {
        StringBuilder csv = new StringBuilder("scenario,week,resource,metric,mean,ci95_low,ci95_high\n");
        for (int row = 0; row < 3_000; row++) {
            csv.append("warm-up,").append(row % WEEKS + 1).append(",role_").append(row % 7).append(",utilization,")
                    .append(0.5 + row * 1e-4).append(',').append(0.25 + row * 1e-5).append(",\n");
        }
        CsvTables.parse(csv.toString(), "warm-up.csv", RunData.NUMERIC::contains);
        double[] weeks = new double[WEEKS];
        double[][] values = new double[3][WEEKS];
        for (int w = 0; w < WEEKS; w++) {
            weeks[w] = w + 1;
            for (int s = 0; s < values.length; s++) {
                values[s][w] = 40 + 10 * s + 5 * Math.sin(w / (3.0 + s));
            }
        }
        List<XYChart> panels = new ArrayList<>();
        for (int p = 0; p < 2; p++) {
            XYChart xy = ChartStyle.xyChart(GLYPHS, GLYPHS, GLYPHS);
            ChartStyle.fitTitle(xy);
            for (int s = 0; s < values.length; s++) {
                double[] low = values[s].clone();
                double[] high = values[s].clone();
                for (int w = 0; w < WEEKS; w++) {
                    low[w] -= 2;
                    high[w] += 2;
                }
                Plots.band(xy, GLYPHS + s + " band", weeks, low, high, ChartStyle.seriesColour(s));
                Plots.line(xy, GLYPHS + s, weeks, values[s], ChartStyle.seriesColour(s), 3f);
            }
            xy.getStyler().setAnnotationTextFont(ChartStyle.LEGEND);
            xy.getStyler().setAnnotationTextFontColor(ChartStyle.INK);
            xy.addAnnotation(new AnnotationText(GLYPHS, 30, 45, false));
            xy.getStyler().setXAxisDecimalPattern("0");
            xy.getStyler().setYAxisDecimalPattern("#,##0.#");
            panels.add(xy);
        }
        ChartWriter.svg(new PanelChart(GLYPHS, panels, 2, GLYPHS), "warm-up-panels");
        HeatMapChart heat = ChartStyle.heatMap(GLYPHS, GLYPHS, "");
        heat.getStyler().setMin(0).setMax(100);
        heat.getStyler().setRangeColors(HeatMapScale.colours(85));
        heat.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        heat.getStyler().setDrawBorder(false);
        heat.getStyler().setShowValue(false);
        heat.getStyler().setGradientColorColumnHeight(500);
        heat.getStyler().setHeatMapValueDecimalPattern("0'%'");
        List<String> columns = new ArrayList<>();
        for (int w = 1; w <= WEEKS; w++) {
            columns.add(w % 13 == 0 ? Integer.toString(w) : w == 20 ? "▲20" : " ");
        }
        List<String> rows = List.of(GLYPHS, "Role 1 (limit 85%)", "Role 2 (limit 85%)", "Role 3 (limit 85%)");
        List<Number[]> cells = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            for (int w = 0; w < WEEKS; w++) {
                cells.add(new Number[]{w, r, (w * 7 + r * 13) % 101});
            }
        }
        heat.addSeries("warm-up", columns, rows, cells);
        ChartWriter.svg(heat, "warm-up-heat");
    }
}
