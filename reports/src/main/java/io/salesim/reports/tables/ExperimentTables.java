package io.salesim.reports.tables;

import io.salesim.core.analysis.PlanComparison;
import io.salesim.core.analysis.Verdict;
import io.salesim.core.engine.Meaning;
import io.salesim.core.stats.PairedDifference;
import io.salesim.core.engine.ExperimentResult;
import io.salesim.core.stats.Summary;
import io.salesim.scenarios.experiments.Comparison;
import io.salesim.scenarios.experiments.MarginalConstraint;
import io.salesim.scenarios.experiments.Robustness;
import io.salesim.scenarios.experiments.Setting;
import io.salesim.scenarios.experiments.Sizing;
import io.salesim.scenarios.experiments.Sweep;
import java.util.ArrayList;
import java.util.Arrays;
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

    /**
     * {@code metric,direction,baseline,alternative,mean_diff,ci95_low,ci95_high,prob_better,verdict}:
     * alternative − baseline, paired; with three or more plans the intervals are
     * Bonferroni-adjusted so the family holds at 95%. The verdict is what the interval says in
     * the metric's declared direction; a neutral metric has neither verdict nor prob_better.
     */
    public static Table comparison(Comparison.Result result) {
        return comparison(result, Double.NaN);
    }

    /**
     * As {@link #comparison(Comparison.Result)}; with a finite {@code margin}, two more columns
     * for the money metrics (unit starting with $): {@code margin} and
     * {@code prob_better_by_margin}, the share of paired replications in which the alternative
     * did better than the baseline by at least the margin.
     */
    public static Table comparison(Comparison.Result result, double margin) {
        StringColumn metrics = StringColumn.create("metric");
        StringColumn directions = StringColumn.create("direction");
        StringColumn baselines = StringColumn.create("baseline");
        StringColumn alternatives = StringColumn.create("alternative");
        DoubleColumn means = DoubleColumn.create("mean_diff");
        DoubleColumn lows = DoubleColumn.create("ci95_low");
        DoubleColumn highs = DoubleColumn.create("ci95_high");
        DoubleColumn better = DoubleColumn.create("prob_better");
        StringColumn verdicts = StringColumn.create("verdict");
        DoubleColumn margins = DoubleColumn.create("margin");
        DoubleColumn byMargin = DoubleColumn.create("prob_better_by_margin");
        for (PlanComparison.Row row : result.rows()) {
            Summary difference = row.difference().difference();
            boolean money = Double.isFinite(margin) && !row.direction().isNeutral()
                    && plan(result, row.baseline()).unit(row.metric()).startsWith("$");
            if (money) {
                margins.append(margin);
                byMargin.append(shareBetterBy(plan(result, row.baseline()).values(row.metric()),
                        plan(result, row.alternative()).values(row.metric()), margin, row.direction().higherIsBetter()));
            } else {
                margins.appendMissing();
                byMargin.appendMissing();
            }
            metrics.append(row.metric());
            directions.append(row.direction().id());
            baselines.append(row.baseline());
            alternatives.append(row.alternative());
            means.append(difference.mean());
            lows.append(difference.ciLow());
            highs.append(difference.ciHigh());
            if (row.direction().isNeutral()) {
                better.appendMissing();
            } else {
                better.append(row.difference().probabilityBetter());
            }
            verdicts.append(row.verdict().id());
        }
        Table table = Table.create("comparison", metrics, directions, baselines, alternatives, means, lows, highs, better, verdicts);
        return Double.isFinite(margin) ? table.addColumns(margins, byMargin) : table;
    }

    /** The share of paired replications in which the alternative beats the baseline by at least {@code margin}. */
    private static double shareBetterBy(double[] baseline, double[] alternative, double margin, boolean higherIsBetter) {
        int pairs = 0;
        int better = 0;
        for (int i = 0; i < baseline.length; i++) {
            double gain = higherIsBetter ? alternative[i] - baseline[i] : baseline[i] - alternative[i];
            if (!Double.isNaN(gain)) {
                pairs++;
                better += gain >= margin ? 1 : 0;
            }
        }
        return pairs == 0 ? Double.NaN : (double) better / pairs;
    }

    /**
     * {@code metric,baseline,alternative,key,value,mean_diff,ci95_low,ci95_high,verdict}: each
     * headline metric's paired difference and verdict with one varied key at each of its values.
     */
    public static Table robustness(List<Robustness.Row> rows) {
        StringColumn metrics = StringColumn.create("metric");
        StringColumn baselines = StringColumn.create("baseline");
        StringColumn alternatives = StringColumn.create("alternative");
        StringColumn keys = StringColumn.create("key");
        StringColumn values = StringColumn.create("value");
        DoubleColumn means = DoubleColumn.create("mean_diff");
        DoubleColumn lows = DoubleColumn.create("ci95_low");
        DoubleColumn highs = DoubleColumn.create("ci95_high");
        StringColumn verdicts = StringColumn.create("verdict");
        for (Robustness.Row row : rows) {
            metrics.append(row.metric());
            baselines.append(row.baseline());
            alternatives.append(row.alternative());
            keys.append(row.key());
            values.append(row.value());
            means.append(row.difference().mean());
            lows.append(row.difference().ciLow());
            highs.append(row.difference().ciHigh());
            verdicts.append(row.verdict().id());
        }
        return Table.create("robustness", metrics, baselines, alternatives, keys, values, means, lows, highs, verdicts);
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
            directions.append(best.direction().id());
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
                        plan.meanings(), Map.of(), plan.complete());
            }
        }
        throw new IllegalArgumentException("no plan named " + name);
    }

    /**
     * {@code point,<one column per key>,metric,unit,direction,mean,ci95_low,ci95_high,diff_vs_first,diff_ci95_low,diff_ci95_high,verdict}:
     * one row per point and metric; the difference is the point's mean minus the first point's,
     * paired over the replications both ran (every point draws the same random numbers), and the
     * verdict what its 95% interval says in the metric's declared direction (the first point and
     * neutral metrics: none).
     */
    public static Table sweep(Sweep.Result result) {
        IntColumn points = IntColumn.create("point");
        List<StringColumn> keys = new ArrayList<>();
        for (Setting setting : result.settings()) {
            keys.add(StringColumn.create(setting.key().toString()));
        }
        StringColumn metrics = StringColumn.create("metric");
        StringColumn units = StringColumn.create("unit");
        StringColumn directions = StringColumn.create("direction");
        DoubleColumn means = DoubleColumn.create("mean");
        DoubleColumn lows = DoubleColumn.create("ci95_low");
        DoubleColumn highs = DoubleColumn.create("ci95_high");
        DoubleColumn diffs = DoubleColumn.create("diff_vs_first");
        DoubleColumn diffLows = DoubleColumn.create("diff_ci95_low");
        DoubleColumn diffHighs = DoubleColumn.create("diff_ci95_high");
        StringColumn verdicts = StringColumn.create("verdict");
        ExperimentResult first = result.results().get(0);
        for (int p = 0; p < result.points().size(); p++) {
            Sweep.Point point = result.points().get(p);
            ExperimentResult here = result.results().get(p);
            int paired = Math.min(first.replications().size(), here.replications().size());
            for (Map.Entry<String, Summary> entry : here.summaries().entrySet()) {
                String metric = entry.getKey();
                Meaning meaning = here.meaning(metric);
                points.append(point.number());
                for (int k = 0; k < keys.size(); k++) {
                    keys.get(k).append(point.values().get(result.settings().get(k).key().toString()));
                }
                metrics.append(metric);
                units.append(meaning.unit());
                directions.append(meaning.direction().id());
                means.append(entry.getValue().mean());
                lows.append(entry.getValue().ciLow());
                highs.append(entry.getValue().ciHigh());
                if (p == 0 || paired < 2 || !first.meanings().containsKey(metric)) {
                    diffs.appendMissing();
                    diffLows.appendMissing();
                    diffHighs.appendMissing();
                    verdicts.append(Verdict.NONE.id());
                    continue;
                }
                Summary diff = PairedDifference.of(Arrays.copyOf(first.values(metric), paired),
                        Arrays.copyOf(here.values(metric), paired), meaning.direction().higherIsBetter(), 0.95).difference();
                diffs.append(diff.mean());
                diffLows.append(diff.ciLow());
                diffHighs.append(diff.ciHigh());
                verdicts.append(Verdict.of(diff, meaning.direction()).id());
            }
        }
        List<Column<?>> columns = new ArrayList<>();
        columns.add(points);
        columns.addAll(keys);
        columns.addAll(List.of(metrics, units, directions, means, lows, highs, diffs, diffLows, diffHighs, verdicts));
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
