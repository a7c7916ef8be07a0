package io.salesim.reports.html;

import com.fasterxml.jackson.databind.JsonNode;
import io.salesim.reports.charts.ChartFile;
import io.salesim.reports.charts.ChartOptions;
import io.salesim.reports.charts.Charts;
import io.salesim.reports.charts.RunData;
import io.salesim.reports.tables.ResultFiles;
import io.salesim.reports.tables.RunFolder;
import io.salesim.scenarios.Replications;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import tech.tablesaw.api.Table;

/**
 * Builds {@code report.html} for a run, comparison or sweep folder from its CSV files alone:
 * writes the charts under {@code charts/} (SVG, and PNG when asked), then one self-contained page, laid out by
 * the compiled template {@code src/main/jte/report.jte}, with
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
        return build(runFolder, ChartOptions.svgOnly());
    }

    /** {@link #build(Path)}, writing the charts as the options say. */
    public static Path build(Path runFolder, ChartOptions options) {
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
            write(data, staging, options);
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
        return buildInto(folder, folderName, ChartOptions.svgOnly());
    }

    /** {@link #buildInto(Path, String)}, writing the charts as the options say. */
    public static Path buildInto(Path folder, String folderName, ChartOptions options) {
        return write(RunData.read(folder, folderName), folder, options);
    }

    /** Whether a folder's charts/ holds PNG files (a rebuild keeps writing them). */
    public static boolean hasPngCharts(Path folder) {
        try (DirectoryStream<Path> pngs = Files.newDirectoryStream(folder.resolve(CHARTS), "*.png")) {
            return pngs.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }

    private static Path write(RunData data, Path into, ChartOptions options) {
        // the charts are built and painted on their own threads while this one lays out the rest of the page
        CompletableFuture<List<ChartFile>> charts = CompletableFuture.supplyAsync(() -> Charts.writeAll(data, into.resolve(CHARTS), options),
                task -> ChartOptions.daemon(task, "salesim-chart-layout").start());
        Path report = into.resolve(REPORT_FILE);
        try {
            ResultFiles.writeText(report, page(data, charts, options));
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

    /** The compiled templates of src/main/jte (report.jte lays out the page), loaded from the class path. */
    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(null, ContentType.Html,
            ReportBuilder.class.getClassLoader(), ReportBuilder.class.getPackageName());

    /** The page, its charts inlined once {@code charts} are written; everything else is laid out meanwhile. */
    private static String page(RunData data, CompletableFuture<List<ChartFile>> charts, ChartOptions options) {
        Optional<ReportPage.WrapUpView> wrapUp;
        ReportPage.Header header;
        List<String> summary;
        ReportPage.Diagnostics diagnostics;
        ReportPage.Selection selection;
        List<ReportPage.TableView> tables;
        List<String> robustness;
        ReportPage.TableView assumptions;
        ReportPage.TableView keyParameters;
        ReportPage.TableView parameters;
        ReportPage.Reproduce reproduce;
        try {
            wrapUp = WrapUpPages.view(data);
            header = header(data, wrapUp.isPresent());
            summary = ExecutiveSummary.sentences(data);
            diagnostics = diagnostics(data);
            selection = SelectionSection.view(data);
            tables = tables(data);
            robustness = Robustness.sentences(data);
            assumptions = data.table("assumptions").map(t -> ReportTables.view(t, false)).orElse(null);
            keyParameters = ReportTables.keyParameters(data.runInfo()).map(t -> ReportTables.view(t, false)).orElse(null);
            parameters = ReportTables.parameters(data.scenario()).map(t -> ReportTables.view(t, false)).orElse(null);
            reproduce = reproduce(data);
        } catch (RuntimeException e) {
            // nothing may still be writing into the folder when the failure is reported
            charts.handle((written, failure) -> null).join();
            throw e;
        }
        List<ReportPage.Chart> inlined = options.inOrder(ChartOptions.joined(charts), chart -> new ReportPage.Chart(chart.stem(),
                SvgInliner.inline(chart.svgText(), chart.title()), chart.caption(), chart.png().isPresent()));
        ReportPage page = new ReportPage(Stylesheet.CSS, "salesim report: " + data.scenarioName(), header, summary, diagnostics,
                selection, inlined, tables, robustness, assumptions, keyParameters, parameters, wrapUp.orElse(null), reproduce);
        StringOutput out = new StringOutput(1 << 16);
        TEMPLATES.render("report.jte", page, out);
        return out.toString();
    }

    private static ReportPage.Header header(RunData data, boolean wrapUp) {
        String description = data.scenario().path("description").asText("");
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
        boolean stopped = data.runInfo().has("complete") && !data.runInfo().path("complete").asBoolean(true);
        return new ReportPage.Header(data.scenarioName(), description.isEmpty() ? null : description, facts.toString(),
                stopped ? "This run was stopped early: the numbers come from the replications that finished." : null, wrapUp);
    }

    /** run.json's warnings and precision, worded for the page; null when the run has neither. */
    static ReportPage.Diagnostics diagnostics(RunData data) {
        List<ReportPage.Warning> warnings = new ArrayList<>();
        data.runInfo().path("warnings").forEach(w -> warnings.add(new ReportPage.Warning(w.path("code").asText(),
                w.path("subject").asText(), w.path("message").asText())));
        JsonNode precision = data.runInfo().path("precision");
        String claim = null;
        if (precision.isObject()) {
            String target = Format.percent(precision.path("target").asDouble());
            claim = precision.path("claimed").asBoolean(false)
                    ? "Precision " + target + " reached: every headline 95% half-width is within " + target + " of its mean."
                    : precision.path("widths_within_target").asBoolean(false)
                    ? "Precision " + target + " not claimed: the half-widths are within it, but "
                            + precision.path("not_claimed_because").asText() + ", so the intervals may be narrow around a biased mean."
                    : "Precision " + target + " not reached: " + precision.path("limiting_metric").asText()
                            + " was still the widest when the replications ran out.";
        }
        return warnings.isEmpty() && claim == null ? null : new ReportPage.Diagnostics(claim, List.copyOf(warnings));
    }

    private static List<ReportPage.TableView> tables(RunData data) {
        List<ReportPage.TableView> tables = new ArrayList<>();
        for (Optional<Table> table : List.of(ReportTables.comparison(data), ReportTables.sweep(data), ReportTables.constraint(data),
                ReportTables.summary(data))) {
            table.ifPresent(t -> tables.add(ReportTables.view(t)));
        }
        return tables;
    }

    private static ReportPage.Reproduce reproduce(RunData data) {
        // a rebuilt report reads the simulation's share of a finished command; the first one, written while the
        // command runs, the replications' time (wall_seconds until the command adds its timings)
        double simulated = data.runInfo().path("seconds").path("simulate").asDouble(data.runInfo().path("wall_seconds").asDouble());
        // folders written before run.json named the runner ran in this process
        String runner = data.runInfo().path("runner").asText(Replications.IN_PROCESS.name());
        String where = runner.equals(Replications.IN_PROCESS.name()) ? String.format(Locale.ROOT, "on %d threads", data.runInfo().path("threads").asInt(1))
                : "as tasks of " + runner;
        String facts = data.runInfo().has("wall_seconds")
                ? String.format(Locale.ROOT, "The simulation took %.1f s and executed %,d events %s.",
                simulated, data.runInfo().path("events_executed").asLong(), where)
                : null;
        return new ReportPage.Reproduce(Reproduce.command(data), "./salesim report " + data.folderName(), facts);
    }
}
