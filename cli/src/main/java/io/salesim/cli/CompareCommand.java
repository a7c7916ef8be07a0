package io.salesim.cli;

import io.salesim.core.analysis.PlanComparison;
import io.salesim.core.stats.Summary;
import io.salesim.reports.tables.ExperimentFiles;
import io.salesim.reports.tables.ExperimentTables;
import io.salesim.reports.tables.RunInfo;
import io.salesim.scenarios.RunOptions;
import io.salesim.scenarios.Scenario;
import io.salesim.scenarios.ScenarioException;
import io.salesim.scenarios.ScenarioLoader;
import io.salesim.scenarios.experiments.Comparison;
import io.salesim.scenarios.experiments.Precision;
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
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code salesim compare A B [C ...]}: plans on common random numbers, paired against the first. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Runs every plan on the same random streams (common random numbers) and compares each with the first "
                + "(the baseline): comparison.csv (paired differences), best.csv (best plan per metric, Bonferroni), "
                + "and each plan's own run files under plans/.")
final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", arity = "2..*", description = "Two or more scenario files or bundled scenarios; the first is the baseline.")
    List<String> scenarios;

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
        int planned = plans.size() * (precision == null ? runOptions.replications() : precision.maxReplications());
        options.requireTotal(planned, plans.size() + " plans x " + (precision == null ? runOptions.replications()
                : precision.maxReplications()));
        try (StopOnInterrupt stop = StopOnInterrupt.install(err, "the replications under way, then writing the results");
             CommandOutput output = options.output("compare", stop)) {
            err.println("Comparing " + plans.size() + " plans on common random numbers: " + runOptions.replications()
                    + " replications each" + (precision == null ? "" : " to start, up to " + precision.maxReplications())
                    + ", seed " + runOptions.seed() + ", " + runOptions.threads() + " thread(s)");
            err.flush();
            Comparison.Result result;
            long startNanos = System.nanoTime();
            try (ProgressDisplay progress = ProgressDisplay.open("compare", plans.size() * runOptions.replications(), err,
                    ProgressDisplay.onTerminal())) {
                result = Comparison.run(plans, runOptions, precision, progress, stop);
            }
            if (result.plans().stream().allMatch(plan -> plan.replications().isEmpty())) {
                return NothingFinished.report(output, err);
            }
            double wallSeconds = (System.nanoTime() - startNanos) / 1e9;
            Path written = output.publish(temp -> ExperimentFiles.writeComparisonInto(temp, result,
                    RunInfo.of(runOptions, wallSeconds)), true);
            out.print(render(result));
            if (result.limitingMetric() != null) {
                out.println((result.precisionReached() ? "Precision reached" : "Precision NOT reached") + " with "
                        + result.paired() + " replications per plan; limiting metric: " + result.limitingMetric());
            }
            out.println("Results written to " + Printable.escape(written.toString()) + " (report.html, comparison.csv, best.csv, plans/<plan>/)");
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

    /** Best plan per headline metric, then each alternative against the baseline. */
    static String render(Comparison.Result result) {
        if (result.paired() < 2) {
            return "Too few paired replications (" + result.paired() + ") to compare the plans.\n";
        }
        StringBuilder text = new StringBuilder();
        text.append("Best plan per headline metric (").append(result.paired())
                .append(" paired replications; Bonferroni-adjusted paired t, 95% family-wise):\n");
        TextTable best = new TextTable("metric", "better", "best plan", "mean", "95% CI").numbers(3);
        for (PlanComparison.Best verdict : result.best()) {
            if (!result.headlineMetrics().contains(verdict.metric())) {
                continue;
            }
            Summary leader = ExperimentTables.plan(result, verdict.leader()).summary(verdict.metric());
            String name = verdict.decided() ? verdict.bestPlan()
                    : ExperimentTables.CANNOT_TELL + " (" + verdict.leader() + " or " + String.join(", ", verdict.indistinguishable()) + ")";
            best.row(verdict.metric(), verdict.direction().higherIsBetter() ? "higher" : "lower", name,
                    SummaryTable.number(leader.mean()), TextTable.interval(leader.ciLow(), leader.ciHigh()));
        }
        text.append(best.render()).append('\n');
        text.append("Against the baseline ").append(result.baseline().name()).append(" (alternative - baseline, paired 95% CI):\n");
        TextTable rows = new TextTable("metric", "alternative", "difference", "95% CI", "P(better)").numbers(2, 4);
        for (PlanComparison.Row row : result.rows()) {
            if (result.headlineMetrics().contains(row.metric())) {
                Summary difference = row.difference().difference();
                rows.row(row.metric(), row.alternative(), SummaryTable.number(difference.mean()),
                        TextTable.interval(difference.ciLow(), difference.ciHigh()),
                        SummaryTable.number(row.difference().probabilityBetter()));
            }
        }
        return text.append(rows.render()).append('\n').toString();
    }
}
