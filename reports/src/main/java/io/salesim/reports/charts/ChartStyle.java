package io.salesim.reports.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.Locale;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * One look for every chart: slide size (1280×720), large fonts, and role colours by a rule
 * ({@link RoleTable#colour}) so a role is the same colour in the timeline, the heat map legend and the bands.
 */
public final class ChartStyle {
    public static final int WIDTH = 1280;
    public static final int HEIGHT = 720;
    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 28);
    static final Font AXIS_TITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 22);
    static final Font TICKS = new Font(Font.SANS_SERIF, Font.PLAIN, 18);
    static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 18);
    static final Color TARGET = new Color(0x22, 0x22, 0x22); // near black: no role colour is mistaken for it
    static final Color INK = new Color(0x33, 0x33, 0x33);
    static final Color GRID = new Color(0xDD, 0xDD, 0xDD);

    /**
     * Starts AWT's graphics and lays out a line in each of the charts' fonts on a daemon thread:
     * the one-off set-up a JVM's first chart pays (0.3–0.5 s here: the graphics environment, the
     * font configuration, the scaler's first outlines). A command that will write a report calls
     * it before it reads its scenario, while the replications have not yet taken the cores;
     * nothing drawn depends on it (docs/bench.md, "fonts first").
     */
    public static void prepareInBackground() {
        ChartOptions.daemon(() -> {
            java.awt.Graphics2D g = new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_RGB).createGraphics();
            try {
                for (Font font : new Font[]{TITLE, AXIS_TITLE, TICKS, LEGEND}) {
                    new java.awt.font.TextLayout("Utilisation by week, % 0123456789", font, g.getFontRenderContext()).getOutline(null);
                }
            } finally {
                g.dispose();
            }
        }, "salesim-fonts").start();
    }

    // Colour-blind-safe (Okabe–Ito) for roles, taken in role-table order (RoleTable.colour); no grey, which is production's.
    private static final Color[] ROLE_PALETTE = {
        new Color(0x00, 0x72, 0xB2), // blue
        new Color(0x56, 0xB4, 0xE9), // sky blue
        new Color(0xCC, 0x79, 0xA7), // reddish purple
        new Color(0xD5, 0x5E, 0x00), // vermillion
        new Color(0x00, 0x9E, 0x73), // green
        new Color(0xE6, 0x9F, 0x00), // orange
        new Color(0xF0, 0xE4, 0x42), // yellow
        new Color(0x88, 0x22, 0x55), // wine
        new Color(0x11, 0x77, 0x33), // dark green
    };

    private ChartStyle() {
    }

    // For series that are not roles (stations, plans): the most distinct colours first.
    private static final Color[] SERIES = {
        new Color(0x00, 0x72, 0xB2), new Color(0xE6, 0x9F, 0x00), new Color(0x00, 0x9E, 0x73), new Color(0xCC, 0x79, 0xA7),
        new Color(0xD5, 0x5E, 0x00), new Color(0x56, 0xB4, 0xE9), new Color(0x55, 0x55, 0x55), new Color(0x88, 0x22, 0x55),
    };

    /** The colour of the n-th series that is not a role. */
    public static Color seriesColour(int position) {
        return SERIES[position % SERIES.length];
    }

    /** The colour of the n-th role of a role table (production excluded). */
    static Color roleColour(int position) {
        return ROLE_PALETTE[position % ROLE_PALETTE.length];
    }

    public static Color translucent(Color colour, int alpha) {
        return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), alpha);
    }

    /** "customer_service" → "Customer service". */
    public static String label(String name) {
        String spaced = name.replace('_', ' ').replace('.', ' ');
        return spaced.isEmpty() ? spaced : spaced.substring(0, 1).toUpperCase(Locale.ROOT) + spaced.substring(1);
    }

    /** A title too long for the slide's width at the title font is set smaller, down to the axis titles' size. */
    static void fitTitle(org.knowm.xchart.internal.chartpart.Chart<?, ?> chart) {
        chart.getStyler().setChartTitleFont(fitted(chart.getTitle(), TITLE, WIDTH - 100, 16));
    }

    /** The font, set smaller until the text fits the width (not below {@code smallest} points). */
    static Font fitted(String text, Font font, double width, int smallest) {
        if (text == null) {
            return font;
        }
        java.awt.Graphics2D g = new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_RGB).createGraphics();
        // measured as XChart draws it: antialiased, fractional metrics
        g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING, java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(java.awt.RenderingHints.KEY_FRACTIONALMETRICS, java.awt.RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        Font out = font;
        while (out.getSize() > smallest && g.getFontMetrics(out).stringWidth(text) > width) {
            out = out.deriveFont((float) out.getSize() - 1);
        }
        g.dispose();
        return out;
    }

    /**
     * Money tick labels in the unit the largest amount calls for: "$130M", "$2.5M", "$850k", "$900";
     * negative amounts "−$1.2M".
     */
    public static java.util.function.Function<Double, String> moneyTicks(double largest) {
        double a = Math.abs(largest);
        double unit = a >= 1e6 ? 1e6 : a >= 1e3 ? 1e3 : 1;
        String suffix = unit == 1e6 ? "M" : unit == 1e3 ? "k" : "";
        return v -> {
            double scaled = Math.abs(v) / unit;
            String digits = String.format(Locale.US, scaled == Math.rint(scaled) ? "%,.0f" : scaled >= 10 ? "%,.1f" : "%,.2f", scaled)
                    .replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "");
            return !digits.matches(".*[1-9].*") ? "$0" : (v < 0 ? "−$" : "$") + digits + suffix;
        };
    }

    /** An amount to three significant figures in $, $k or $M: "$101M", "$10.7M", "$3.33M", "−$850k". */
    static String money(double v) {
        double a = Math.abs(v);
        double unit = a >= 1e6 ? 1e6 : a >= 1e3 ? 1e3 : 1;
        String suffix = unit == 1e6 ? "M" : unit == 1e3 ? "k" : "";
        double scaled = a / unit;
        String digits = String.format(Locale.US, scaled >= 100 ? "%,.0f" : scaled >= 10 ? "%.1f" : "%.2f", scaled);
        return (v < 0 ? "−$" : "$") + digits + suffix;
    }

    public static XYChart xyChart(String title, String xTitle, String yTitle) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(xTitle).yAxisTitle(yTitle).build();
        apply(chart.getStyler());
        chart.getStyler().setMarkerSize(0);
        chart.getStyler().setSeriesMarkers(new Marker[]{SeriesMarkers.NONE});
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        return chart;
    }

    public static HeatMapChart heatMap(String title, String xTitle, String yTitle) {
        HeatMapChart chart = new HeatMapChart(WIDTH, HEIGHT, Styler.ChartTheme.XChart);
        chart.setTitle(title);
        chart.setXAxisTitle(xTitle);
        chart.setYAxisTitle(yTitle);
        apply(chart.getStyler());
        return chart;
    }

    static void apply(AxesChartStyler styler) {
        styler.setChartTitleFont(TITLE);
        styler.setAxisTitleFont(AXIS_TITLE);
        styler.setAxisTickLabelsFont(TICKS);
        styler.setLegendFont(LEGEND);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderVisible(false);
        styler.setChartTitleBoxVisible(false);
        styler.setLegendBorderColor(Color.WHITE);
        styler.setChartFontColor(INK);
        styler.setAxisTickLabelsColor(INK);
        styler.setPlotGridLinesColor(GRID);
        styler.setPlotGridLinesStroke(new BasicStroke(1f));
        styler.setChartPadding(16);
        styler.setAxisTitlePadding(12);
        styler.setAntiAlias(true);
        styler.setLocale(Locale.US);
        styler.setToolTipsEnabled(false);
    }

    static BasicStroke line(float width) {
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    static BasicStroke dashed(float width) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[]{10f, 6f}, 0f);
    }
}
