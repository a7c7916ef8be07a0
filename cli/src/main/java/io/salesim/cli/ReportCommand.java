package io.salesim.cli;

import io.salesim.reports.charts.ChartOptions;
import io.salesim.reports.html.ReportBuilder;
import io.salesim.scenarios.schema.Printable;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code salesim report DIR}: rebuilds charts and report.html from a run folder's CSVs, without simulating. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Rebuilds charts/ and report.html from the CSV files of a run, compare or sweep folder (no simulation).")
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "A folder written by 'salesim run', 'compare' or 'sweep'.")
    Path folder;

    @Option(names = "--png", description = "Also write every chart as a PNG (1280x720, for slides) beside its SVG; "
            + "without it, PNGs are written only when charts/ already holds some.")
    boolean png;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(folder)) {
            return BadInput.report(folder + ": no such folder; give a folder written by 'salesim run', 'compare' or 'sweep'", err);
        }
        if (Stream.of("summary.csv", "comparison.csv", "sweep.csv").noneMatch(f -> Files.isRegularFile(folder.resolve(f)))) {
            return BadInput.report(folder + ": holds no summary.csv, comparison.csv or sweep.csv; "
                    + "give a folder written by 'salesim run', 'compare' or 'sweep'", err);
        }
        Path report;
        // the rebuild is short and replaces charts/ and report.html whole: a first signal lets it finish
        try (StopOnInterrupt stop = StopOnInterrupt.install(err, "the report")) {
            report = ReportBuilder.build(folder, ChartOptions.svgOnly().withPng(png || ReportBuilder.hasPngCharts(folder)));
        } catch (IllegalArgumentException e) {
            return BadInput.report(e.getMessage(), err);
        } catch (UncheckedIOException e) {
            throw new CommandFailure("cannot write " + e.getCause().getMessage() + "; the old report and charts are kept", e);
        }
        spec.commandLine().getOut().println("Report written to " + Printable.escape(report.toAbsolutePath().toString()));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
