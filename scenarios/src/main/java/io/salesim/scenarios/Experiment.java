package io.salesim.scenarios;

import io.salesim.core.engine.ExperimentResult;
import io.salesim.core.engine.ReplicationResult;
import io.salesim.core.engine.ReplicationRunner;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/** Runs replications of a scenario; the result is the same for any thread count. */
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
        return ReplicationRunner.run(scenario.modelFactory(), options.replications(), options.seed(),
                options.threads(), progress, stop, inOrder);
    }

    public static ExperimentResult run(Scenario scenario, RunOptions options) {
        return run(scenario, options, ReplicationRunner.Progress.NONE, () -> false);
    }
}
