package io.salesim.cli;

import io.salesim.core.stats.Summary;
import io.salesim.reports.charts.ChartStyle;
import io.salesim.reports.tables.ExperimentFiles;
import io.salesim.reports.tables.RunInfo;
import io.salesim.scenarios.Replications;
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

    @Mixin
    ScriptOptions script;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        RunOptions runOptions = options.runOptions();
        ChartStyle.prepareInBackground(); // while one core reads the scenarios, the other starts the report's fonts
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
             CommandOutput output = options.output(base.name() + "-sweep", stop, script.quiet)) {
            int planned = points.size() * runOptions.replications();
            script.say(err, "Sweeping " + base.name() + ": " + points.size() + " points x " + runOptions.replications()
                    + " replications" + (precision == null ? "" : " to start, each point up to " + precision.maxReplications()
                    + " for a relative precision of " + precision.relative())
                    + ", seed " + runOptions.seed() + ", " + runOptions.threads() + " thread(s)");
            Sweep.Result result;
            long startNanos = System.nanoTime();
            try (ProgressDisplay progress = script.progress("sweep", planned, err)) {
                result = Sweep.run(settings, points, runOptions, precision, progress, stop);
            }
            if (result.results().stream().allMatch(point -> point.replications().isEmpty())) {
                return NothingFinished.report(output, err);
            }
            double wallSeconds = (System.nanoTime() - startNanos) / 1e9;
            Path written = output.publish(temp -> ExperimentFiles.writeSweepInto(temp, result, RunInfo.of(runOptions, wallSeconds)
                    .withCommand(Invocation.of(spec))), true);
            if (script.json) {
                out.println(JsonSummary.sweep(written, result));
            } else if (script.tables()) {
                out.print(render(result, Screen.width()));
                out.print(WarningLines.render(result.points().stream().map(point -> "point " + point.number()).toList(),
                        result.warnings(), "sweep.json"));
                if (precision != null) {
                    out.print(precisionLines(result));
                }
            }
            if (!script.json) {
                out.println("Results written to " + Printable.escape(written.toString()) + " (report.html, sweep.csv, points/<n>.yaml)");
            }
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
                    !limit.reached() ? "NOT reached" : result.precisionBlockedBy().get(p) != null ? "not claimed: "
                            + result.precisionBlockedBy().get(p).code().id() : "reached", limit.metric() == null ? "none" : limit.metric(),
                    Double.isNaN(limit.relativeHalfWidth()) ? "n/a" : SummaryTable.number(100 * limit.relativeHalfWidth()) + "%");
        }
        return "Precision per point (95% CI half-width of the limiting metric, relative to its mean):\n" + table.render() + "\n";
    }

    /**
     * The points, one line each, then a metric × point table of means ± 95% CI half-widths,
     * as many points side by side as the screen holds (sweep.csv has the long format).
     */
    static String render(Sweep.Result result, int screenWidth) {
        StringBuilder text = new StringBuilder("Points:\n");
        for (Sweep.Point point : result.points()) {
            List<String> values = new ArrayList<>();
            point.values().forEach((key, value) -> values.add(key + " = " + value));
            text.append("  ").append(point.number()).append(": ").append(String.join(", ", values)).append('\n');
        }
        List<String> metrics = result.points().get(0).scenario().headlineMetrics(result.results().get(0).meanings());
        List<String[]> cells = new ArrayList<>();
        int cellWidth = 0;
        for (String metric : metrics) {
            String[] row = new String[result.points().size()];
            for (int p = 0; p < row.length; p++) {
                Summary summary = result.results().get(p).summary(metric);
                double halfWidth = (summary.ciHigh() - summary.ciLow()) / 2;
                row[p] = SummaryTable.number(summary.mean()) + (Double.isNaN(halfWidth) ? "" : " ±" + twoDigits(halfWidth));
                cellWidth = Math.max(cellWidth, row[p].length());
            }
            cells.add(row);
        }
        int metricWidth = Math.min(metrics.stream().mapToInt(String::length).max().orElse(6), Math.max(20, screenWidth / 3));
        int perBlock = Math.max(1, (screenWidth - metricWidth) / (cellWidth + 2));
        text.append("\nMean ± 95% CI half-width at each point:\n");
        for (int from = 0; from < result.points().size(); from += perBlock) {
            int to = Math.min(result.points().size(), from + perBlock);
            String[] header = new String[1 + to - from];
            header[0] = "metric";
            int[] numbers = new int[to - from];
            for (int p = from; p < to; p++) {
                header[1 + p - from] = "point " + result.points().get(p).number();
                numbers[p - from] = 1 + p - from;
            }
            TextTable table = new TextTable(header).numbers(numbers);
            for (int m = 0; m < metrics.size(); m++) {
                String[] row = new String[header.length];
                row[0] = metrics.get(m);
                System.arraycopy(cells.get(m), from, row, 1, to - from);
                table.row(row);
            }
            text.append(from == 0 ? "" : "\n").append(table.render(screenWidth));
        }
        return text.append('\n').toString();
    }

    /** A half-width to two significant digits: enough to read the mean's precision by, and narrow. */
    private static String twoDigits(double value) {
        if (!Double.isFinite(value) || value == 0) {
            return SummaryTable.number(value);
        }
        return new java.math.BigDecimal(value).round(new java.math.MathContext(2)).stripTrailingZeros().toPlainString();
    }
}
