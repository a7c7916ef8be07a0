package io.salesim.reports.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;

/**
 * Small multiples on one slide: a title, a grid of charts and a footnote, painted as one
 * chart so the PNG and SVG encoders save it like any other. Text is drawn as outlines, as
 * XChart's own is, so the SVG needs no font.
 */
final class PanelChart extends XYChart {
    private static final Font FOOTNOTE = new Font(Font.SANS_SERIF, Font.PLAIN, 16);
    private final List<XYChart> panels;
    private final int columns;
    private final String footnote;

    PanelChart(String title, List<XYChart> panels, int columns, String footnote) {
        super(ChartStyle.WIDTH, ChartStyle.HEIGHT);
        setTitle(title);
        this.panels = List.copyOf(panels);
        this.columns = columns;
        this.footnote = footnote;
    }

    @Override
    public void paint(Graphics2D g, int width, int height) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        Font titleFont = ChartStyle.TITLE;
        while (textWidth(g, getTitle(), titleFont) > width - 32 && titleFont.getSize() > 18) {
            titleFont = titleFont.deriveFont((float) titleFont.getSize() - 1);
        }
        text(g, getTitle(), titleFont, (width - textWidth(g, getTitle(), titleFont)) / 2, 38, ChartStyle.INK);
        List<String> lines = wrap(g, footnote, FOOTNOTE, width - 40);
        int footHeight = lines.size() * 22 + (lines.isEmpty() ? 0 : 10);
        int top = 54;
        int rows = (panels.size() + columns - 1) / columns;
        int cellWidth = width / columns;
        int cellHeight = (height - top - footHeight) / Math.max(1, rows);
        for (int i = 0; i < panels.size(); i++) {
            AffineTransform saved = g.getTransform();
            g.translate((i % columns) * cellWidth, top + (i / columns) * cellHeight);
            panels.get(i).paint(g, cellWidth, cellHeight);
            g.setTransform(saved);
            g.setClip(null);
        }
        for (int i = 0; i < lines.size(); i++) {
            text(g, lines.get(i), FOOTNOTE, 20, height - footHeight + 22 * i + 20, ChartStyle.INK);
        }
    }

    private static double textWidth(Graphics2D g, String s, Font font) {
        return s.isEmpty() ? 0 : new TextLayout(s, font, g.getFontRenderContext()).getAdvance();
    }

    private static void text(Graphics2D g, String s, Font font, double x, double y, Color colour) {
        if (s.isEmpty()) {
            return;
        }
        g.setColor(colour);
        g.fill(new TextLayout(s, font, g.getFontRenderContext()).getOutline(AffineTransform.getTranslateInstance(x, y)));
    }

    private static List<String> wrap(Graphics2D g, String text, Font font, double width) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && textWidth(g, candidate, font) > width) {
                out.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            out.add(line.toString());
        }
        return out;
    }
}
