package io.salesim.reports.charts;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Building blocks shared by the charts: a mean line with its 95% band, a target line. */
final class Plots {
    private Plots() {
    }

    /** Mean line plus a translucent 95% confidence band of the same colour (band left out of the legend). */
    static void lineWithBand(XYChart chart, String name, WeeklySeries series, Color colour) {
        if (Arrays.stream(series.mean()).noneMatch(Double::isFinite)) {
            return; // nothing to draw, and XChart refuses an empty series
        }
        band(chart, name + " 95% CI", series.weeks(), lows(series), highs(series), colour);
        line(chart, name, series.weeks(), series.mean(), colour, 3f);
    }

    static XYSeries line(XYChart chart, String name, double[] x, double[] y, Color colour, float width) {
        double[][] xy = finite(x, y);
        XYSeries s = chart.addSeries(name, xy[0], xy[1]);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        s.setLineColor(colour);
        s.setLineStyle(ChartStyle.line(width));
        s.setMarker(SeriesMarkers.NONE);
        return s;
    }

    /** A closed polygon from the upper edge forward and the lower edge back. */
    static void band(XYChart chart, String name, double[] x, double[] low, double[] high, Color colour) {
        List<Double> px = new ArrayList<>();
        List<Double> py = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(high[i]) && Double.isFinite(low[i])) {
                px.add(x[i]);
                py.add(high[i]);
            }
        }
        for (int i = x.length - 1; i >= 0; i--) {
            if (Double.isFinite(high[i]) && Double.isFinite(low[i])) {
                px.add(x[i]);
                py.add(low[i]);
            }
        }
        if (px.size() < 4) {
            return;
        }
        XYSeries s = chart.addSeries(name, px, py);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
        s.setFillColor(ChartStyle.translucent(colour, 60));
        s.setLineColor(ChartStyle.translucent(colour, 0));
        s.setMarker(SeriesMarkers.NONE);
        s.setShowInLegend(false);
    }

    /** A dashed horizontal line across the x range, e.g. a protective-capacity target. */
    static void target(XYChart chart, String name, double xFrom, double xTo, double y) {
        XYSeries s = chart.addSeries(name, new double[]{xFrom, xTo}, new double[]{y, y});
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        s.setLineColor(ChartStyle.TARGET);
        s.setLineStyle(ChartStyle.dashed(3f));
        s.setMarker(SeriesMarkers.NONE);
    }

    static double[] lows(WeeklySeries s) {
        double[] out = new double[s.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = s.lowOrMean(i);
        }
        return out;
    }

    static double[] highs(WeeklySeries s) {
        double[] out = new double[s.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = s.highOrMean(i);
        }
        return out;
    }

    /** Drops points whose y is not a number (weeks that saw nothing). */
    static double[][] finite(double[] x, double[] y) {
        int n = 0;
        for (double v : y) {
            if (Double.isFinite(v)) {
                n++;
            }
        }
        double[][] out = new double[2][n];
        int j = 0;
        for (int i = 0; i < y.length; i++) {
            if (Double.isFinite(y[i])) {
                out[0][j] = x[i];
                out[1][j++] = y[i];
            }
        }
        return out;
    }

    static double maxWeek(WeeklySeries s) {
        return s.weeks().length == 0 ? 1 : s.weeks()[s.weeks().length - 1];
    }
}
