package io.salesim.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.salesim.core.analysis.PlanComparison;
import io.salesim.core.engine.ExperimentResult;
import io.salesim.core.stats.Summary;
import io.salesim.reports.tables.RunInfo;
import io.salesim.scenarios.experiments.Comparison;
import io.salesim.scenarios.experiments.MarginalConstraint;
import io.salesim.scenarios.experiments.Sizing;
import io.salesim.scenarios.experiments.Sweep;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What {@code --json} prints on stdout: the summary a script needs, and the folder with everything else. */
final class JsonSummary {
    private JsonSummary() {
    }

    static String run(Path folder, ExperimentResult result, List<String> metrics, RunInfo info) {
        Map<String, Object> json = start(folder, result.complete());
        json.put("replications", result.replications().size());
        json.put("metrics", metrics(result, metrics));
        if (!info.precision().isEmpty()) {
            json.put("precision", info.precision());
        }
        json.put("warnings", info.warningsJson());
        return write(json);
    }

    static String compare(Path folder, Comparison.Result result) {
        Map<String, Object> json = start(folder, result.complete());
        json.put("baseline", result.baseline().name());
        json.put("paired_replications", result.paired());
        List<Object> best = new ArrayList<>();
        for (PlanComparison.Best verdict : result.best()) {
            if (result.headlineMetrics().contains(verdict.metric())) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("metric", verdict.metric());
                row.put("better", verdict.direction().id());
                row.put("best_plan", verdict.decided() ? verdict.bestPlan() : null);
                row.put("leader", verdict.leader());
                row.put("indistinguishable", verdict.indistinguishable());
                best.add(row);
            }
        }
        json.put("best", best);
        List<Object> rows = new ArrayList<>();
        for (PlanComparison.Row row : result.rows()) {
            if (result.headlineMetrics().contains(row.metric())) {
                Summary difference = row.difference().difference();
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("metric", row.metric());
                out.put("alternative", row.alternative());
                out.put("difference", finite(difference.mean()));
                out.put("ci_low", finite(difference.ciLow()));
                out.put("ci_high", finite(difference.ciHigh()));
                out.put("verdict", row.verdict().id());
                rows.add(out);
            }
        }
        json.put("against_baseline", rows);
        return write(json);
    }

    static String sweep(Path folder, Sweep.Result result) {
        Map<String, Object> json = start(folder, result.complete());
        List<Object> points = new ArrayList<>();
        for (int p = 0; p < result.points().size(); p++) {
            Sweep.Point point = result.points().get(p);
            ExperimentResult experiment = result.results().get(p);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("point", point.number());
            out.put("values", point.values());
            out.put("replications", experiment.replications().size());
            out.put("metrics", metrics(experiment, point.scenario().headlineMetrics(experiment.meanings())));
            points.add(out);
        }
        json.put("points", points);
        return write(json);
    }

    static String size(Path folder, Sizing.Result result) {
        Map<String, Object> json = start(folder, result.complete());
        json.put("feasible", result.feasible());
        json.put("evaluations", result.evaluations());
        json.put("target_probability", result.targetProbability());
        List<Object> roles = new ArrayList<>();
        for (Sizing.RoleOutcome outcome : result.roles()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("role", outcome.role().name());
            row.put("before", outcome.role().headcount());
            row.put("sized", outcome.headcount());
            row.put("share_of_weeks_meeting", finite(outcome.weeks().shareMeeting()));
            row.put("meets", outcome.meets());
            roles.add(row);
        }
        json.put("roles", roles);
        json.put("payroll_before_per_year", finite(result.payrollBeforePerYear()));
        json.put("payroll_per_year", result.sized() == null ? null : finite(result.payrollPerYear()));
        return write(json);
    }

    static String constraint(Path folder, MarginalConstraint.Result result) {
        Map<String, Object> json = start(folder, result.complete());
        json.put("weeks", result.weeksLabel());
        json.put("paired_replications", result.paired());
        json.put("marginal_constraint", result.marginalConstraint());
        json.put("active_period_constraint", result.activePeriodConstraint());
        List<Object> probes = new ArrayList<>();
        for (MarginalConstraint.Probe probe : result.probes()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("role", probe.role());
            row.put("extra_hours", finite(probe.extraHours()));
            row.put("gain_per_hour", finite(probe.gainPerHour().mean()));
            row.put("ci_low", finite(probe.gainPerHour().ciLow()));
            row.put("ci_high", finite(probe.gainPerHour().ciHigh()));
            row.put("bottleneck_share", finite(probe.bottleneckShare()));
            probes.add(row);
        }
        json.put("probes", probes);
        return write(json);
    }

    private static Map<String, Object> start(Path folder, boolean complete) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("folder", folder.toAbsolutePath().toString());
        json.put("complete", complete);
        return json;
    }

    private static List<Object> metrics(ExperimentResult result, List<String> metrics) {
        List<Object> out = new ArrayList<>();
        for (String metric : metrics) {
            Summary summary = result.summary(metric);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("metric", metric);
            row.put("unit", result.unit(metric));
            row.put("mean", finite(summary.mean()));
            row.put("ci_low", finite(summary.ciLow()));
            row.put("ci_high", finite(summary.ciHigh()));
            out.add(row);
        }
        return out;
    }

    /** JSON has no NaN or infinity: null stands for "no value". */
    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }

    private static String write(Map<String, Object> json) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
