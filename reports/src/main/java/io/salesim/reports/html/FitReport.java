package io.salesim.reports.html;

import io.salesim.calibration.Backtest;
import io.salesim.calibration.CureModel;
import io.salesim.calibration.Deal;
import io.salesim.calibration.DealValues;
import io.salesim.calibration.Estimate;
import io.salesim.calibration.Fit;
import io.salesim.calibration.Metric;
import io.salesim.reports.charts.ChartFile;
import io.salesim.reports.charts.FitCharts;
import io.salesim.reports.tables.ResultFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * fit-report.html: one self-contained page with the fit's headline numbers, the charts of
 * fitted against empirical (inlined as SVG, the SVG files also under {@code charts/}), the
 * tables behind them and, after a backtest, actual against the forecast's band.
 */
public final class FitReport {
    public static final String FILE = "fit-report.html";

    private FitReport() {
    }

    /** Writes the charts and the page into {@code folder}. @param backtest null without one */
    public static Path writeInto(Path folder, Fit fit, List<Deal> deals, Backtest backtest, String exportName) throws IOException {
        List<ChartFile> charts = FitCharts.write(fit, deals, backtest, folder.resolve("charts"));
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Fit of ").append(SvgInliner.escape(exportName))
                .append("</title><style>").append(Stylesheet.CSS).append("</style></head><body><main>\n<header><h1>Fit of ")
                .append(SvgInliner.escape(exportName)).append("</h1><p class=\"description\">Deals engaged from ").append(fit.first())
                .append(" to the cutoff ").append(fit.cutoff()).append(": ").append(fit.engaged()).append(" engaged, ")
                .append(fit.notEngaged()).append(" never engaged (left out).</p><p class=\"facts\">fitted.yaml runs with "
                        + "<code>./salesim run DIR/fitted.yaml</code>; fit.json holds every estimate; docs/calibration.md explains "
                        + "the method.</p></header>\n");
        Fit.Cycle cycle = fit.cycle();
        h.append("<section id=\"summary\"><h2>Summary</h2><ul>")
                .append(li("Win probability among closed deals", fit.winProbability(), ""))
                .append(li("Share of engaged deals that never close", cycle.model().neverCloseShare(), ""))
                .append(li("Mean days to close, deals that close (censored cure fit)", cycle.model().cycleMeanDays(), " days"))
                .append(li("Mean days to close, naive fit of closed deals only", cycle.naive().cycleMeanDays(), " days"))
                .append(li("Engagements a week, last 13 weeks", fit.arrivals().recentPerWeek(), ""))
                .append("<li>Team: ").append(fit.team().agents()).append(" agents; ").append(fit.team().openAtCutoff())
                .append(" deals open at the cutoff, ").append(num(fit.team().openPerAgent())).append(" per agent</li>")
                .append("<li>Cycle model: ").append(SvgInliner.escape(cycle.model().describe())).append("; open deals were censored ")
                .append(num(cycle.meanCensoredAgeDays())).append(" days after engagement on average, the longest close took ")
                .append(num(cycle.maxClosedDays())).append(" days; sup distance to Kaplan–Meier ").append(num(cycle.supDistance()))
                .append(", fitted curve inside the Kaplan–Meier 95% band at ").append(Format.percent(cycle.shareInsideBand()))
                .append(" of the close days</li>");
        if (backtest != null) {
            h.append("<li>Backtest from ").append(backtest.cutoff()).append(" to ").append(backtest.end()).append(": coverage of the "
                    + "5%–95% band (nominal 0.90) ");
            for (Metric m : Metric.values()) {
                h.append(m.id()).append(' ').append(num(backtest.coverage().get(m).share())).append(m == Metric.OPEN_PIPELINE ? "" : ", ");
            }
            h.append("</li>");
        }
        h.append("</ul></section>\n<section id=\"charts\"><h2>Fitted against empirical</h2>\n");
        for (ChartFile chart : charts) {
            h.append("<figure>").append(SvgInliner.inline(chart.svgText(), chart.title())).append("<figcaption>")
                    .append(SvgInliner.escape(chart.caption())).append("<span class=\"files\">charts/").append(chart.stem()).append(".svg")
                    .append(chart.png().isPresent() ? ", charts/" + chart.stem() + ".png" : "").append("</span></figcaption></figure>\n");
        }
        h.append("</section>\n<section id=\"tables\"><h2>Tables</h2>\n<h3>Cycle models (cure: a share never closes; open deals censored)</h3>")
                .append("<table><thead><tr><th>family</th><th>fitted</th><th>AIC</th><th>never-close share</th><th>mean days to close</th></tr></thead><tbody>");
        for (CureModel m : cycle.candidates()) {
            h.append("<tr><td>").append(m.family().id()).append(m == cycle.model() ? " (chosen)" : "").append("</td><td>")
                    .append(SvgInliner.escape(m.describe())).append("</td><td class=\"num\">").append(num(m.aic())).append("</td><td class=\"num\">")
                    .append(num(m.neverCloseShareValue())).append("</td><td class=\"num\">").append(num(m.closers().getNumericalMean()))
                    .append("</td></tr>");
        }
        h.append("</tbody></table>\n");
        table(h, "Win probability by product (Wilson 95%)", fit.winByProduct());
        table(h, "Win probability by team (Wilson 95%)", fit.winByTeam());
        table(h, "Engagements a week by team, last 13 weeks (exact Poisson 95%)", fit.arrivals().byTeam());
        table(h, "Engagements a week by product, last 13 weeks (exact Poisson 95%)", fit.arrivals().byProduct());
        h.append("<h3>Won value by product</h3><table><thead><tr><th>product</th><th>n</th><th>mean $ (95%)</th><th>fitted</th>"
                + "<th>KS distance</th><th>KS p-value</th></tr></thead><tbody>");
        for (Map.Entry<String, DealValues> e : fit.valuesByProduct().entrySet()) {
            DealValues v = e.getValue();
            h.append("<tr><td>").append(SvgInliner.escape(e.getKey())).append("</td><td class=\"num\">").append(v.mean().n())
                    .append("</td><td class=\"num\">").append(interval(v.mean())).append("</td><td>").append(v.family()).append('(')
                    .append(num(v.location())).append(", ").append(num(v.scale())).append(")</td><td class=\"num\">")
                    .append(num(v.ksDistance())).append("</td><td class=\"num\">").append(num(v.ksPValue())).append("</td></tr>");
        }
        h.append("</tbody></table>\n");
        if (backtest != null) {
            h.append("<h3>Backtest coverage</h3><table><thead><tr><th>metric</th><th>weeks inside the band</th><th>coverage</th>"
                    + "<th>mean band width</th></tr></thead><tbody>");
            for (Metric m : Metric.values()) {
                Backtest.Coverage c = backtest.coverage().get(m);
                h.append("<tr><td>").append(m.id()).append("</td><td class=\"num\">").append(c.inside()).append(" of ").append(c.weeks())
                        .append("</td><td class=\"num\">").append(num(c.share())).append("</td><td class=\"num\">")
                        .append(num(c.meanBandWidth())).append(' ').append(SvgInliner.escape(m.meaning().unit())).append("</td></tr>");
            }
            h.append("</tbody></table>\n");
        }
        h.append("</section></main></body></html>\n");
        Path file = folder.resolve(FILE);
        ResultFiles.writeText(file, h.toString());
        return file;
    }

    private static void table(StringBuilder h, String title, Map<String, Estimate> rows) {
        h.append("<h3>").append(SvgInliner.escape(title)).append("</h3><table><thead><tr><th></th><th>n</th><th>estimate (95%)</th></tr></thead><tbody>");
        rows.forEach((k, e) -> h.append("<tr><td>").append(SvgInliner.escape(k)).append("</td><td class=\"num\">").append(e.n())
                .append("</td><td class=\"num\">").append(interval(e)).append("</td></tr>"));
        h.append("</tbody></table>\n");
    }

    private static String li(String what, Estimate e, String unit) {
        return "<li>" + SvgInliner.escape(what) + ": <b>" + num(e.value()) + unit + "</b> (95% " + num(e.low()) + " to " + num(e.high()) + ", n="
                + e.n() + ")</li>";
    }

    private static String interval(Estimate e) {
        return num(e.value()) + " (" + num(e.low()) + "–" + num(e.high()) + ")";
    }

    static String num(double x) {
        if (Double.isNaN(x)) {
            return "–";
        }
        double a = Math.abs(x);
        return String.format(Locale.ROOT, a >= 1000 ? "%,.0f" : a >= 100 ? "%.1f" : a >= 1 ? "%.2f" : "%.3f", x);
    }
}
