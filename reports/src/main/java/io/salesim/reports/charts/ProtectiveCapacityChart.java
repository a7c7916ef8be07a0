package io.salesim.reports.charts;

import java.awt.Font;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Protective capacity as small multiples: one panel per role on a shared axis, each with its
 * own target (1 − max_utilization) over the weeks it is not the designated constraint; the
 * designated constraint is meant to run flat out and is drawn without one, labelled so.
 */
final class ProtectiveCapacityChart {
    private ProtectiveCapacityChart() {
    }

    /** Plan weeks {@code fromWeek}–{@code toWeek}: the target in % (NaN: none, the role is the designated constraint). */
    record Segment(double fromWeek, double toWeek, double targetPct) {
    }

    /** One panel: a role, its targets week by week and the panel's title. */
    record Panel(String role, String title, List<Segment> segments) {
    }

    /** The panels, in role-table order, of the roles with any protective-capacity value in the plan's weeks. */
    static List<Panel> panels(RunData data, RoleTable roles, PlanTimeline timeline) {
        List<Panel> out = new ArrayList<>();
        for (String role : roles.ordered(data.resourcesWith("protective_capacity"))) {
            WeeklySeries s = timeline.inPlanWeeks(data.weekly(role, "protective_capacity").orElseThrow());
            if (Arrays.stream(s.mean()).noneMatch(Double::isFinite)) {
                continue;
            }
            double lastWeek = Plots.maxWeek(s);
            List<Double> changes = new ArrayList<>(List.of(0.0));
            timeline.steps().stream().filter(st -> st.designatedConstraint() != null && st.atWeek() > 0 && st.atWeek() < lastWeek)
                    .forEach(st -> changes.add(st.atWeek()));
            changes.add(lastWeek);
            double target = 100 * roles.protectiveTarget(role);
            List<Segment> segments = new ArrayList<>();
            for (int i = 0; i + 1 < changes.size(); i++) {
                boolean designated = role.equals(timeline.designatedConstraintIn(changes.get(i) + 1e-9, roles.designatedConstraint()));
                Segment next = new Segment(changes.get(i), changes.get(i + 1), designated ? Double.NaN : target);
                Segment last = segments.isEmpty() ? null : segments.get(segments.size() - 1);
                if (last != null && Double.compare(last.targetPct(), next.targetPct()) == 0) {
                    segments.set(segments.size() - 1, new Segment(last.fromWeek(), next.toWeek(), next.targetPct()));
                } else if (next.toWeek() > next.fromWeek()) {
                    segments.add(next);
                }
            }
            out.add(new Panel(role, ChartStyle.label(role) + ": " + describe(segments, roles.knowsTarget(role)), segments));
        }
        return out;
    }

    private static String describe(List<Segment> segments, boolean known) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            String what = Double.isNaN(s.targetPct()) ? "designated constraint, no target"
                    : s.targetPct() <= 0 ? "no target (may be 100% busy)"
                    : String.format(Locale.ROOT, "target %.0f%%%s", s.targetPct(), known ? "" : " (default)");
            if (segments.size() > 1) {
                what = what.replace("designated constraint, no target", "constraint").replace(" (may be 100% busy)", "")
                        .replace("no target", "none");
                what = i == 0 ? String.format(Locale.ROOT, "%s to wk %.0f", what, s.toWeek()) : "then " + what;
            }
            parts.add(what);
        }
        return String.join(", ", parts);
    }

    static Optional<ChartFile> write(RunData data, RoleTable roles, PlanTimeline timeline, ChartWriter writer) {
        List<Panel> panels = panels(data, roles, timeline);
        if (panels.isEmpty()) {
            return Optional.empty();
        }
        double top = 0;
        double lastWeek = 1;
        for (Panel p : panels) {
            WeeklySeries s = timeline.inPlanWeeks(data.weekly(p.role(), "protective_capacity").orElseThrow()).scaled(100);
            top = Math.max(top, Arrays.stream(Plots.highs(s)).filter(Double::isFinite).max().orElse(0));
            lastWeek = Math.max(lastWeek, Plots.maxWeek(s));
        }
        top = Math.min(100, SalesCharts.niceTop(top));
        int columns = panels.size() <= 4 ? 2 : 3;
        List<XYChart> charts = new ArrayList<>();
        for (Panel p : panels) {
            charts.add(panel(data, roles, timeline, p, top, lastWeek, (double) ChartStyle.WIDTH / columns));
        }
        String footnote = "Each panel: mean share of the role's working hours left idle (%), with its 95% band; dashed: the role's "
                + "target (1 − its utilisation limit); the designated constraint (\"constraint\") has none." + (timeline.steps().isEmpty() ? "" : " Dotted: plan steps, at weeks "
                + String.join(", ", timeline.markers().stream().map(m -> String.format(Locale.ROOT, "%.0f", m.atWeek())).toList()) + ".")
                + " " + timeline.xTitle() + ".";
        PanelChart chart = new PanelChart(timeline.title("Protective capacity by role, against each role's own target"), charts,
                columns, footnote);
        return Optional.of(writer.save(chart, "protective-capacity",
                "One panel per role: mean share of its working hours left idle, with its 95% band; below its dashed target the role "
                        + "has no room to absorb variation. The designated constraint is meant to run flat out and has no target."
                        + timeline.caption()));
    }

    private static XYChart panel(RunData data, RoleTable roles, PlanTimeline timeline, Panel p, double top, double lastWeek, double width) {
        XYChart chart = ChartStyle.xyChart(p.title(), "Week of the plan", "Idle (%)");
        chart.getStyler().setChartTitleFont(ChartStyle.fitted(p.title(), new Font(Font.SANS_SERIF, Font.BOLD, 18), width - 100, 12));
        chart.getStyler().setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
        chart.getStyler().setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        chart.getStyler().setChartPadding(8);
        chart.getStyler().setAxisTitlePadding(4);
        chart.getStyler().setLegendVisible(false);
        WeeklySeries s = timeline.inPlanWeeks(data.weekly(p.role(), "protective_capacity").orElseThrow()).scaled(100);
        for (PlanTimeline.Marker m : timeline.markers()) {
            XYSeries line = Plots.line(chart, "step " + m.atWeek(), new double[]{m.atWeek(), m.atWeek()}, new double[]{0, top},
                    new java.awt.Color(0x88, 0x88, 0x88), 1f);
            line.setLineStyle(new java.awt.BasicStroke(1f, java.awt.BasicStroke.CAP_BUTT, java.awt.BasicStroke.JOIN_ROUND, 10f,
                    new float[]{2f, 4f}, 0f));
            line.setShowInLegend(false);
        }
        Plots.lineWithBand(chart, ChartStyle.label(p.role()), s, roles.colour(p.role()));
        for (Segment seg : p.segments()) {
            if (!Double.isNaN(seg.targetPct()) && seg.targetPct() > 0) {
                Plots.target(chart, "Target " + seg.fromWeek(), seg.fromWeek(), seg.toWeek(), seg.targetPct());
            }
        }
        chart.getStyler().setXAxisMin(0.0).setXAxisMax(lastWeek).setYAxisMin(0.0).setYAxisMax(top);
        chart.getStyler().setXAxisDecimalPattern("0");
        chart.getStyler().setYAxisDecimalPattern("0");
        chart.getStyler().setXAxisTickMarkSpacingHint(70);
        chart.getStyler().setMarkerSize(0);
        chart.getStyler().setSeriesMarkers(new org.knowm.xchart.style.markers.Marker[]{SeriesMarkers.NONE});
        return chart;
    }
}
