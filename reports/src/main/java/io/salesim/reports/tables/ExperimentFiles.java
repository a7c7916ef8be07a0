package io.salesim.reports.tables;

import io.salesim.core.diagnostics.Diagnostic;
import io.salesim.core.engine.ExperimentResult;
import io.salesim.scenarios.Scenario;
import io.salesim.scenarios.ScenarioLoader;
import io.salesim.scenarios.Version;
import io.salesim.scenarios.experiments.Comparison;
import io.salesim.scenarios.experiments.Robustness;
import io.salesim.scenarios.experiments.MarginalConstraint;
import io.salesim.scenarios.experiments.Precision;
import io.salesim.scenarios.experiments.Sizing;
import io.salesim.scenarios.experiments.Sweep;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the folders of {@code compare}, {@code sweep} and {@code size}, atomically like a run
 * folder (see {@link ResultFiles#writeAtomically}). Each has a JSON file saying what was
 * asked, how long it took and whether it is complete (false after Ctrl-C: the files are
 * whole, but hold only what finished).
 */
public final class ExperimentFiles {
    public static final String COMPARISON = "comparison.csv";
    public static final String ROBUSTNESS = "robustness.csv";
    public static final String BEST = "best.csv";
    public static final String COMPARE_JSON = "compare.json";
    public static final String PLANS = "plans";
    public static final String SWEEP = "sweep.csv";
    public static final String SWEEP_JSON = "sweep.json";
    public static final String POINTS = "points";
    public static final String SIZING = "sizing.csv";
    public static final String SIZED = "sized.yaml";
    public static final String SIZE_JSON = "size.json";
    public static final String CONSTRAINT = "constraint.csv";
    public static final String CONSTRAINT_JSON = "constraint.json";

    private ExperimentFiles() {
    }

    /**
     * The base run's own files (as {@code run} writes them), constraint.csv (the marginal view
     * per role) and constraint.json (what was probed, which role each view names).
     */
    public static Path writeConstraint(Path folder, MarginalConstraint.Result result, RunInfo info) throws IOException {
        return ResultFiles.writeAtomically(folder, temp -> writeConstraintInto(temp, result, info));
    }

    /** {@link #writeConstraint}'s files, into a folder being built. */
    public static void writeConstraintInto(Path temp, MarginalConstraint.Result result, RunInfo info) throws IOException {
        ResultFiles.writeInto(temp, result.scenario(), result.base(), info);
        ResultFiles.writeCsv(ExperimentTables.constraint(result), temp.resolve(CONSTRAINT));
        Map<String, Object> json = common(info, result.complete());
        json.put("scenario", result.scenario().name());
        json.put("plan_weeks_from", result.fromWeek());
        json.put("plan_weeks_to", result.toWeek());
        json.put("paired_replications", result.paired());
        json.put("marginal_constraint", result.marginalConstraint());
        json.put("active_period_constraint", result.activePeriodConstraint());
        ResultFiles.writeJson(temp.resolve(CONSTRAINT_JSON), json);
    }

    /** comparison.csv, best.csv, compare.json, and plans/&lt;plan&gt;/ with each plan's own run files. */
    public static Path writeComparison(Path folder, Comparison.Result result, RunInfo info) throws IOException {
        return ResultFiles.writeAtomically(folder, temp -> writeComparisonInto(temp, result, info, Double.NaN, List.of()));
    }

    /** {@link #writeComparison}'s files, into a folder being built (e.g. a {@link RunFolder}'s workspace). */
    public static void writeComparisonInto(Path temp, Comparison.Result result, RunInfo info) throws IOException {
        writeComparisonInto(temp, result, info, Double.NaN, List.of());
    }

    /**
     * As {@link #writeComparisonInto(Path, Comparison.Result, RunInfo)}, with the money metrics'
     * chance of winning by {@code margin} (NaN: none asked) and robustness.csv when some key was varied.
     */
    public static void writeComparisonInto(Path temp, Comparison.Result result, RunInfo info, double margin,
                                           List<Robustness.Row> robustness) throws IOException {
        ResultFiles.writeCsv(ExperimentTables.comparison(result, margin), temp.resolve(COMPARISON));
        if (!robustness.isEmpty()) {
            ResultFiles.writeCsv(ExperimentTables.robustness(robustness), temp.resolve(ROBUSTNESS));
        }
        ResultFiles.writeCsv(ExperimentTables.best(result), temp.resolve(BEST));
        List<Map<String, Object>> plans = new ArrayList<>();
        for (int i = 0; i < result.plans().size(); i++) {
            ExperimentResult plan = result.plans().get(i);
            List<Diagnostic> warnings = result.warnings().get(i);
            ResultFiles.writeInto(temp.resolve(PLANS).resolve(plan.name()), result.scenarios().get(i), plan,
                    info.withWarnings(warnings));
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", plan.name());
            entry.put("scenario_source", result.scenarios().get(i).source().name());
            entry.put("replications", plan.replications().size());
            entry.put("warnings", RunInfo.json(warnings));
            plans.add(entry);
        }
        Map<String, Object> json = common(info, result.complete());
        json.put("baseline", result.baseline().name());
        json.put("plans", plans);
        json.put("paired_replications", result.paired());
        json.put("confidence", Comparison.CONFIDENCE);
        json.put("headline_metrics", result.headlineMetrics());
        if (Double.isFinite(margin)) {
            json.put("margin", margin);
        }
        if (!robustness.isEmpty()) {
            json.put("varied", robustness.stream().map(Robustness.Row::key).distinct().toList());
        }
        if (result.limitingMetric() != null) {
            json.put("precision_reached", result.precisionReached());
            json.put("precision_claimed", result.precisionReached() && result.precisionBlockedBy() == null);
            if (result.precisionBlockedBy() != null) {
                json.put("precision_not_claimed_because", RunInfo.blocking(result.precisionBlockedBy()) + " stands for "
                        + result.limitingMetric());
            }
            json.put("limiting_metric", result.limitingMetric());
        }
        ResultFiles.writeJson(temp.resolve(COMPARE_JSON), json);
    }

    /** sweep.csv, sweep.json and points/&lt;n&gt;.yaml (each point, resolved: runs as is). */
    public static Path writeSweep(Path folder, Sweep.Result result, RunInfo info) throws IOException {
        return ResultFiles.writeAtomically(folder, temp -> writeSweepInto(temp, result, info));
    }

    /** {@link #writeSweep}'s files, into a folder being built. */
    public static void writeSweepInto(Path temp, Sweep.Result result, RunInfo info) throws IOException {
        ResultFiles.writeCsv(ExperimentTables.sweep(result), temp.resolve(SWEEP));
        Files.createDirectories(temp.resolve(POINTS));
        for (Sweep.Point point : result.points()) {
            ResultFiles.writeText(temp.resolve(POINTS).resolve(point.number() + ".yaml"),
                    "# sweep point " + point.number() + ": " + point.values() + "\n"
                            + ScenarioLoader.resolvedYaml(point.scenario()));
        }
        Map<String, Object> json = common(info, result.complete());
        json.put("scenario", result.points().get(0).scenario().name());
        json.put("points", result.points().size());
        Sweep.Point first = result.points().get(0);
        json.put("headline_metrics", first.scenario().headlineMetrics(result.results().get(0).meanings()));
        json.put("replications_per_point", result.replications()); // with a precision: the fewest any point ran
        Map<String, Object> settings = new LinkedHashMap<>();
        result.settings().forEach(s -> settings.put(s.key().toString(), s.values()));
        json.put("settings", settings);
        if (result.precision() != null) {
            json.put("precision", precision(result));
        }
        List<Map<String, Object>> warnings = new ArrayList<>();
        for (int p = 0; p < result.points().size(); p++) {
            for (Map<String, Object> warning : RunInfo.json(result.warnings().get(p))) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("point", result.points().get(p).number());
                entry.putAll(warning);
                warnings.add(entry);
            }
        }
        json.put("warnings", warnings);
        ResultFiles.writeJson(temp.resolve(SWEEP_JSON), json);
    }

    /**
     * sizing.csv, sized.yaml (runs as is), size.json and the scenario that was sized. A stopped
     * search ({@code complete: false}) writes sized.yaml only if it had found feasible head
     * counts (the cheapest it had evaluated), and says in size.json whether it did.
     */
    public static Path writeSizing(Path folder, Sizing.Result result, Scenario base, RunInfo info)
            throws IOException {
        return ResultFiles.writeAtomically(folder, temp -> writeSizingInto(temp, result, base, info));
    }

    /** {@link #writeSizing}'s files, into a folder being built. */
    public static void writeSizingInto(Path temp, Sizing.Result result, Scenario base, RunInfo info) throws IOException {
        ResultFiles.writeCsv(ExperimentTables.sizing(result), temp.resolve(SIZING));
        if (result.sized() != null) {
            ResultFiles.writeText(temp.resolve(SIZED), "# " + base.name() + " sized by 'salesim size' (target share of weeks "
                    + result.targetProbability() + ", seed " + info.seed() + ", " + info.replicationsRequested()
                    + " replications per evaluation"
                    + (result.complete() ? "" : "; search stopped early: the cheapest feasible head counts it had evaluated")
                    + ")\n" + ScenarioLoader.resolvedYaml(result.sized()));
        }
        ResultFiles.writeScenario(temp, base);
        Map<String, Object> json = common(info, result.complete());
        json.put("feasible", result.feasible());
        json.put("evaluations", result.evaluations());
        json.put("answer_evaluation", result.answer());
        json.put("sized_yaml", result.sized() != null);
        json.put("target_probability", result.targetProbability());
        json.put("payroll_before_per_year", result.payrollBeforePerYear());
        json.put("payroll_per_year", Double.isNaN(result.payrollPerYear()) ? null : result.payrollPerYear());
        ResultFiles.writeJson(temp.resolve(SIZE_JSON), json);
    }

    /** The precision asked for and, per point, the replications it ran and the metric that limited it. */
    private static Map<String, Object> precision(Sweep.Result result) {
        Map<String, Object> precision = new LinkedHashMap<>();
        precision.put("relative", result.precision().relative());
        precision.put("max_replications", result.precision().maxReplications());
        List<Map<String, Object>> points = new ArrayList<>();
        for (int p = 0; p < result.points().size(); p++) {
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("point", result.points().get(p).number());
            point.put("replications", result.results().get(p).replications().size());
            if (p < result.limits().size()) {
                Precision.Limit limit = result.limits().get(p);
                Diagnostic blocked = result.precisionBlockedBy().get(p);
                point.put("precision_reached", limit.reached());
                point.put("precision_claimed", limit.reached() && blocked == null);
                if (blocked != null) {
                    point.put("precision_not_claimed_because", RunInfo.blocking(blocked) + " stands for " + limit.metric());
                }
                point.put("limiting_metric", limit.metric());
                point.put("limiting_relative_half_width",
                        Double.isNaN(limit.relativeHalfWidth()) ? null : limit.relativeHalfWidth());
            }
            points.add(point);
        }
        precision.put("points", points);
        return precision;
    }

    private static Map<String, Object> common(RunInfo info, boolean complete) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("version", Version.current());
        json.put("seed", info.seed());
        json.put("replications_requested", info.replicationsRequested());
        json.put("threads", info.threads());
        json.put("runner", info.runner());
        json.put("wall_seconds", Math.round(info.wallSeconds() * 1000) / 1000.0);
        json.put("complete", complete);
        if (!info.command().isEmpty()) {
            json.put("command", info.command());
        }
        return json;
    }
}
