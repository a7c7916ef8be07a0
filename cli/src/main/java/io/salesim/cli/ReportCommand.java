package io.salesim.cli;

import io.salesim.reports.html.ReportBuilder;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
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
        try {
            report = ReportBuilder.build(folder);
        } catch (IllegalArgumentException e) {
            return BadInput.report(e.getMessage(), err);
        }
        spec.commandLine().getOut().println("Report written to " + report.toAbsolutePath());
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
