package io.salesim.cli;

import io.salesim.core.stats.Summary;
import io.salesim.reports.tables.ExperimentFiles;
import io.salesim.reports.tables.RunInfo;
import io.salesim.scenarios.RunOptions;
import io.salesim.scenarios.Scenario;
import io.salesim.scenarios.ScenarioException;
import io.salesim.scenarios.ScenarioLoader;
import io.salesim.scenarios.experiments.Precision;
import io.salesim.scenarios.experiments.Setting;
import io.salesim.scenarios.experiments.Sweep;
import io.salesim.scenarios.schema.Printable;
import io.salesim.scenarios.schema.Problem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code salesim sweep SCENARIO --set KEY=V1,V2 ...}: a full factorial over scenario keys. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Runs every combination of the --set values (a full factorial) on common random numbers and writes "
                + "sweep.csv (one row per point and metric, with 95%% CIs) and each point's scenario under points/.")
final class SweepCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", description = "A scenario file (YAML) or the name of a bundled scenario.")
    String scenario;

    @Option(names = "--set", paramLabel = "KEY=V1,V2,...", required = true,
            description = "A key path as in the file and problem messages (e.g. stations[0].servers=2,3,4 or "
                    + "horizon.weeks=4,8); values are YAML, as they would be written in the file. Repeatable.")
    List<String> sets;

    @Mixin
    ExperimentOptions options;

    @Mixin
    ExperimentOptions.PrecisionOptions precisionOptions;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        RunOptions runOptions = options.runOptions();
        Precision precision = precisionOptions.precision(runOptions.replications());
        Scenario base;
        List<Setting> settings = new ArrayList<>();
        List<Sweep.Point> points;
        try {
            base = ScenarioLoader.load(scenario);
            List<Problem> problems = new ArrayList<>();
            for (String set : sets) {
                try {
                    settings.add(Setting.parse(set));
                } catch (ScenarioException e) {
                    problems.addAll(e.problems());
                }
            }
            if (!problems.isEmpty()) {
                throw new ScenarioException(problems);
            }
            points = Sweep.points(base, settings);
        } catch (ScenarioException e) {
            return BadInput.report(e, err);
        }
        int perPoint = precision == null ? runOptions.replications() : precision.maxReplications();
        options.requireTotal(points.size() * perPoint, points.size() + " points x " + perPoint);
        try (StopOnInterrupt stop = StopOnInterrupt.install(err, "the replications under way, then writing the results");
             CommandOutput output = options.output(base.name() + "-sweep", stop)) {
            int planned = points.size() * runOptions.replications();
            err.println("Sweeping " + base.name() + ": " + points.size() + " points x " + runOptions.replications()
                    + " replications" + (precision == null ? "" : " to start, each point up to " + precision.maxReplications()
                    + " for a relative precision of " + precision.relative())
                    + ", seed " + runOptions.seed() + ", " + runOptions.threads() + " thread(s)");
            err.flush();
            Sweep.Result result;
            long startNanos = System.nanoTime();
            try (ProgressDisplay progress = ProgressDisplay.open("sweep", planned, err, ProgressDisplay.onTerminal())) {
                result = Sweep.run(settings, points, runOptions, precision, progress, stop);
            }
            if (result.results().stream().allMatch(point -> point.replications().isEmpty())) {
                return NothingFinished.report(output, err);
            }
            double wallSeconds = (System.nanoTime() - startNanos) / 1e9;
            Path written = output.publish(temp -> ExperimentFiles.writeSweepInto(temp, result, RunInfo.of(runOptions, wallSeconds)
                    .withCommand(Invocation.of(spec))), true);
            out.print(render(result));
            if (precision != null) {
                out.print(precisionLines(result));
            }
            out.println("Results written to " + Printable.escape(written.toString()) + " (report.html, sweep.csv, points/<n>.yaml)");
            out.flush();
            if (!result.complete()) {
                err.println("salesim: stopped early: " + (precision == null ? "every point is reported over the "
                        + result.replications() + " replications all points finished" : "each point is reported over the "
                        + "replications it finished") + "; sweep.json says complete: false");
                err.flush();
                return ExitCodes.FAILED;
            }
            return ExitCodes.OK;
        }
    }

    /** Per point: replications run, whether the precision was reached, and the metric that limited it. */
    static String precisionLines(Sweep.Result result) {
        String percent = SummaryTable.number(100 * result.precision().relative()) + "%";
        TextTable table = new TextTable("point", "replications", "precision " + percent, "limiting metric", "half-width")
                .numbers(0, 1, 4);
        for (int p = 0; p < result.points().size() && p < result.limits().size(); p++) {
            Precision.Limit limit = result.limits().get(p);
            table.row(Integer.toString(result.points().get(p).number()),
                    Integer.toString(result.results().get(p).replications().size()),
                    limit.reached() ? "reached" : "NOT reached", limit.metric() == null ? "none" : limit.metric(),
                    Double.isNaN(limit.relativeHalfWidth()) ? "n/a" : SummaryTable.number(100 * limit.relativeHalfWidth()) + "%");
        }
        return "Precision per point (95% CI half-width of the limiting metric, relative to its mean):\n" + table.render() + "\n";
    }

    /** Each point's headline metrics, mean and 95% CI. */
    private static String render(Sweep.Result result) {
        List<String> header = new ArrayList<>(List.of("point"));
        result.settings().forEach(s -> header.add(s.key().toString()));
        header.addAll(List.of("metric", "mean", "95% CI"));
        TextTable table = new TextTable(header.toArray(String[]::new)).numbers(0, header.size() - 2);
        for (int p = 0; p < result.points().size(); p++) {
            Sweep.Point point = result.points().get(p);
            var experiment = result.results().get(p);
            for (String metric : point.scenario().headlineMetrics(experiment.meanings())) {
                List<String> row = new ArrayList<>(List.of(Integer.toString(point.number())));
                row.addAll(point.values().values());
                Summary summary = experiment.summary(metric);
                row.addAll(List.of(metric, SummaryTable.number(summary.mean()), TextTable.interval(summary.ciLow(), summary.ciHigh())));
                table.row(row.toArray(String[]::new));
            }
        }
        return table.render() + "\n";
    }
}
