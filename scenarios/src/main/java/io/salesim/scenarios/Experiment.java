package io.salesim.scenarios;

import io.salesim.core.engine.ExperimentResult;
import io.salesim.core.engine.ReplicationResult;
import io.salesim.core.engine.ReplicationRunner;
import io.salesim.core.engine.WeeklyAccumulator;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/** Runs replications of a scenario (where {@link RunOptions#runner()} says); the result is the same for any thread count. */
public final class Experiment {
    private Experiment() {
    }

    /**
     * @param progress told after each replication (from worker threads)
     * @param stop     once true, no new replication starts; the result then holds the finished
     *                 replications and is marked incomplete
     */
    public static ExperimentResult run(Scenario scenario, RunOptions options, ReplicationRunner.Progress progress,
                                       BooleanSupplier stop) {
        return run(scenario, options, progress, stop, replication -> { });
    }

    /** As above, and hands each replication's full result (weekly series included) to {@code inOrder}, in replication order. */
    public static ExperimentResult run(Scenario scenario, RunOptions options, ReplicationRunner.Progress progress,
                                       BooleanSupplier stop, Consumer<ReplicationResult> inOrder) {
        List<ExperimentResult> ran = options.runner().run(List.of(new Replications.Batch(scenario, 0, options.replications(),
                List.of(), new WeeklyAccumulator(), inOrder)), options.seed(), options.threads(), progress, stop);
        if (ran.isEmpty()) {
            // stopped before the first replication started
            return new ExperimentResult(scenario.name(), options.seed(), List.of(), scenario.meanings(), Map.of(), false);
        }
        return ran.get(0);
    }

    public static ExperimentResult run(Scenario scenario, RunOptions options) {
        return run(scenario, options, ReplicationRunner.Progress.NONE, () -> false);
    }
}
