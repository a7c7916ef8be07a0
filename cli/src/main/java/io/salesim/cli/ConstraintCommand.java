package io.salesim.cli;

import io.salesim.core.sales.ExtraCapacity;
import io.salesim.reports.charts.ChartStyle;
import io.salesim.reports.tables.ExperimentFiles;
import io.salesim.reports.tables.RunInfo;
import io.salesim.scenarios.RunOptions;
import io.salesim.scenarios.Scenario;
import io.salesim.scenarios.ScenarioException;
import io.salesim.scenarios.ScenarioLoader;
import io.salesim.scenarios.experiments.MarginalConstraint;
import io.salesim.scenarios.sales.SalesOrganisationScenario;
import io.salesim.scenarios.schema.Printable;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code salesim constraint SCENARIO}: the marginal constraint, next to the active-period bottleneck. */
@Command(name = "constraint", mixinStandardHelpOptions = true,
        description = "Finds the constraint by its effect: reruns a sales-organisation scenario with each role's capacity "
                + "raised by one person (production by a tenth) in the chosen plan weeks, on common random numbers, and "
                + "reports the throughput gained per extra hour (constraint.csv), beside how often each role is the "
                + "bottleneck by active periods in the same weeks; the base run's files and report.html as for 'run'.")
final class ConstraintCommand implements Callable<Integer> {
    private static final Pattern WEEKS = Pattern.compile("(\\d+(?:\\.\\d+)?)-(\\d+(?:\\.\\d+)?)");

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", description = "A sales-organisation scenario file or bundled scenario.")
    String scenario;

    @Option(names = "--weeks", paramLabel = "FROM-TO",
            description = "Plan weeks (after the warm-up) in which to add the capacity, e.g. 20-60 (default: the whole plan).")
    String weeks;

    @Mixin
    ExperimentOptions options;

    @Mixin
    SingleSettings settings;

    @Mixin
    ScriptOptions script;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        RunOptions runOptions = options.runOptions();
        ChartStyle.prepareInBackground(); // while one core reads the scenarios, the other starts the report's fonts
        Scenario loaded;
        try {
            loaded = settings.applyTo(ScenarioLoader.load(scenario), scenario, "constraint");
        } catch (ScenarioException e) {
            return BadInput.report(e, err);
        }
        if (!loaded.kind().equals("sales-organisation")) {
            return BadInput.report(scenario + ": found a " + loaded.kind() + " scenario; allowed a sales-organisation scenario", err);
        }
        double planWeeks = MarginalConstraint.planWeeks(loaded);
        double[] span = span(planWeeks);
        int runs = 1 + ExtraCapacity.candidates(((SalesOrganisationScenario) loaded).spec()).size();
        options.requireTotal(runs * runOptions.replications(), runs + " runs x " + runOptions.replications());
        try (StopOnInterrupt stop = StopOnInterrupt.install(err, "the replications under way, then writing the results");
             CommandOutput output = options.output(loaded.name() + "-constraint", stop, script.quiet)) {
            script.say(err, "Probing the constraint of " + loaded.name() + " in plan weeks " + label(span[0]) + "-" + label(span[1])
                    + ": the base run and " + (runs - 1) + " with extra capacity, " + runOptions.replications()
                    + " replications each, seed " + runOptions.seed() + ", " + runOptions.threads() + " thread(s)");
            MarginalConstraint.Result result;
            long startNanos = System.nanoTime();
            try (ProgressDisplay progress = script.progress("constraint", runs * runOptions.replications(), err)) {
                result = MarginalConstraint.run(loaded, span[0], span[1], runOptions, progress, stop);
            }
            if (result.base().replications().isEmpty()) {
                return NothingFinished.report(output, err);
            }
            double wallSeconds = (System.nanoTime() - startNanos) / 1e9;
            Path written = output.publish(temp -> ExperimentFiles.writeConstraintInto(temp, result,
                    RunInfo.of(runOptions, wallSeconds)), true);
            if (script.json) {
                out.println(JsonSummary.constraint(written, result));
            } else {
                if (script.tables()) {
                    out.print(render(result));
                }
                out.println("Results written to " + Printable.escape(written.toString())
                        + " (report.html, constraint.csv, and the base run's files)");
            }
            out.flush();
            if (!result.complete()) {
                err.println("salesim: stopped early: the figures use the " + result.paired()
                        + " replications every run finished; constraint.json says complete: false");
                err.flush();
                return ExitCodes.FAILED;
            }
            return ExitCodes.OK;
        }
    }

    /** [from, to) in plan weeks, from --weeks or the whole plan. */
    private double[] span(double planWeeks) {
        if (weeks == null) {
            return new double[] {0, planWeeks};
        }
        Matcher m = WEEKS.matcher(weeks.strip());
        double from = m.matches() ? Double.parseDouble(m.group(1)) : Double.NaN;
        double to = m.matches() ? Double.parseDouble(m.group(2)) : Double.NaN;
        if (!(from >= 0 && from < to && from < planWeeks)) {
            throw new ParameterException(spec.commandLine(), "--weeks: found " + weeks + "; allowed FROM-TO in plan weeks, "
                    + "0 <= FROM < TO and FROM < " + label(planWeeks) + " (the plan's length), e.g. 0-" + label(planWeeks));
        }
        return new double[] {from, Math.min(to, planWeeks)};
    }

    private static String label(double week) {
        return week == Math.rint(week) ? Long.toString((long) week) : Double.toString(week);
    }

    static String render(MarginalConstraint.Result result) {
        if (result.paired() < 2) {
            return "Too few paired replications (" + result.paired() + ") to measure the marginal constraint.\n";
        }
        StringBuilder text = new StringBuilder("Throughput gained per extra hour in " + result.weeksLabel() + " ("
                + result.paired() + " paired replications, $ per hour; active periods: share of those weeks the role is the bottleneck):\n");
        TextTable table = new TextTable("role", "extra hours", "gain $/h", "95% CI", "active periods").numbers(1, 2, 4);
        for (MarginalConstraint.Probe p : result.probes()) {
            table.row(p.role(), SummaryTable.number(p.extraHours()), SummaryTable.number(p.gainPerHour().mean()),
                    TextTable.interval(p.gainPerHour().ciLow(), p.gainPerHour().ciHigh()), SummaryTable.number(p.bottleneckShare()));
        }
        text.append(table.render());
        String marginal = result.marginalConstraint();
        String active = result.activePeriodConstraint();
        text.append("Marginal constraint: ").append(marginal).append("; by active periods: ").append(active == null ? "none" : active)
                .append(marginal != null && marginal.equals(active) ? " (the views agree)\n" : " (the views differ: see report.html)\n");
        return text.toString();
    }
}
