package io.salesim.cli;

import io.salesim.reports.tables.ExperimentFiles;
import io.salesim.reports.tables.RunInfo;
import io.salesim.scenarios.RunOptions;
import io.salesim.scenarios.Scenario;
import io.salesim.scenarios.ScenarioException;
import io.salesim.scenarios.ScenarioLoader;
import io.salesim.scenarios.SizableRole;
import io.salesim.scenarios.experiments.Sizing;
import io.salesim.scenarios.schema.Printable;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code salesim size SCENARIO}: the cheapest head counts that keep each role's protective capacity. */
@Command(name = "size", mixinStandardHelpOptions = true,
        description = "Finds the lowest-payroll head count for each role that meets its protective-capacity target in at "
                + "least the given share of its weeks after warm-up, pooled over every week of every replication "
                + "(other head counts fixed), by bisection that exploits monotonicity; writes sizing.csv and sized.yaml "
                + "(runs with 'salesim run').")
final class SizeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", description = "A scenario file (YAML) or the name of a bundled scenario.")
    String scenario;

    @Option(names = "--target-probability", paramLabel = "P", defaultValue = "0.9",
            description = "Share of (week, replication) cells after warm-up, pooled over every week of every "
                    + "replication, in which each role must meet its target (default: ${DEFAULT-VALUE}).")
    double targetProbability;

    @Option(names = "--target-utilization", paramLabel = "U", defaultValue = "0.85",
            description = "Highest utilisation allowed for roles whose scenario sets no target of its own "
                    + "(flow-line stations) (default: ${DEFAULT-VALUE}).")
    double targetUtilization;

    @Option(names = "--roles", paramLabel = "ROLE", split = ",",
            description = "Only these roles (comma-separated); every other head count stays as it is (default: all sizable roles).")
    List<String> roleNames;

    @Mixin
    ExperimentOptions options;

    @Mixin
    ScriptOptions script;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        RunOptions runOptions = options.runOptions();
        requireShare("--target-probability", targetProbability);
        requireShare("--target-utilization", targetUtilization);
        Scenario base;
        try {
            base = ScenarioLoader.load(scenario);
        } catch (ScenarioException e) {
            return BadInput.report(e, err);
        }
        List<SizableRole> roles = selectRoles(base);
        try (StopOnInterrupt stop = StopOnInterrupt.install(err, "the evaluation under way, then writing the results");
             CommandOutput output = options.output(base.name() + "-size", stop, script.quiet)) {
            script.say(err, "Sizing " + base.name() + ": roles " + roles.stream().map(SizableRole::name).toList() + ", "
                    + runOptions.replications() + " replications per evaluation, seed " + runOptions.seed());
            long startNanos = System.nanoTime();
            Sizing.Result result = Sizing.run(base, roles, targetProbability, runOptions, (evaluation, counts, outcomes) -> {
                StringBuilder line = new StringBuilder("evaluation " + evaluation + ":");
                for (Sizing.RoleOutcome outcome : outcomes) {
                    line.append(' ').append(outcome.role().name()).append('=').append(outcome.headcount())
                            .append(outcome.meets() ? " (meets in " : " (fails: ")
                            .append(SummaryTable.number(100 * outcome.weeks().shareMeeting())).append("% of weeks)");
                }
                script.say(err, line.toString());
            }, stop);
            if (result.evaluations() == 0) {
                return NothingFinished.report(output, err);
            }
            double wallSeconds = (System.nanoTime() - startNanos) / 1e9;
            Path written = output.publish(temp -> ExperimentFiles.writeSizingInto(temp, result, base,
                    RunInfo.of(runOptions, wallSeconds)), false);
            if (script.json) {
                out.println(JsonSummary.size(written, result));
                out.flush();
                return exitCode(result, err);
            }
            if (script.tables()) {
                if (!result.roles().isEmpty()) {
                    out.print(table(result).render());
                    out.println(legend(result, runOptions.replications(), !base.roleTable().isEmpty()));
                    out.println();
                }
                out.println(verdict(result, runOptions.replications()));
            }
            String shown = Printable.escape(written.toString());
            out.println("Results written to " + shown + " (sizing.csv"
                    + (result.sized() == null ? ")" : ", sized.yaml: run it with 'salesim run "
                    + Printable.escape(written.resolve(ExperimentFiles.SIZED).toString()) + "')"));
            out.flush();
            return exitCode(result, err);
        }
    }

    /** Whether every role meets its target, after how many evaluations, and the payroll before and after. */
    private static String verdict(Sizing.Result result, int replications) {
        String evaluations = result.evaluations() + (result.evaluations() == 1 ? " evaluation (" : " evaluations (")
                + result.evaluations() * replications + " replications)";
        if (result.complete()) {
            return (result.feasible() ? "Every role meets its target" : "NOT every role can meet its target within its search range")
                    + " in at least " + SummaryTable.number(100 * result.targetProbability()) + "% of its weeks; " + evaluations
                    + "; payroll " + SummaryTable.number(result.payrollBeforePerYear()) + " -> "
                    + SummaryTable.number(result.payrollPerYear()) + " a year";
        }
        if (result.sized() != null) {
            return "Stopped early after " + evaluations + ": the table shows the cheapest head counts found so far at which "
                    + "every role meets its target (evaluation " + result.answer() + "; payroll "
                    + SummaryTable.number(result.payrollBeforePerYear()) + " -> " + SummaryTable.number(result.payrollPerYear())
                    + " a year); a finished search may find cheaper ones";
        }
        return "Stopped early after " + evaluations + ", before finding head counts at which every role meets its "
                + "target: no sized.yaml";
    }

    /** 0 when every role meets its target; 1, with a line on stderr if stopped early, otherwise. */
    private static int exitCode(Sizing.Result result, PrintWriter err) {
        if (!result.complete()) {
            err.println("salesim: stopped early: sizing.csv holds the evaluations finished (" + result.evaluations()
                    + "); size.json says complete: false");
            err.flush();
            return ExitCodes.FAILED;
        }
        return result.feasible() ? ExitCodes.OK : ExitCodes.FAILED;
    }

    private static TextTable table(Sizing.Result result) {
        TextTable table = new TextTable("role", "before", "sized", "max utilisation", "mean utilisation", "weeks short",
                "share of weeks meeting", "meets")
                .numbers(1, 2, 3, 4, 5, 6);
        for (Sizing.RoleOutcome outcome : result.roles()) {
            SizableRole role = outcome.role();
            table.row(role.name(), Integer.toString(role.headcount()), Integer.toString(outcome.headcount()),
                    SummaryTable.number(role.maxUtilization()), SummaryTable.number(outcome.utilizationMean()),
                    SummaryTable.number(outcome.weeks().missedPerReplication()),
                    SummaryTable.number(outcome.weeks().shareMeeting()), outcome.meets() ? "yes" : "NO");
        }
        return table;
    }

    /**
     * What each column counts: per replication or pooled, and which weeks.
     *
     * @param roleTable the scenario has a role table (sales): its roles' weeks are the plan weeks {@code run} reports
     */
    private static String legend(Sizing.Result result, int replications, boolean roleTable) {
        int weeks = result.roles().get(0).weeks().weeksPerReplication();
        String wrap = roleTable ? "\n  " : " ";
        return "mean utilisation: after warm-up, mean across the " + replications + " replications.\n"
                + "weeks short: of the " + weeks + " weeks after warm-up in a replication" + (roleTable ? " (the plan weeks)" : "")
                + ", those above max utilisation" + (roleTable ? "\n  or with nobody there while work waited" : "")
                + "; mean across replications" + (roleTable ? " ('salesim run': role.<role>.shortfall_weeks)" : "") + ".\n"
                + "share of weeks meeting: of those weeks in all " + replications + " replications"
                + (roleTable ? " (less weeks with nobody there and nothing waiting)," : ",") + wrap
                + "the share not short; a role meets its target when this is at least "
                + SummaryTable.number(result.targetProbability()) + ".";
    }

    private List<SizableRole> selectRoles(Scenario base) {
        Map<String, SizableRole> all = new LinkedHashMap<>();
        for (SizableRole role : base.sizableRoles(targetUtilization)) {
            all.put(role.name(), role);
        }
        if (all.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "SCENARIO: found a " + base.kind()
                    + " scenario, which has no head counts to size; allowed a scenario kind with sizable roles");
        }
        if (roleNames == null || roleNames.isEmpty()) {
            return List.copyOf(all.values());
        }
        List<SizableRole> chosen = new ArrayList<>();
        for (String name : roleNames) {
            SizableRole role = all.get(name.strip());
            if (role == null) {
                throw new ParameterException(spec.commandLine(), "--roles: found \"" + name + "\"; allowed one or more of "
                        + String.join(", ", all.keySet()));
            }
            chosen.add(role);
        }
        return chosen;
    }

    private void requireShare(String option, double value) {
        if (!(value > 0 && value <= 1)) {
            throw new ParameterException(spec.commandLine(), option + ": found " + value + "; allowed a number > 0 and <= 1");
        }
    }
}
