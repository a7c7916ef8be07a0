package io.salesim.reports.html;

import io.salesim.reports.charts.ChartFile;
import io.salesim.reports.charts.Charts;
import io.salesim.reports.charts.RunData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tech.tablesaw.api.Table;

/**
 * Builds {@code report.html} for a run, comparison or sweep folder from its CSV files alone:
 * writes the charts under {@code charts/} (PNG and SVG), then one self-contained page with
 * the executive summary, the charts inlined as SVG, the tables, the scenario's parameters and
 * the command that reproduces the run. Nothing is simulated.
 */
public final class ReportBuilder {
    public static final String REPORT_FILE = "report.html";

    private ReportBuilder() {
    }

    /** @return the path of the report written (replaced atomically if it existed) */
    public static Path build(Path runFolder) {
        RunData data = RunData.read(runFolder);
        List<ChartFile> charts = Charts.writeAll(data);
        String html = page(data, charts);
        Path report = runFolder.resolve(REPORT_FILE);
        Path temporary = runFolder.resolve("." + REPORT_FILE + ".tmp");
        try {
            Files.writeString(temporary, html, StandardCharsets.UTF_8);
            Files.move(temporary, report, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + report, e);
        }
        return report;
    }

    private static String page(RunData data, List<ChartFile> charts) {
        Xhtml html = new Xhtml();
        html.raw("<!DOCTYPE html>\n").open("html", "lang", "en").newline().open("head").newline()
                .empty("meta", "charset", "utf-8").newline()
                .empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").newline()
                .element("title", "salesim report: " + data.scenarioName()).newline()
                .open("style").raw(Stylesheet.CSS).close("style").newline()
                .close("head").newline().open("body").newline().open("main").newline();
        header(data, html);
        List<String> sentences = ExecutiveSummary.sentences(data);
        if (!sentences.isEmpty()) {
            html.open("section", "id", "summary").element("h2", "Executive summary").newline().open("ul");
            for (String sentence : sentences) {
                html.element("li", sentence).newline();
            }
            html.close("ul").close("section").newline();
        }
        if (!charts.isEmpty()) {
            html.open("section", "id", "charts").element("h2", "Charts").newline();
            for (ChartFile chart : charts) {
                html.open("figure", "id", "chart-" + chart.stem())
                        .raw(SvgInliner.inline(chart.svg(), chart.stem(), chart.title())).newline()
                        .open("figcaption").text(chart.caption()).text(" ")
                        .element("span", "Files: charts/" + chart.stem() + ".png, charts/" + chart.stem() + ".svg", "class", "files")
                        .close("figcaption").close("figure").newline();
            }
            html.close("section").newline();
        }
        tables(data, html);
        reproduce(data, html);
        html.close("main").newline().close("body").newline().close("html").newline();
        return html.finish();
    }

    private static void header(RunData data, Xhtml html) {
        html.open("header").element("h1", data.scenarioName()).newline();
        String description = data.scenario().path("description").asText("");
        if (!description.isEmpty()) {
            html.element("p", description, "class", "description").newline();
        }
        StringBuilder facts = new StringBuilder();
        String kind = data.table("comparison").isPresent() ? "Plan comparison"
                : data.table("sweep").isPresent() ? "Parameter sweep"
                : data.table("constraint").isPresent() ? "Marginal constraint"
                : data.scenario().path("kind").asText("Run");
        facts.append(Format.upperFirst(kind.replace('-', ' ')));
        if (data.runInfo().has("replications")) {
            facts.append(" · ").append(data.runInfo().path("replications").asInt()).append(" replications");
        }
        if (data.runInfo().has("seed")) {
            facts.append(" · seed ").append(data.runInfo().path("seed").asText());
        }
        if (data.runInfo().has("version")) {
            facts.append(" · salesim ").append(data.runInfo().path("version").asText());
        }
        html.element("p", facts.toString(), "class", "facts").newline();
        if (data.runInfo().has("complete") && !data.runInfo().path("complete").asBoolean(true)) {
            html.element("p", "This run was stopped early: the numbers come from the replications that finished.", "class", "warning");
        }
        html.open("nav").element("a", "Summary", "href", "#summary").text(" · ").element("a", "Charts", "href", "#charts")
                .text(" · ").element("a", "Tables", "href", "#tables").text(" · ")
                .element("a", "Scenario", "href", "#parameters").text(" · ").element("a", "Reproduce", "href", "#reproduce")
                .close("nav").close("header").newline();
    }

    private static void tables(RunData data, Xhtml html) {
        Optional<Table> comparison = ReportTables.comparison(data);
        Optional<Table> sweep = ReportTables.sweep(data);
        Optional<Table> constraint = ReportTables.constraint(data);
        Optional<Table> summary = ReportTables.summary(data);
        if (comparison.isEmpty() && sweep.isEmpty() && constraint.isEmpty() && summary.isEmpty()) {
            return;
        }
        html.open("section", "id", "tables").element("h2", "Tables").newline();
        for (Optional<Table> table : List.of(comparison, sweep, constraint, summary)) {
            table.ifPresent(t -> {
                html.element("h3", t.name()).newline();
                ReportTables.render(t, html);
            });
        }
        html.close("section").newline();
        Optional<Table> key = ReportTables.keyParameters(data.runInfo());
        Optional<Table> all = ReportTables.parameters(data.scenario());
        if (key.isPresent() || all.isPresent()) {
            html.open("section", "id", "parameters").element("h2", "Scenario").newline();
            key.ifPresent(t -> {
                html.element("h3", "Key parameters").newline();
                ReportTables.render(t, html, false);
            });
            all.ifPresent(t -> {
                html.element("h3", "Every setting in scenario.yaml").newline()
                        .element("p", "The copy of the scenario file this run used, saved in the run folder.");
                ReportTables.render(t, html, false);
            });
            html.close("section").newline();
        }
    }

    private static void reproduce(RunData data, Xhtml html) {
        html.open("section", "id", "reproduce").element("h2", "How to reproduce").newline();
        html.element("p", "Same seed, same replications, same numbers (results do not depend on the thread count):");
        html.element("pre", Reproduce.command(data)).newline();
        html.element("p", "Rebuild this report from the folder's CSV files without simulating again:");
        html.element("pre", "./salesim report " + data.folder().getFileName()).newline();
        if (data.runInfo().has("wall_seconds")) {
            html.element("p", String.format(Locale.ROOT, "The run took %.1f s and executed %,d events on %d threads.",
                    data.runInfo().path("wall_seconds").asDouble(), data.runInfo().path("events_executed").asLong(),
                    data.runInfo().path("threads").asInt(1)), "class", "facts");
        }
        html.close("section").newline();
    }
}
