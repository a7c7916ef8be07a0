package io.salesim.reports.html;

import io.salesim.reports.charts.ChartFile;
import io.salesim.reports.charts.Charts;
import io.salesim.reports.charts.RunData;
import io.salesim.reports.tables.ResultFiles;
import io.salesim.reports.tables.RunFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
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
    private static final String CHARTS = "charts";
    private static final String STAGING = ".report.staging-";

    private ReportBuilder() {
    }

    /**
     * Rebuilds charts/ and report.html of a folder in place ({@code salesim report}). Both are
     * built in a hidden staging folder first, then each moved into place, so a stopped rebuild
     * leaves the old ones or the new ones, never half a chart set.
     *
     * @return the path of the report written
     */
    public static Path build(Path runFolder) {
        Path folder = runFolder.toAbsolutePath().normalize();
        RunData data = RunData.read(folder, String.valueOf(folder.getFileName()));
        removeStaleStaging(folder);
        Path staging;
        try {
            staging = Files.createTempDirectory(folder, STAGING);
        } catch (IOException e) {
            throw new UncheckedIOException(ResultFiles.cannotWrite(folder.resolve(STAGING), e));
        }
        try {
            write(data, staging);
            Path charts = folder.resolve(CHARTS);
            if (Files.exists(charts)) {
                move(charts, staging.resolve("old-" + CHARTS), false);
            }
            if (Files.exists(staging.resolve(CHARTS))) {
                move(staging.resolve(CHARTS), charts, false);
            }
            Path report = folder.resolve(REPORT_FILE);
            move(staging.resolve(REPORT_FILE), report, true);
            return report;
        } finally {
            RunFolder.deleteRecursively(staging);
        }
    }

    /**
     * Writes charts/ and report.html into a folder being built (a {@link RunFolder}'s workspace)
     * from the result files already in it.
     *
     * @param folderName the name the folder will have: the report tells how to rebuild it
     * @return the path of the report written
     */
    public static Path buildInto(Path folder, String folderName) {
        return write(RunData.read(folder, folderName), folder);
    }

    private static Path write(RunData data, Path into) {
        List<ChartFile> charts = Charts.writeAll(data, into.resolve(CHARTS));
        Path report = into.resolve(REPORT_FILE);
        try {
            ResultFiles.writeText(report, page(data, charts));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return report;
    }

    private static void move(Path from, Path to, boolean replace) {
        try {
            if (replace) {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(ResultFiles.cannotWrite(to, e));
        }
    }

    /** Staging folders of rebuilds that were killed. */
    private static void removeStaleStaging(Path folder) {
        try (DirectoryStream<Path> stale = Files.newDirectoryStream(folder, STAGING + "*")) {
            stale.forEach(RunFolder::deleteRecursively);
        } catch (IOException ignored) {
            // nothing to tidy
        }
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
        SelectionSection.write(data, html);
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
        List<String> holds = Robustness.sentences(data);
        if (!holds.isEmpty()) {
            html.open("section", "id", "robustness").element("h2", "Does the verdict hold?").newline()
                    .element("p", "The comparison rerun with an assumed value varied in every plan, one key at a time, on the "
                            + "same random numbers (robustness.csv). A verdict holds when it is the same at every value.")
                    .open("ul");
            holds.forEach(line -> html.element("li", line));
            html.close("ul").close("section").newline();
        }
        data.table("assumptions").ifPresent(t -> {
            html.open("section", "id", "assumptions").element("h2", "Assumptions").newline()
                    .element("p", "Values this scenario assumes (no source gives them), as run, with the unit and the reason "
                            + "stated in the scenario file (assumptions.csv). A verdict that rests on one of them is only as "
                            + "good as it; compare --vary KEY=V1,V2 (or --vary-assumptions, for those with a range) shows whether "
                            + "a comparison's verdicts hold across its plausible values.");
            ReportTables.render(t, html, false);
            html.close("section").newline();
        });
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
        html.element("pre", "./salesim report " + data.folderName()).newline();
        if (data.runInfo().has("wall_seconds")) {
            html.element("p", String.format(Locale.ROOT, "The run took %.1f s and executed %,d events on %d threads.",
                    data.runInfo().path("wall_seconds").asDouble(), data.runInfo().path("events_executed").asLong(),
                    data.runInfo().path("threads").asInt(1)), "class", "facts");
        }
        html.close("section").newline();
    }
}
