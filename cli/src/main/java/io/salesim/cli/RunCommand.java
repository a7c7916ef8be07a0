package io.salesim.cli;

import io.salesim.core.diagnostics.Diagnostic;
import io.salesim.core.diagnostics.RunDiagnostics;
import io.salesim.core.engine.ExperimentResult;
import io.salesim.core.engine.SequentialReplications;
import io.salesim.reports.charts.ChartStyle;
import io.salesim.reports.html.ReportBuilder;
import io.salesim.reports.tables.ResultFiles;
import io.salesim.reports.tables.RunInfo;
import io.salesim.reports.wrapup.DailyWrapUp;
import io.salesim.scenarios.Experiment;
import io.salesim.scenarios.RunChecks;
import io.salesim.scenarios.Replications;
import io.salesim.scenarios.RunOptions;
import io.salesim.scenarios.Scenario;
import io.salesim.scenarios.ScenarioException;
import io.salesim.scenarios.ScenarioLoader;
import io.salesim.scenarios.WrapUpSource;
import io.salesim.scenarios.experiments.Overrides;
import io.salesim.scenarios.experiments.Precision;
import io.salesim.scenarios.schema.KeyPath;
import io.salesim.scenarios.schema.Printable;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code salesim run SCENARIO}: runs replications and writes a run folder. */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Runs replications of a scenario and writes summary.csv, replications.csv, "
        + "weekly.csv, run.json, a copy of the scenario and the fully resolved scenario into a new run folder.")
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", description = "A scenario file (YAML) or the name of a bundled scenario (see 'salesim list').")
    String scenario;

    @Mixin
    ExperimentOptions options;

    @Mixin
    ExperimentOptions.PrecisionOptions precisionOptions;

    @Mixin
    ScriptOptions script;

    @Mixin
    SingleSettings settings;

    @Option(names = "--wrap-up", paramLabel = "REP", description = "Also write wrap-up.csv and call-list.csv, the daily wrap-up and "
            + "next-day call lists of replication REP (numbered from 1, as in replications.csv); sales-organisation scenarios only.")
    Integer wrapUpReplication;

    @Option(names = "--warmup", paramLabel = "WEEKS|auto", description = "Warm-up in weeks instead of the scenario's; 'auto' first "
            + "runs the replications once and uses the warm-up detected by MSER on the queues' weekly lengths.")
    String warmup;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        RunOptions runOptions = options.runOptions();
        ChartStyle.prepareInBackground(); // while one core reads the scenario, the other starts the report's fonts
        Precision precision = precisionOptions.precision(runOptions.replications());
        Scenario read;
        try {
            read = settings.applyTo(ScenarioLoader.load(scenario), scenario, "run");
        } catch (ScenarioException e) {
            return BadInput.report(e, err);
        }
        Scenario loaded;
        if (warmup == null) {
            loaded = read;
        } else {
            if (read.warmupKey().isEmpty()) {
                return BadInput.report("--warmup: " + read.name() + " is a " + read.kind()
                        + " scenario, which has no warm-up to set", err);
            }
            if (!"auto".equals(warmup) && !warmup.matches("\\d+(\\.\\d+)?")) {
                return BadInput.report("--warmup: found " + Printable.escape(warmup) + "; allowed a number of weeks (e.g. 12) or auto", err);
            }
            try {
                loaded = withWarmup(read, runOptions, err);
            } catch (ScenarioException e) {
                return BadInput.report(e, err);
            }
        }
        int planned = precision == null ? runOptions.replications() : precision.maxReplications();
        Optional<WrapUpSource> wrapUpSource = Optional.empty();
        if (wrapUpReplication != null) {
            if (wrapUpReplication < 1 || wrapUpReplication > planned) {
                return BadInput.report("--wrap-up: found " + wrapUpReplication + "; allowed a replication from 1 to " + planned, err);
            }
            wrapUpSource = loaded.wrapUp(wrapUpReplication - 1, runOptions.seed());
            if (wrapUpSource.isEmpty()) {
                return BadInput.report("--wrap-up: " + loaded.name() + " is a " + loaded.kind()
                        + " scenario; the daily wrap-up and call list need a sales-organisation scenario", err);
            }
        }
        try (StopOnInterrupt stop = StopOnInterrupt.install(err, "the replications under way, then writing the results");
             CommandOutput output = options.output(loaded.name(), stop, script.quiet)) {
            script.say(err, "Running " + loaded.name() + ": " + (precision == null ? runOptions.replications() + " replications"
                    : "to a relative precision of " + precision.relative() + " (from " + precision.initialReplications()
                    + " up to " + precision.maxReplications() + " replications)")
                    + ", seed " + runOptions.seed() + ", " + runOptions.threads() + " thread(s)");
            ExperimentResult result;
            SequentialReplications.Outcome outcome = null;
            RunChecks checks = RunChecks.of(loaded);
            long startNanos = System.nanoTime();
            try (ProgressDisplay progress = script.progress(loaded.name(), planned, err)) {
                if (precision == null) {
                    result = Experiment.run(loaded, runOptions, progress, stop, checks);
                } else {
                    outcome = precision.run(loaded, runOptions.seed(), runOptions.threads(), progress, stop, checks);
                    result = outcome.result();
                }
            }
            if (result.replications().isEmpty()) {
                return NothingFinished.report(output, err);
            }
            List<Diagnostic> warnings = checks.judge(result);
            Precision.Claim claim = outcome == null ? null : precision.claim(outcome, loaded, checks, warnings);
            double wallSeconds = (System.nanoTime() - startNanos) / 1e9;
            // a stopped run's replications are the first ones of the full run: the command asks for as many
            RunInfo asked = RunInfo.of(runOptions, planned, wallSeconds).withCommand(
                    result.complete() || precision != null ? Invocation.of(spec)
                            : Invocation.of(spec, Map.of("--replications", Integer.toString(result.replications().size()))))
                    .withWarnings(warnings);
            RunInfo info = claim == null ? asked : asked.withPrecision(precisionFacts(outcome, precision, claim));
            DailyWrapUp dailyWrapUp = wrapUpSource.map(source -> replay(source, result, err)).orElse(null);
            // the wrap-up files count as the report's time, its replay (a simulation) as the simulation's
            Path written = output.publish(temp -> ResultFiles.writeInto(temp, loaded, result, info), temp -> {
                if (dailyWrapUp != null) {
                    dailyWrapUp.writeInto(temp);
                }
            }, true);
            if (script.json) {
                stdout.println(JsonSummary.run(written, result, loaded.headlineMetrics(result.meanings()), info));
            } else if (script.tables()) {
                stdout.print(SummaryTable.render(loaded.headlineMetrics(result.meanings()), result));
                stdout.println();
                stdout.print(WarningLines.render(warnings));
                if (outcome != null) {
                    stdout.println(Screen.fit(precisionLine(outcome, precision, claim)));
                }
                if (dailyWrapUp != null) {
                    stdout.println("Daily wrap-up of replication " + wrapUpReplication + ": " + DailyWrapUp.WRAP_UP + ", " + DailyWrapUp.CALL_LIST);
                }
            }
            if (script.quiet && !script.json && !warnings.isEmpty()) {
                err.println("salesim: " + warnings.size() + " warning(s) about the run: see run.json");
                err.flush();
            }
            if (!script.json) {
                stdout.println("Results written to " + Printable.escape(written.toString()) + " (report.html, charts/, CSV files)");
            }
            if (script.tables()) {
                stdout.println("next: open " + Printable.escape(CommandOutput.shown(written)) + "/report.html in a browser; "
                        + "compare with another plan: ./salesim compare " + Printable.escape(scenario) + " OTHER (./salesim list)");
            }
            stdout.flush();
            if (!result.complete()) {
                err.println("salesim: stopped early: " + result.replications().size() + " of " + planned
                        + " replications finished; run.json says complete: false");
                err.flush();
                return ExitCodes.FAILED;
            }
            return ExitCodes.OK;
        }
    }

    /** The wrap-up of the asked replication, replayed and checked against the run's; null if that one did not finish. */
    private DailyWrapUp replay(WrapUpSource source, ExperimentResult result, PrintWriter err) {
        if (wrapUpReplication > result.replications().size()) {
            err.println("No daily wrap-up: replication " + wrapUpReplication + " did not finish");
            return null;
        }
        script.say(err, "Replaying replication " + wrapUpReplication + " for the daily wrap-up and call list");
        DailyWrapUp wrapUp = DailyWrapUp.replay(source);
        if (!wrapUp.result().values().equals(result.replications().get(wrapUpReplication - 1).values())) {
            throw new IllegalStateException("the wrap-up replay of replication " + wrapUpReplication + " differs from the run's");
        }
        return wrapUp;
    }

    static String precisionLine(SequentialReplications.Outcome outcome, Precision precision, Precision.Claim claim) {
        int n = outcome.result().replications().size();
        String target = "Precision " + SummaryTable.number(100 * precision.relative()) + "%";
        String limiting = outcome.limitingMetric() == null ? "none" : outcome.limitingMetric() + " (half-width "
                + SummaryTable.number(100 * outcome.limitingRelativeHalfWidth()) + "% of its mean)";
        if (claim.reached() && !claim.claimed()) {
            return target + " NOT claimed: the half-widths are within it after " + n + " replications, but the "
                    + claim.blocking().code().id() + " warning on " + claim.blocking().subject() + " stands for "
                    + claim.blockedMetric() + ": a narrow interval around a biased mean is no precision";
        }
        return (claim.reached() ? target + " reached after " + n + " replications"
                : target + " NOT reached: stopped at " + n + " replications") + "; limiting metric: " + limiting;
    }

    /** What run.json says of a run to a precision. */
    private static Map<String, Object> precisionFacts(SequentialReplications.Outcome outcome, Precision precision,
                                                      Precision.Claim claim) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("target", precision.relative());
        facts.put("widths_within_target", claim.reached());
        facts.put("claimed", claim.claimed());
        facts.put("limiting_metric", outcome.limitingMetric());
        facts.put("limiting_relative_half_width", RunDiagnostics.round(outcome.limitingRelativeHalfWidth()));
        if (claim.blocking() != null) {
            facts.put("not_claimed_because", claim.blocking().code().id() + " on " + claim.blocking().subject()
                    + " stands for " + claim.blockedMetric());
        }
        return facts;
    }

    /**
     * The scenario with the warm-up asked for: a number of weeks as given, or {@code auto}: the
     * replications run once (no more than 30) and the warm-up MSER detects on the queues is used.
     */
    private Scenario withWarmup(Scenario scenario, RunOptions runOptions, PrintWriter err) throws ScenarioException {
        String key = scenario.warmupKey().orElseThrow();
        String weeks = warmup;
        if ("auto".equals(warmup)) {
            RunOptions pilot = new RunOptions(Math.min(30, Math.max(2, runOptions.replications())), runOptions.seed(), runOptions.threads(),
                    runOptions.runner());
            script.say(err, "Detecting the warm-up: " + pilot.replications() + " replications of " + scenario.name());
            ExperimentResult first = Experiment.run(scenario, pilot);
            RunDiagnostics.DetectedWarmup detected = RunDiagnostics.detectWarmup(first, scenario.queues(), scenario.steadyWindow());
            if (detected == null) {
                script.say(err, "Warm-up: too few weeks to detect one; keeping the scenario's");
                return scenario;
            }
            if (!detected.settled()) {
                script.say(err, "Warm-up: " + detected.metric() + " does not settle in the first half of the run; keeping "
                        + "the scenario's warm-up (lengthen the horizon)");
                return scenario;
            }
            weeks = Integer.toString(detected.weeks());
            script.say(err, "Warm-up: " + weeks + " weeks, detected by MSER on the weekly " + detected.metric());
        }
        return Overrides.apply(scenario, Map.of(KeyPath.parse(key), weeks), "--warmup");
    }
}
