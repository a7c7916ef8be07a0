package io.salesim.reports.charts;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

/**
 * The run's time line as the scenario states it: the warm-up (left out of every time chart)
 * and the plan's dated steps. Charts count weeks from the plan's start, as {@code at_week}
 * does, so a step "at week 20" is drawn at week 20: CSV week w is plan week w − warm-up, the
 * week that ends at that time.
 */
final class PlanTimeline {
    static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 16);
    private static final Color MARKER = new Color(0x66, 0x66, 0x66);
    /** Longest step label drawn on a chart; the caption names every step in full. */
    private static final int MAX_LABEL = 44;

    /** A step of the plan: its week (from the plan's start), its kind and a short description. */
    record Step(double atWeek, String kind, String label, String designatedConstraint) {
    }

    /** Steps that share a week, drawn as one marker. */
    record Marker(double atWeek, String label) {
    }

    private final String scenario;
    private final int warmupWeeks;
    private final List<Step> steps;

    private PlanTimeline(String scenario, int warmupWeeks, List<Step> steps) {
        this.scenario = scenario;
        this.warmupWeeks = warmupWeeks;
        this.steps = steps;
    }

    static PlanTimeline of(RunData data) {
        JsonNode resolved = data.resolvedScenario();
        int warmup = data.warmupWeeks();
        List<Step> steps = new ArrayList<>();
        for (JsonNode step : resolved.path("plan")) {
            String kind = step.path("step").asText("");
            steps.add(new Step(step.path("at_week").asDouble(0), kind, describe(kind, step),
                    step.path("toc").path("designated_constraint").asText(null)));
        }
        return new PlanTimeline(data.scenarioName(), warmup, List.copyOf(steps));
    }

    String scenario() {
        return scenario;
    }

    int warmupWeeks() {
        return warmupWeeks;
    }

    List<Step> steps() {
        return steps;
    }

    /** Steps grouped by week, in week order. */
    List<Marker> markers() {
        Map<Double, List<String>> byWeek = new LinkedHashMap<>();
        steps.stream().sorted((a, b) -> Double.compare(a.atWeek(), b.atWeek()))
                .forEach(s -> byWeek.computeIfAbsent(s.atWeek(), k -> new ArrayList<>()).add(s.label()));
        List<Marker> out = new ArrayList<>();
        byWeek.forEach((week, labels) -> out.add(new Marker(week, String.join(", ", labels))));
        return out;
    }

    /** The same series from the plan's start: warm-up weeks dropped, weeks renumbered from the plan's start. */
    WeeklySeries inPlanWeeks(WeeklySeries s) {
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (s.weeks()[i] > warmupWeeks) {
                keep.add(i);
            }
        }
        int n = keep.size();
        double[] weeks = new double[n];
        double[] mean = new double[n];
        double[] low = new double[n];
        double[] high = new double[n];
        for (int j = 0; j < n; j++) {
            int i = keep.get(j);
            weeks[j] = s.weeks()[i] - warmupWeeks;
            mean[j] = s.mean()[i];
            low[j] = s.low()[i];
            high[j] = s.high()[i];
        }
        return new WeeklySeries(s.resource(), s.metric(), weeks, mean, low, high);
    }

    /** The role designated as the constraint during plan week {@code week} (the week ending then): the table's, then each policy step's. */
    String designatedConstraintIn(double week, String atStart) {
        String out = atStart;
        for (Step s : steps) {
            if (s.designatedConstraint() != null && s.atWeek() < week) {
                out = s.designatedConstraint();
            }
        }
        return out;
    }

    String xTitle() {
        return warmupWeeks > 0
                ? String.format(Locale.ROOT, "Week of the plan (%d-week warm-up not shown)", warmupWeeks)
                : "Week of the plan";
    }

    /** "Title — scenario". */
    String title(String title) {
        return scenario.isEmpty() ? title : title + " — " + scenario;
    }

    /** "Plan steps (dotted lines): week 0: hire 3 customer service, …; week 8: …." or empty without steps. */
    String caption() {
        if (steps.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (Marker m : markers()) {
            parts.add("week " + Numbers.number(m.atWeek()).replaceAll("\\.0+$", "") + ": " + m.label());
        }
        return " Plan steps (dotted lines): " + String.join("; ", parts) + ".";
    }

    /**
     * Dotted vertical lines at the plan's steps, each named at the top in the headroom above
     * {@code dataTop}; labels that would overlap go on the next row down.
     *
     * @return the y-axis maximum that leaves room for the labels
     */
    double mark(XYChart chart, double yBottom, double dataTop, double plotHeightPixels, double plotWidthPixels, double xMax) {
        List<Marker> markers = markers();
        if (markers.isEmpty()) {
            return dataTop;
        }
        FontMetrics metrics = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics().getFontMetrics(LABEL);
        double pixelsPerWeek = plotWidthPixels / Math.max(1, xMax);
        List<Double> rowEnds = new ArrayList<>();
        int[] rows = new int[markers.size()];
        String[] texts = new String[markers.size()];
        for (int i = 0; i < markers.size(); i++) {
            Marker m = markers.get(i);
            String text = shorten(m.label());
            texts[i] = text;
            double left = m.atWeek() * pixelsPerWeek;
            double width = metrics.stringWidth(text) + 8;
            // a label near the right edge ends at its line instead of starting there
            if (left + width > plotWidthPixels) {
                left = Math.max(0, left - width);
            }
            int row = 0;
            while (row < rowEnds.size() && rowEnds.get(row) > left) {
                row++;
            }
            if (row == rowEnds.size()) {
                rowEnds.add(0.0);
            }
            rowEnds.set(row, left + width);
            rows[i] = row;
        }
        double rowPixels = metrics.getHeight() + 4;
        double headroomPixels = rowEnds.size() * rowPixels + 6;
        double span = dataTop - yBottom;
        double top = yBottom + span * plotHeightPixels / Math.max(1, plotHeightPixels - headroomPixels);
        double unitsPerPixel = (top - yBottom) / plotHeightPixels;
        chart.getStyler().setAnnotationTextFont(LABEL);
        chart.getStyler().setAnnotationTextFontColor(ChartStyle.INK);
        for (int i = 0; i < markers.size(); i++) {
            Marker m = markers.get(i);
            double labelY = top - (rows[i] + 0.5) * rowPixels * unitsPerPixel - 3 * unitsPerPixel;
            XYSeries line = chart.addSeries("plan step " + i, new double[]{m.atWeek(), m.atWeek()},
                    new double[]{yBottom, labelY + 0.5 * rowPixels * unitsPerPixel});
            line.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            line.setLineColor(MARKER);
            line.setLineStyle(new java.awt.BasicStroke(1.5f, java.awt.BasicStroke.CAP_BUTT, java.awt.BasicStroke.JOIN_ROUND,
                    10f, new float[]{2f, 4f}, 0f));
            line.setMarker(org.knowm.xchart.style.markers.SeriesMarkers.NONE);
            line.setShowInLegend(false);
            double width = metrics.stringWidth(texts[i]) + 8;
            double left = m.atWeek() * pixelsPerWeek;
            boolean flip = left + width > plotWidthPixels;
            // AnnotationText is centred on its point
            double centreWeek = (flip ? left - width / 2 - 2 : left + width / 2 + 2) / pixelsPerWeek;
            chart.addAnnotation(new AnnotationText(texts[i], centreWeek, labelY, false));
        }
        return top;
    }

    private static String shorten(String label) {
        if (label.length() <= MAX_LABEL) {
            return label;
        }
        String[] parts = label.split(", ");
        StringBuilder out = new StringBuilder(parts[0]);
        int used = 1;
        while (used < parts.length && out.length() + parts[used].length() + 2 <= MAX_LABEL - 10) {
            out.append(", ").append(parts[used++]);
        }
        if (out.length() > MAX_LABEL) {
            out.setLength(MAX_LABEL - 1);
            out.append('…');
        }
        return used < parts.length ? out + " +" + (parts.length - used) + " more" : out.toString();
    }

    /** A step in a few words: "hire 3 customer service", "switch to division of labour". */
    static String describe(String kind, JsonNode step) {
        String role = role(step.path("role").asText(""));
        int count = step.path("count").asInt(0);
        return switch (kind) {
            case "hire" -> "hire " + count + " " + role;
            case "improve" -> "improve " + role + " ×" + Numbers.number(step.path("factor").asDouble(1)).replaceAll("0+$", "");
            case "switch_model" -> "switch to " + role(step.path("model").isTextual() ? step.path("model").asText()
                    : step.path("model").path("name").asText("new model"));
            case "reassign" -> count + " " + role(step.path("from").asText("")) + " → " + role(step.path("to").asText(""));
            case "attrition" -> count + " " + role + " leave";
            case "headcount" -> role + " to " + count;
            case "campaign" -> step.path("campaigns").asInt(1) > 1
                    ? "campaigns every " + Numbers.number(step.path("every_weeks").asDouble()).replaceAll("\\.0+$", "") + " weeks"
                    : "campaign of " + step.path("batch_size").asInt();
            case "policy" -> policy(step.path("toc"));
            default -> role(kind);
        };
    }

    private static String policy(JsonNode toc) {
        List<String> parts = new ArrayList<>();
        if (toc.has("designated_constraint")) {
            parts.add("constraint: " + role(toc.path("designated_constraint").asText()));
        }
        if (toc.has("throttle")) {
            parts.add("throttle " + (toc.path("throttle").asBoolean() ? "on" : "off"));
        }
        for (Iterator<String> names = toc.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals("designated_constraint") && !name.equals("throttle") && !name.equals("buffer_weeks")) {
                parts.add(role(name));
            }
        }
        return parts.isEmpty() ? "policy change" : String.join(", ", parts);
    }

    private static String role(String id) {
        return id.replace('_', ' ');
    }
}
