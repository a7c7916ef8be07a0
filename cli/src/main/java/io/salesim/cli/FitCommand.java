package io.salesim.cli;

import io.salesim.calibration.Backtest;
import io.salesim.calibration.ColumnMapping;
import io.salesim.calibration.CrmExport;
import io.salesim.calibration.Fit;
import io.salesim.calibration.FitJson;
import io.salesim.calibration.FittedScenario;
import io.salesim.calibration.Metric;
import io.salesim.core.sales.SalesOrgSpec;
import io.salesim.reports.html.FitReport;
import io.salesim.reports.tables.ResultFiles;
import io.salesim.scenarios.ScenarioException;
import io.salesim.scenarios.schema.Printable;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code salesim fit CRM_DIR}: fits a scenario to a CRM export, and with --backtest checks its forecast. */
@Command(name = "fit", mixinStandardHelpOptions = true, description = "Fits a sales-organisation scenario to a CRM export and writes "
        + "fitted.yaml, fit.json and fit-report.html (with --backtest also backtest.csv and backtest.json) into a new folder. "
        + "See docs/calibration.md.")
final class FitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CRM_DIR", description = "The folder of the CRM export (CSV files, read through the column mapping).")
    Path crmDir;

    @Option(names = "--until", paramLabel = "DATE", description = "Fit on the data up to this day (YYYY-MM-DD): deals engaged by "
            + "then, closes up to then; later closes are unknown. Default: the last date in the export.")
    String until;

    @Option(names = "--as", paramLabel = "BASE", defaultValue = "traditional", description = "The bundled sales-organisation "
            + "scenario the fitted one extends (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--backtest", description = "Also simulate forward from the open pipeline at --until to the last close in "
            + "the export and compare with what happened, week by week.")
    boolean backtest;

    @Option(names = "--mapping", paramLabel = "FILE", description = "The YAML column mapping of the export (default: the CRM "
            + "Sales Opportunities sample's; docs/calibration.md).")
    Path mapping;

    @Option(names = "--replications", paramLabel = "N", defaultValue = "200", description = "Backtest replications (default: ${DEFAULT-VALUE}).")
    int replications;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Backtest base seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", description = "The folder to write (new or empty); default runs/fit-<date>-<time>.")
    Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        LocalDate untilDate = null;
        if (until != null) {
            try {
                untilDate = LocalDate.parse(until);
            } catch (DateTimeParseException e) {
                return BadInput.report("--until: found " + until + "; allowed a date written YYYY-MM-DD", err);
            }
        }
        if (replications < 1 || replications > 100_000) {
            return BadInput.report("--replications: found " + replications + "; allowed a whole number from 1 to 100000", err);
        }
        if (!Files.isDirectory(crmDir)) {
            return BadInput.report("CRM_DIR: found " + crmDir + ", " + (Files.exists(crmDir) ? "not a folder" : "no such folder")
                    + "; allowed the folder of a CRM export", err);
        }
        String mappingText;
        ColumnMapping columns;
        CrmExport export;
        LocalDate cutoff;
        SalesOrgSpec baseSpec;
        try {
            mappingText = mapping == null ? ColumnMapping.crmSampleText() : ColumnMapping.text(mapping);
            columns = ColumnMapping.parse(mapping == null ? ColumnMapping.BUNDLED_SOURCE : mapping.toString(), mappingText);
            export = CrmExport.read(crmDir, columns);
            cutoff = export.cutoff(untilDate, backtest);
            baseSpec = FittedScenario.base(base);
        } catch (ScenarioException e) {
            return BadInput.report(e, err);
        }
        String exportName = crmDir.toAbsolutePath().normalize().getFileName().toString();
        try (StopOnInterrupt stop = StopOnInterrupt.install(err, "the fit");
             CommandOutput output = CommandOutput.claim(out, "fit", spec, stop)) {
            err.println("Fitting " + Printable.escape(exportName) + " up to " + cutoff + "...");
            err.flush();
            Fit fit = Fit.of(export, cutoff);
            String yaml = FittedScenario.yaml(fit, base, baseSpec, exportName, FittedScenario.scenarioName(exportName));
            try {
                FittedScenario.check(yaml);
            } catch (ScenarioException e) {
                throw new IllegalStateException("the fitted scenario is refused (a bug): " + e.getMessage(), e);
            }
            Map<String, Object> facts = FitJson.facts(fit, crmDir.toString(), columns.source(), base);
            Backtest tested = null;
            if (backtest) {
                err.println("Backtest: " + replications + " replications forward from " + cutoff + ", seed " + seed + "...");
                err.flush();
                tested = Backtest.run(export, fit, replications, seed);
            }
            Backtest result = tested;
            Path written = output.publish(folder -> {
                ResultFiles.writeText(folder.resolve(FittedScenario.FILE), yaml);
                ResultFiles.writeText(folder.resolve(FitJson.FILE), FitJson.json(facts));
                ResultFiles.writeText(folder.resolve("mapping.yaml"), mappingText);
                if (result != null) {
                    ResultFiles.writeText(folder.resolve(Backtest.CSV), result.csv());
                    ResultFiles.writeText(folder.resolve(Backtest.JSON), result.json());
                }
                FitReport.writeInto(folder, fit, export.deals(), result, exportName);
            }, false);
            stdout.println(String.format(Locale.ROOT, "win probability %.3f (%.3f-%.3f); never close %.3f; cycle %.1f days (naive %.1f); "
                            + "%.1f arrivals/week; %d agents, %d open at %s", fit.winProbability().value(), fit.winProbability().low(),
                    fit.winProbability().high(), fit.cycle().model().neverCloseShare().value(), fit.cycle().model().cycleMeanDays().value(),
                    fit.cycle().naive().cycleMeanDays().value(), fit.arrivals().recentPerWeek().value(), fit.team().agents(),
                    fit.team().openAtCutoff(), cutoff));
            if (result != null) {
                StringBuilder line = new StringBuilder("backtest coverage (5-95% band, nominal 0.90):");
                for (Metric m : Metric.values()) {
                    line.append(String.format(Locale.ROOT, " %s %.2f", m.id(), result.coverage().get(m).share()));
                }
                stdout.println(line);
            }
            String shown = CommandOutput.shown(written);
            stdout.println("Results written to " + Printable.escape(written.toString()) + " (fitted.yaml, fit.json, fit-report.html"
                    + (result != null ? ", backtest.csv, backtest.json" : "") + ")");
            stdout.println("next: ./salesim run " + Printable.escape(shown) + "/fitted.yaml; open " + Printable.escape(shown)
                    + "/fit-report.html");
            stdout.flush();
            return ExitCodes.OK;
        }
    }
}
