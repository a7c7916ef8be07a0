package io.salesim.scenarios.experiments;

import io.salesim.core.engine.ExperimentResult;
import io.salesim.core.engine.ReplicationResult;
import io.salesim.core.engine.ReplicationRunner;
import io.salesim.core.engine.SequentialReplications;
import io.salesim.core.engine.WeeklyAccumulator;
import io.salesim.scenarios.RunOptions;
import io.salesim.scenarios.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Runs several scenarios on the same seed (common random numbers), advancing them together in
 * rounds of 10 replications (or twice the threads): a run stopped with Ctrl-C leaves every
 * scenario with about as many replications, so replication r can still be paired with
 * replication r; with a {@link Precision}, rounds continue until every scenario's headline
 * metrics are tight enough or the cap is reached.
 */
final class Rounds {
    private static final int MIN_ROUND = 10;

    /**
     * @param results each scenario's result, under its given name, with every replication it finished
     * @param paired  replications every scenario finished
     */
    record Outcome(List<ExperimentResult> results, int paired, boolean complete, String limitingMetric,
                   boolean precisionReached) {
    }

    private Rounds() {
    }

    /** @param precision null to run exactly {@code options.replications()} each */
    static Outcome run(List<Scenario> scenarios, List<String> names, List<String> headline, RunOptions options,
                       Precision precision, ReplicationRunner.Progress progress, BooleanSupplier stop) {
        int k = scenarios.size();
        List<List<ReplicationResult>> replications = new ArrayList<>();
        List<WeeklyAccumulator> weekly = new ArrayList<>();
        ExperimentResult[] latest = new ExperimentResult[k];
        for (int i = 0; i < k; i++) {
            replications.add(List.of());
            weekly.add(new WeeklyAccumulator());
        }
        int goal = precision == null ? options.replications() : precision.initialReplications();
        int cap = precision == null ? goal : precision.maxReplications();
        // plans advance together in rounds, so Ctrl-C leaves every plan with about as many replications to pair
        int round = Math.max(MIN_ROUND, 2 * options.threads());
        int target = Math.min(goal, round);
        boolean stopped = false;
        String limiting = null;
        boolean reached = precision == null;
        while (true) {
            int[] before = {replications.stream().mapToInt(List::size).sum()};
            int planned = goal * k;
            for (int i = 0; i < k && !stopped; i++) {
                int have = replications.get(i).size();
                if (have >= target) {
                    continue;
                }
                if (stop.getAsBoolean()) {
                    stopped = true;
                    break;
                }
                int offset = before[0];
                ExperimentResult result = ReplicationRunner.run(scenarios.get(i).modelFactory(), have, target - have,
                        options.seed(), options.threads(), (d, t) -> progress.replicationDone(offset + d, planned), stop,
                        replications.get(i), weekly.get(i));
                before[0] += result.replications().size() - have;
                replications.set(i, result.replications());
                latest[i] = result;
                stopped = !result.complete();
            }
            if (stopped) {
                break;
            }
            if (target < goal) {
                target = Math.min(goal, target + round);
                continue;
            }
            if (precision == null) {
                break;
            }
            double worst = 0;
            limiting = null;
            for (ExperimentResult plan : latest) {
                for (String metric : headline) {
                    double relative = SequentialReplications.relativeHalfWidth(plan.summary(metric));
                    if (limiting == null || relative > worst || Double.isNaN(relative)) {
                        limiting = metric;
                        worst = relative;
                    }
                }
            }
            reached = limiting == null || worst <= precision.relative();
            if (reached || goal >= cap) {
                break;
            }
            // aim for what the worst metric needs (half-width shrinks like 1/sqrt(n)), within the cap
            double ratio = Double.isNaN(worst) ? 2 : worst / precision.relative();
            goal = Math.min(cap, Math.max(goal + 1, (int) Math.ceil(goal * ratio * ratio)));
            target = Math.min(goal, target + round);
        }
        List<ExperimentResult> results = new ArrayList<>();
        int paired = Integer.MAX_VALUE;
        for (int i = 0; i < k; i++) {
            ExperimentResult result = latest[i];
            results.add(result == null
                    ? new ExperimentResult(names.get(i), options.seed(), List.of(), Map.of(), Map.of(), false)
                    : new ExperimentResult(names.get(i), result.seed(), result.replications(), result.units(),
                    result.weekly(), !stopped));
            paired = Math.min(paired, replications.get(i).size());
        }
        return new Outcome(results, paired, !stopped, limiting, reached);
    }
}
