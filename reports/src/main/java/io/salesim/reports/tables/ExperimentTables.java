package io.salesim.reports.tables;

import io.salesim.core.analysis.PlanComparison;
import io.salesim.core.engine.ExperimentResult;
import io.salesim.core.stats.Summary;
import io.salesim.scenarios.experiments.Comparison;
import io.salesim.scenarios.experiments.MarginalConstraint;
import io.salesim.scenarios.experiments.Setting;
import io.salesim.scenarios.experiments.Sizing;
import io.salesim.scenarios.experiments.Sweep;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** The tables of comparisons, sweeps and sizings, as Tablesaw tables (what their CSV files hold). */
public final class ExperimentTables {
    /** What best.csv says when the intervals cannot separate the leader from every other plan. */
    public static final String CANNOT_TELL = "cannot tell";

    private ExperimentTables() {
    }

    /**
     * {@code role,weeks,extra_hours,throughput_gain,ci95_low,ci95_high,bottleneck_probability}:
     * per probed role, the throughput gained per extra hour of its capacity ($ an hour, paired,
     * across replications) in the plan weeks given, and Roser's view in the same weeks.
     */
    public static Table constraint(MarginalConstraint.Result result) {
        StringColumn roles = StringColumn.create("role");
        StringColumn weeks = StringColumn.create("weeks");
        DoubleColumn hours = DoubleColumn.create("extra_hours");
        DoubleColumn gains = DoubleColumn.create("throughput_gain");
        DoubleColumn lows = DoubleColumn.create("ci95_low");
        DoubleColumn highs = DoubleColumn.create("ci95_high");
        DoubleColumn bottleneck = DoubleColumn.create("bottleneck_probability");
        String span = PlainNumbers.plain(result.fromWeek()) + "-" + PlainNumbers.plain(result.toWeek());
        for (MarginalConstraint.Probe probe : result.probes()) {
            roles.append(probe.role());
            weeks.append(span);
            hours.append(probe.extraHours());
            gains.append(probe.gainPerHour().mean());
            lows.append(probe.gainPerHour().ciLow());
            highs.append(probe.gainPerHour().ciHigh());
            bottleneck.append(probe.bottleneckShare());
        }
        return Table.create("constraint", roles, weeks, hours, gains, lows, highs, bottleneck);
    }

    /** {@code metric,baseline,alternative,mean_diff,ci95_low,ci95_high,prob_better}: alternative − baseline, paired. */
    public static Table comparison(Comparison.Result result) {
        StringColumn metrics = StringColumn.create("metric");
        StringColumn baselines = StringColumn.create("baseline");
        StringColumn alternatives = StringColumn.create("alternative");
        DoubleColumn means = DoubleColumn.create("mean_diff");
        DoubleColumn lows = DoubleColumn.create("ci95_low");
        DoubleColumn highs = DoubleColumn.create("ci95_high");
        DoubleColumn better = DoubleColumn.create("prob_better");
        for (PlanComparison.Row row : result.rows()) {
            Summary difference = row.difference().difference();
            metrics.append(row.metric());
            baselines.append(row.baseline());
            alternatives.append(row.alternative());
            means.append(difference.mean());
            lows.append(difference.ciLow());
            highs.append(difference.ciHigh());
            better.append(row.difference().probabilityBetter());
        }
        return Table.create("comparison", metrics, baselines, alternatives, means, lows, highs, better);
    }

    /**
     * {@code metric,better,best,leader,leader_mean,leader_ci95_low,leader_ci95_high,cannot_tell_from,method,family_confidence}:
     * per metric the best plan, or "cannot tell" with the plans the leader could not be told from.
     */
    public static Table best(Comparison.Result result) {
        StringColumn metrics = StringColumn.create("metric");
        StringColumn directions = StringColumn.create("better");
        StringColumn bests = StringColumn.create("best");
        StringColumn leaders = StringColumn.create("leader");
        DoubleColumn means = DoubleColumn.create("leader_mean");
        DoubleColumn lows = DoubleColumn.create("leader_ci95_low");
        DoubleColumn highs = DoubleColumn.create("leader_ci95_high");
        StringColumn ties = StringColumn.create("cannot_tell_from");
        StringColumn methods = StringColumn.create("method");
        DoubleColumn confidences = DoubleColumn.create("family_confidence");
        for (PlanComparison.Best best : result.best()) {
            Summary leader = plan(result, best.leader()).summary(best.metric());
            metrics.append(best.metric());
            directions.append(best.direction().higherIsBetter() ? "higher" : "lower");
            bests.append(best.decided() ? best.bestPlan() : CANNOT_TELL);
            leaders.append(best.leader());
            means.append(leader.mean());
            lows.append(leader.ciLow());
            highs.append(leader.ciHigh());
            ties.append(String.join(" ", best.indistinguishable()));
            methods.append("Bonferroni paired t over " + (result.plans().size() - 1) + " comparison(s)");
            confidences.append(best.familyConfidence());
        }
        return Table.create("best", metrics, directions, bests, leaders, means, lows, highs, ties, methods, confidences);
    }

    /** The plan's result over the paired replications (what the comparison used). */
    public static ExperimentResult plan(Comparison.Result result, String name) {
        for (ExperimentResult plan : result.plans()) {
            if (plan.name().equals(name)) {
                return new ExperimentResult(plan.name(), plan.seed(), plan.replications().subList(0, result.paired()),
                        plan.units(), Map.of(), plan.complete());
            }
        }
        throw new IllegalArgumentException("no plan named " + name);
    }

    /** {@code point,<one column per key>,metric,mean,ci95_low,ci95_high}: one row per point and metric. */
    public static Table sweep(Sweep.Result result) {
        IntColumn points = IntColumn.create("point");
        List<StringColumn> keys = new ArrayList<>();
        for (Setting setting : result.settings()) {
            keys.add(StringColumn.create(setting.key().toString()));
        }
        StringColumn metrics = StringColumn.create("metric");
        DoubleColumn means = DoubleColumn.create("mean");
        DoubleColumn lows = DoubleColumn.create("ci95_low");
        DoubleColumn highs = DoubleColumn.create("ci95_high");
        for (int p = 0; p < result.points().size(); p++) {
            Sweep.Point point = result.points().get(p);
            for (Map.Entry<String, Summary> entry : result.results().get(p).summaries().entrySet()) {
                points.append(point.number());
                for (int k = 0; k < keys.size(); k++) {
                    keys.get(k).append(point.values().get(result.settings().get(k).key().toString()));
                }
                metrics.append(entry.getKey());
                means.append(entry.getValue().mean());
                lows.append(entry.getValue().ciLow());
                highs.append(entry.getValue().ciHigh());
            }
        }
        List<Column<?>> columns = new ArrayList<>();
        columns.add(points);
        columns.addAll(keys);
        columns.addAll(List.of(metrics, means, lows, highs));
        return Table.create("sweep", columns);
    }

    /** What sizing.csv's {@code entry} column says of the answer of a finished search. */
    public static final String SIZED = "sized";
    /** ... of the answer of a stopped search: the cheapest feasible head counts evaluated before it stopped. */
    public static final String BEST_SO_FAR = "best_so_far";
    /** ... of every evaluation the search ran, in order. */
    public static final String EVALUATED = "evaluated";

    /**
     * {@code role,headcount_key,headcount_before,headcount,utilization_metric,max_utilization,utilization_mean,weekly_metric,weeks_per_replication,week_replications_judged,week_replications_above_target,weeks_above_target_per_replication,share_of_weeks_meeting,target_probability,meets,salary_per_year,evaluation,entry}:
     * first the answer, one row per role ({@code entry} {@value #SIZED}, or {@value #BEST_SO_FAR}
     * for a stopped search; no such rows if a stopped search had found nothing feasible), then
     * every evaluation, one row per role ({@value #EVALUATED}). {@code evaluation} numbers the
     * evaluations from 1; the answer rows repeat the number of the evaluation they come from.
     * {@code utilization_mean} is across replications; the week columns count weeks after
     * warm-up: {@code week_replications_*} summed over replications, {@code weeks_above_target_per_replication}
     * their mean per replication, {@code share_of_weeks_meeting} pooled over weeks and replications.
     */
    public static Table sizing(Sizing.Result result) {
        StringColumn roles = StringColumn.create("role");
        StringColumn keys = StringColumn.create("headcount_key");
        IntColumn before = IntColumn.create("headcount_before");
        IntColumn after = IntColumn.create("headcount");
        StringColumn metrics = StringColumn.create("utilization_metric");
        DoubleColumn targets = DoubleColumn.create("max_utilization");
        DoubleColumn means = DoubleColumn.create("utilization_mean");
        StringColumn weeklyMetrics = StringColumn.create("weekly_metric");
        IntColumn weeks = IntColumn.create("weeks_per_replication");
        LongColumn judged = LongColumn.create("week_replications_judged");
        LongColumn missed = LongColumn.create("week_replications_above_target");
        DoubleColumn missedPerReplication = DoubleColumn.create("weeks_above_target_per_replication");
        DoubleColumn shares = DoubleColumn.create("share_of_weeks_meeting");
        DoubleColumn required = DoubleColumn.create("target_probability");
        BooleanColumn meets = BooleanColumn.create("meets");
        DoubleColumn salaries = DoubleColumn.create("salary_per_year");
        IntColumn evaluations = IntColumn.create("evaluation");
        StringColumn entries = StringColumn.create("entry");
        Table table = Table.create("sizing", roles, keys, before, after, metrics, targets, means, weeklyMetrics, weeks,
                judged, missed, missedPerReplication, shares, required, meets, salaries, evaluations, entries);
        List<Sizing.RoleOutcome> answer = result.roles();
        List<Integer> numbers = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        List<Sizing.RoleOutcome> rows = new ArrayList<>();
        for (Sizing.RoleOutcome outcome : answer) {
            rows.add(outcome);
            numbers.add(result.answer());
            kinds.add(result.complete() ? SIZED : BEST_SO_FAR);
        }
        for (Sizing.Evaluation evaluation : result.evaluated()) {
            for (Sizing.RoleOutcome outcome : evaluation.outcomes()) {
                rows.add(outcome);
                numbers.add(evaluation.number());
                kinds.add(EVALUATED);
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            Sizing.RoleOutcome outcome = rows.get(i);
            roles.append(outcome.role().name());
            keys.append(outcome.role().headcountKey());
            before.append(outcome.role().headcount());
            after.append(outcome.headcount());
            metrics.append(outcome.role().utilizationMetric());
            targets.append(outcome.role().maxUtilization());
            means.append(outcome.utilizationMean());
            weeklyMetrics.append(outcome.role().weekTest().metric());
            weeks.append(outcome.weeks().weeksPerReplication());
            judged.append(outcome.weeks().judged());
            missed.append(outcome.weeks().missed());
            missedPerReplication.append(outcome.weeks().missedPerReplication());
            shares.append(outcome.weeks().shareMeeting());
            required.append(result.targetProbability());
            meets.append(outcome.meets());
            salaries.append(outcome.role().salaryPerYear());
            evaluations.append(numbers.get(i));
            entries.append(kinds.get(i));
        }
        return table;
    }
}
