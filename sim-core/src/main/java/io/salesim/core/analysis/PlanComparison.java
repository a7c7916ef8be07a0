package io.salesim.core.analysis;

import io.salesim.core.engine.ExperimentResult;
import io.salesim.core.engine.MetricDirection;
import io.salesim.core.stats.PairedDifference;
import io.salesim.core.stats.Summary;
import java.util.ArrayList;
import java.util.List;

/**
 * Paired comparison of plans run on common random numbers: replication r of every plan drew
 * from the same streams, so per-replication differences cancel the shared noise. The first
 * plan is the baseline. Each metric's direction is the one its model declared. With three or
 * more plans, every interval is Bonferroni-adjusted (confidence 1 − α/(k − 1) for the k − 1
 * comparisons, so the family holds at 1 − α), and the verdicts follow those intervals.
 */
public final class PlanComparison {
    private PlanComparison() {
    }

    /**
     * One alternative against the baseline on one metric: the paired difference (alternative −
     * baseline), the metric's direction, and the verdict its interval supports.
     */
    public record Row(String metric, MetricDirection direction, String baseline, String alternative,
                      PairedDifference difference) {
        public Verdict verdict() {
            return Verdict.of(difference.difference(), direction);
        }
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

    /** One metric, one alternative against the baseline; refuses plans run on different seeds (no CRN). */
    public static PairedDifference compare(ExperimentResult baseline, ExperimentResult alternative, String metric,
                                           boolean higherIsBetter) {
        if (baseline.seed() != alternative.seed()) {
            throw new IllegalArgumentException("plans were run with different seeds (" + baseline.seed() + " vs "
                    + alternative.seed() + "): no common random numbers");
        }
        requireSameReplications(List.of(baseline, alternative));
        return PairedDifference.of(baseline.values(metric), alternative.values(metric), higherIsBetter, 0.95);
    }

    /**
     * Every alternative against the baseline on every metric, with intervals at the individual
     * confidence that holds the family of k − 1 comparisons at {@code familyConfidence}.
     */
    public static List<Row> againstBaseline(List<ExperimentResult> plans, List<String> metrics, double familyConfidence) {
        requireSameReplications(plans);
        ExperimentResult baseline = plans.get(0);
        double individual = individualConfidence(familyConfidence, plans.size());
        List<Row> rows = new ArrayList<>();
        for (String metric : metrics) {
            MetricDirection direction = baseline.direction(metric);
            for (int i = 1; i < plans.size(); i++) {
                ExperimentResult alternative = plans.get(i);
                rows.add(new Row(metric, direction, baseline.name(), alternative.name(), PairedDifference.of(
                        baseline.values(metric), alternative.values(metric), direction.higherIsBetter(), individual)));
            }
        }
        return rows;
    }

    /** Bonferroni: the confidence of each of the k − 1 comparisons against one plan so the family holds at {@code family}. */
    public static double individualConfidence(double family, int plans) {
        return 1 - (1 - family) / Math.max(1, plans - 1);
    }

    /**
     * Picks the plan with the best mean, then checks it against every other plan with paired
     * intervals at confidence 1 − α/(k − 1) (Bonferroni over the k − 1 comparisons): the pick
     * stands only if every interval excludes zero in its favour.
     */
    public static Best best(List<ExperimentResult> plans, String metric, double familyConfidence) {
        requireSameReplications(plans);
        MetricDirection direction = plans.get(0).direction(metric);
        if (direction.isNeutral()) {
            throw new IllegalArgumentException("metric '" + metric + "' is neutral: no plan is best on it");
        }
        int leader = 0;
        double leaderMean = Double.NaN;
        for (int i = 0; i < plans.size(); i++) {
            double mean = Summary.of(plans.get(i).values(metric)).mean();
            if (Double.isNaN(leaderMean) || (direction.higherIsBetter() ? mean > leaderMean : mean < leaderMean)) {
                leader = i;
                leaderMean = mean;
            }
        }
        double individual = individualConfidence(familyConfidence, plans.size());
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
