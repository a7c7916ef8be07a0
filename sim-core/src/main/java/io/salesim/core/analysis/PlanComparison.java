package io.salesim.core.analysis;

import io.salesim.core.engine.ExperimentResult;
import io.salesim.core.stats.PairedDifference;
import io.salesim.core.stats.Summary;
import java.util.ArrayList;
import java.util.List;

/**
 * Paired comparison of plans run on common random numbers: replication r of every plan drew
 * from the same streams, so per-replication differences cancel the shared noise. The first
 * plan is the baseline. With three or more plans, the best plan per metric is chosen with
 * Bonferroni-adjusted paired intervals, and "cannot tell" is said when they overlap.
 */
public final class PlanComparison {
    private PlanComparison() {
    }

    /** One alternative against the baseline on one metric. */
    public record Row(String metric, String baseline, String alternative, PairedDifference difference) {
    }

    /**
     * The verdict on one metric across all plans: the best plan's name, or null when the
     * Bonferroni-adjusted paired intervals cannot separate it from every other plan.
     */
    public record Best(String metric, MetricDirection direction, String bestPlan, String leader,
                       double familyConfidence, List<String> indistinguishable) {
        public boolean decided() {
            return bestPlan != null;
        }
    }

    public static List<Row> againstBaseline(List<ExperimentResult> plans, List<String> metrics, double confidence) {
        requireSameReplications(plans);
        ExperimentResult baseline = plans.get(0);
        List<Row> rows = new ArrayList<>();
        for (String metric : metrics) {
            boolean higher = MetricDirection.of(metric).higherIsBetter();
            for (int i = 1; i < plans.size(); i++) {
                ExperimentResult alternative = plans.get(i);
                rows.add(new Row(metric, baseline.name(), alternative.name(),
                        PairedDifference.of(baseline.values(metric), alternative.values(metric), higher, confidence)));
            }
        }
        return rows;
    }

    /**
     * Picks the plan with the best mean, then checks it against every other plan with paired
     * intervals at confidence 1 − α/(k − 1) (Bonferroni over the k − 1 comparisons): the pick
     * stands only if every interval excludes zero in its favour.
     */
    public static Best best(List<ExperimentResult> plans, String metric, double familyConfidence) {
        requireSameReplications(plans);
        MetricDirection direction = MetricDirection.of(metric);
        int leader = 0;
        double leaderMean = Double.NaN;
        for (int i = 0; i < plans.size(); i++) {
            double mean = Summary.of(plans.get(i).values(metric)).mean();
            if (Double.isNaN(leaderMean) || (direction.higherIsBetter() ? mean > leaderMean : mean < leaderMean)) {
                leader = i;
                leaderMean = mean;
            }
        }
        int others = plans.size() - 1;
        double individual = 1 - (1 - familyConfidence) / Math.max(1, others);
        List<String> indistinguishable = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            if (i == leader) {
                continue;
            }
            Summary diff = PairedDifference.of(plans.get(i).values(metric), plans.get(leader).values(metric),
                    direction.higherIsBetter(), individual).difference();
            boolean leaderBetter = direction.higherIsBetter() ? diff.ciLow() > 0 : diff.ciHigh() < 0;
            if (!leaderBetter) {
                indistinguishable.add(plans.get(i).name());
            }
        }
        String leaderName = plans.get(leader).name();
        return new Best(metric, direction, indistinguishable.isEmpty() ? leaderName : null, leaderName,
                familyConfidence, indistinguishable);
    }

    private static void requireSameReplications(List<ExperimentResult> plans) {
        if (plans.size() < 2) {
            throw new IllegalArgumentException("a comparison needs at least two plans");
        }
        int n = plans.get(0).replications().size();
        for (ExperimentResult plan : plans) {
            if (plan.replications().size() != n) {
                throw new IllegalArgumentException("plans must have the same number of replications to be paired");
            }
        }
    }
}
