package io.salesim.cli;

import io.salesim.core.analysis.PlanComparison;
import io.salesim.core.engine.ExperimentResult;
import io.salesim.core.engine.ReplicationRunner;
import io.salesim.core.stats.Summary;
import io.salesim.reports.charts.ChartStyle;
import io.salesim.reports.tables.ExperimentFiles;
import io.salesim.reports.tables.ExperimentTables;
import io.salesim.reports.tables.PlainNumbers;
import io.salesim.reports.tables.RunInfo;
import io.salesim.reports.tables.SelectionFile;
import io.salesim.scenarios.Assumption;
import io.salesim.scenarios.Replications;
import io.salesim.scenarios.RunOptions;
import io.salesim.scenarios.Scenario;
import io.salesim.scenarios.ScenarioException;
import io.salesim.scenarios.ScenarioLoader;
import io.salesim.scenarios.experiments.Comparison;
import io.salesim.scenarios.experiments.Precision;
import io.salesim.scenarios.experiments.Robustness;
import io.salesim.scenarios.experiments.Selection;
import io.salesim.scenarios.experiments.Setting;
import io.salesim.scenarios.schema.KeyPath;
import io.salesim.scenarios.schema.Printable;
import io.salesim.scenarios.schema.Problem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code salesim compare A B [C ...]}: plans on common random numbers, paired against the first. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Runs every plan on the same random streams (common random numbers) and compares each with the first "
                + "(the baseline): comparison.csv (paired differences), best.csv (best plan per metric, Bonferroni), "
                + "and each plan's own run files under plans/; with --select, the best plan with a guarantee (selection.json).")
final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", arity = "2..*", description = "Two or more scenario files or bundled scenarios; the first is the baseline.")
    List<String> scenarios;

    @Mixin
    ExperimentOptions options;

    @Mixin
    ExperimentOptions.PrecisionOptions precisionOptions;

    @Option(names = "--margin", paramLabel = "X",
            description = "For the money metrics ($): the share of paired replications in which each plan beats the baseline "
                    + "by at least X (comparison.csv: margin, prob_better_by_margin).")
    Double margin;

    @Option(names = "--vary", paramLabel = "KEY=V1,V2,...",
            description = "Repeatable. Reruns the comparison with KEY (as for --set) at each value in every plan, one key at a "
                    + "time, on the same random numbers, and writes robustness.csv: whether each headline verdict holds.")
    List<String> varies = new ArrayList<>();

    @Option(names = "--vary-assumptions",
            description = "As --vary, for every assumption of the first plan's file that gives a range (assumptions: KEY: {range: [...]}).")
    boolean varyAssumptions;

    @Mixin
    SelectOptions selectOptions;

    @Mixin
    ScriptOptions script;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        RunOptions runOptions = options.runOptions();
        ChartStyle.prepareInBackground(); // while one core reads the scenarios, the other starts the report's fonts
        Precision precision = precisionOptions.precision(runOptions.replications());
        Selection.Settings selection = selectOptions.settings(scenarios.size(), runOptions, precisionOptions, precision != null);
        List<Scenario> plans = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (String name : scenarios) {
            try {
                plans.add(ScenarioLoader.load(name));
            } catch (ScenarioException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            return BadInput.report(new ScenarioException(problems), err);
        }
        if (margin != null && !(margin > 0 && Double.isFinite(margin))) {
            return BadInput.report("--margin: found " + margin + "; allowed a number > 0 (in the money metrics' unit, $)", err);
        }
        if (selection != null) {
            selectOptions.requireKnownMetric(plans);
        }
        List<Setting> settings = new ArrayList<>();
        try {
            for (String vary : varies) {
                settings.add(Setting.parse(vary, "--vary"));
            }
            if (varyAssumptions) {
                List<Setting> ranged = assumedRanges(plans.get(0), settings);
                if (ranged.isEmpty() && settings.isEmpty()) {
                    return BadInput.report("--vary-assumptions: found no assumption with a range in " + plans.get(0).name()
                            + "; allowed when the file's assumptions: block gives one (KEY: {unit, reason, range: [V1, V2]}), "
                            + "or use --vary KEY=V1,V2", err);
                }
                settings.addAll(ranged);
            }
            Robustness.check(plans, settings);
        } catch (ScenarioException e) {
            return BadInput.report(e, err);
        }
        int values = settings.stream().mapToInt(setting -> setting.values().size()).sum();
        int perPlan = selection != null ? selection.maxReplications()
                : precision == null ? runOptions.replications() : precision.maxReplications();
        int planned = plans.size() * perPlan + plans.size() * runOptions.replications() * values;
        options.requireTotal(planned, plans.size() + " plans x " + perPlan
                + (values == 0 ? "" : " + " + values + " varied values x " + plans.size() + " plans x " + runOptions.replications()));
        try (StopOnInterrupt stop = StopOnInterrupt.install(err, "the replications under way, then writing the results");
             CommandOutput output = options.output("compare", stop, script.quiet)) {
            script.say(err, selection != null ? selectionStart(plans.size(), selection, runOptions)
                    : "Comparing " + plans.size() + " plans on common random numbers: " + runOptions.replications()
                    + " replications each" + (precision == null ? "" : " to start, up to " + precision.maxReplications())
                    + ", seed " + runOptions.seed() + ", " + runOptions.threads() + " thread(s)");
            Comparison.Result result;
            Selection.Result selected;
            long startNanos = System.nanoTime();
            List<Robustness.Row> robustness;
            try (ProgressDisplay progress = script.progress("compare", plans.size() * runOptions.replications() * (1 + values), err)) {
                // the varied reruns come after: the comparison as filed counts towards the whole
                int reruns = plans.size() * runOptions.replications() * values;
                ReplicationRunner.Progress filed = (done, total) -> progress.replicationDone(done, total + reruns);
                selected = selection == null ? null
                        : Selection.run(plans, runOptions, selection, contention(progress, plans.size()), filed, stop);
                result = selected == null ? Comparison.run(plans, runOptions, precision, filed, stop) : selected.comparison();
                robustness = settings.isEmpty() ? List.of() : Robustness.run(plans, settings, runOptions, progress, stop);
            } catch (ScenarioException e) {
                return BadInput.report(e, err); // checked before running: only a plan changed under us gets here
            }
            if (result.plans().stream().allMatch(plan -> plan.replications().isEmpty())) {
                return NothingFinished.report(output, err);
            }
            double wallSeconds = (System.nanoTime() - startNanos) / 1e9;
            double asked = margin == null ? Double.NaN : margin;
            RunInfo info = RunInfo.of(runOptions, wallSeconds).withCommand(Invocation.of(spec));
            Path written = output.publish(temp -> {
                ExperimentFiles.writeComparisonInto(temp, result, info, asked, robustness);
                if (selected != null) {
                    SelectionFile.writeInto(temp, selected, info);
                }
            }, true);
            if (script.json) {
                out.println(JsonSummary.compare(written, result));
            } else if (script.tables()) {
                out.print(render(result));
                if (selected != null) {
                    out.print(render(selected));
                }
                if (!robustness.isEmpty()) {
                    out.print(renderRobustness(result, robustness));
                }
                out.print(WarningLines.render(result.plans().stream().map(ExperimentResult::name).toList(), result.warnings(),
                        "plans/<plan>/run.json"));
                if (result.limitingMetric() != null) {
                    out.println(Screen.fit(result.precisionReached() && result.precisionBlockedBy() != null
                            ? "Precision NOT claimed: the half-widths are within it with " + result.paired()
                                    + " replications per plan, but the " + RunInfo.blocking(result.precisionBlockedBy())
                                    + " stands for " + result.limitingMetric() + ": a narrow interval around a biased mean is no precision"
                            : (result.precisionReached() ? "Precision reached" : "Precision NOT reached") + " with "
                                    + result.paired() + " replications per plan; limiting metric: " + result.limitingMetric()));
                }
            }
            if (!script.json) {
                out.println("Results written to " + Printable.escape(written.toString()) + " (report.html, comparison.csv, best.csv, "
                        + (selected == null ? "" : "selection.json, ") + "plans/<plan>/)");
            }
            out.flush();
            if (!result.complete()) {
                err.println("salesim: stopped early: the comparison uses the " + result.paired()
                        + " replications every plan finished; compare.json says complete: false");
                err.flush();
                return ExitCodes.FAILED;
            }
            return ExitCodes.OK;
        }
    }

    /**
     * Whether the headline verdicts against the baseline hold at every varied value: a count, and
     * a row for each that flips (the first value where it does); robustness.csv has every value.
     */
    static String renderRobustness(Comparison.Result result, List<Robustness.Row> robustness) {
        TextTable table = new TextTable("metric", "alternative", "as filed", "flips to", "at");
        List<Robustness.Flips> verdicts = Robustness.flips(result, robustness);
        long flips = verdicts.stream().filter(v -> !v.holds()).count();
        for (Robustness.Flips verdict : verdicts) {
            PlanComparison.Row row = verdict.filed();
            for (Robustness.Row flip : verdict.flips()) {
                table.row(row.metric(), row.alternative(), row.verdict().id(), flip.verdict().id(), flip.key() + " = " + flip.value());
            }
        }
        Map<String, Set<String>> valuesByKey = new LinkedHashMap<>();
        robustness.forEach(r -> valuesByKey.computeIfAbsent(r.key(), k -> new LinkedHashSet<>()).add(r.value()));
        String keys = String.join(", ", valuesByKey.entrySet().stream()
                .map(e -> e.getKey() + " = " + String.join(", ", e.getValue())).toList());
        return Screen.fit("Do the verdicts hold when an assumed value is varied (" + keys + "; paired 95% CI at each value)? "
                + (verdicts.size() - flips) + " of " + verdicts.size() + " headline verdicts hold at every value"
                + (flips == 0 ? "." : "; these flip (robustness.csv has every value):"))
                + (flips == 0 ? "\n\n" : "\n" + table.render() + "\n");
    }

    /** A setting for each assumption of the plan that gives a range, but those --vary already varies. */
    private static List<Setting> assumedRanges(Scenario plan, List<Setting> given) {
        List<String> varied = given.stream().map(setting -> setting.key().toString()).toList();
        List<Setting> out = new ArrayList<>();
        for (Assumption assumption : plan.assumptions()) {
            if (!assumption.range().isEmpty() && !varied.contains(assumption.keyPath())) {
                out.add(new Setting(KeyPath.parse(assumption.keyPath()), assumption.range()));
            }
        }
        return out;
    }

    private static String selectionStart(int plans, Selection.Settings selection, RunOptions run) {
        return "Selecting the best of " + plans + " plans on " + selection.metric() + " (Kim-Nelson, indifference "
                + PlainNumbers.plain(selection.indifference()) + ", PCS " + PlainNumbers.plain(selection.pcs())
                + ") on common random numbers: " + run.replications() + " replications each first, up to "
                + selection.maxReplications() + ", seed " + run.seed() + ", " + run.threads() + " thread(s)";
    }

    /** Tells the progress display how many plans are still in contention after each screening step. */
    private static Selection.Listener contention(ProgressDisplay progress, int plans) {
        return (replications, inContention) -> progress.note(inContention.size() + " of " + plans
                + " plans in contention");
    }

    /** Each plan's part in the selection, then the guarantee. */
    static String render(Selection.Result selection) {
        String metric = selection.settings().metric();
        StringBuilder text = new StringBuilder("Selection of the best plan on ").append(metric).append(" (")
                .append(selection.higherIsBetter() ? "higher" : "lower").append(" is better; Kim-Nelson, first stage ")
                .append(selection.firstStage()).append(" replications, common random numbers):\n");
        TextTable plans = new TextTable("plan", "replications", "mean", "outcome").numbers(1, 2);
        for (Selection.Plan plan : selection.plans()) {
            String outcome = plan.name().equals(selection.selected()) ? "selected"
                    : plan.eliminated() ? "eliminated at replication " + plan.eliminatedAt() : "still in contention";
            plans.row(plan.name(), Integer.toString(plan.replications()), SummaryTable.number(plan.mean()), outcome);
        }
        return text.append(plans.render()).append(selection.guarantee()).append("\n\n").toString();
    }

    /** Best plan per headline metric, then each alternative against the baseline. */
    static String render(Comparison.Result result) {
        if (result.paired() < 2) {
            return "Too few paired replications (" + result.paired() + ") to compare the plans.\n";
        }
        StringBuilder text = new StringBuilder();
        text.append(Screen.fit("Best plan per headline metric (" + result.paired()
                + " paired replications; Bonferroni-adjusted paired t, 95% family-wise):")).append('\n');
        TextTable best = new TextTable("metric", "better", "best plan", "mean", "95% CI").numbers(3).whole(4);
        for (PlanComparison.Best verdict : result.best()) {
            if (!result.headlineMetrics().contains(verdict.metric())) {
                continue;
            }
            Summary leader = ExperimentTables.plan(result, verdict.leader()).summary(verdict.metric());
            String name = verdict.decided() ? verdict.bestPlan()
                    : ExperimentTables.CANNOT_TELL + ": " + verdict.leader() + " or " + String.join(", ", verdict.indistinguishable());
            best.row(verdict.metric(), verdict.direction().id(), name,
                    SummaryTable.number(leader.mean()), TextTable.interval(leader.ciLow(), leader.ciHigh()));
        }
        text.append(best.render()).append('\n');
        String adjusted = result.plans().size() > 2 ? ", Bonferroni-adjusted for " + result.plans().size() + " plans" : "";
        text.append(Screen.fit("Against the baseline " + result.baseline().name()
                + " (alternative - baseline, paired 95% CI" + adjusted + "):")).append('\n');
        TextTable rows = new TextTable("metric", "alternative", "difference", "95% CI", "verdict").numbers(2).whole(3, 4);
        for (PlanComparison.Row row : result.rows()) {
            if (result.headlineMetrics().contains(row.metric()) && !row.direction().isNeutral()) {
                Summary difference = row.difference().difference();
                rows.row(row.metric(), row.alternative(), SummaryTable.number(difference.mean()),
                        TextTable.interval(difference.ciLow(), difference.ciHigh()), row.verdict().id());
            }
        }
        return text.append(rows.render()).append('\n').toString();
    }
}
