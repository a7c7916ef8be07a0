package io.salesim.scenarios;

import io.salesim.core.engine.ExperimentResult;
import io.salesim.core.engine.ReplicationResult;
import io.salesim.core.engine.ReplicationRunner;
import io.salesim.core.engine.WeeklyAccumulator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Where the replications of an experiment run: {@link #IN_PROCESS} on this machine's threads, or
 * elsewhere (the {@code spark-runner} module runs them as Spark tasks). The experiment layer
 * (sweep, compare, select, vary, size) hands over one round at a time, a list of {@link Batch}es,
 * and gets back each batch's result in batch order, every replication folded in replication
 * order on the caller's side. Replication r of a scenario draws its streams from the seed and r
 * alone, so the results are the same bytes wherever and in whatever pieces the replications run.
 */
public interface Replications {

    /**
     * Replications {@code first .. first + count - 1} of {@code scenario}, after {@code earlier}
     * ones already folded into {@code weekly}; each new replication, weekly series included, is
     * handed to {@code inOrder} in replication order.
     */
    record Batch(Scenario scenario, int first, int count, List<ReplicationResult> earlier, WeeklyAccumulator weekly,
                 Consumer<ReplicationResult> inOrder) {
        public Batch {
            if (count < 1) {
                throw new IllegalArgumentException("need at least one replication, was " + count);
            }
        }
    }

    /** A short name for reports and messages, e.g. {@code in-process} or {@code spark local[2]}. */
    String name();

    /**
     * Replications that can run at once on {@code threads} threads here; the experiment layer
     * advances plans in rounds of twice this (rounds only set how finely Ctrl-C stops, never the results).
     */
    default int parallelism(int threads) {
        return threads;
    }

    /**
     * Runs the batches on the same seed.
     *
     * @param progress told the replications done so far in this call, out of all the batches' replications
     * @param stop     checked before each batch and while one runs; once true no new replication starts
     * @return each batch's result as {@link ReplicationRunner#run} gives it, in batch order; once
     *         stopped, each batch begun keeps the contiguous prefix of its replications that finished
     *         (marked incomplete if short), and batches not begun may be left out
     */
    List<ExperimentResult> run(List<Batch> batches, long seed, int threads, ReplicationRunner.Progress progress,
                               BooleanSupplier stop);

    /** On this machine, one batch after another, each on {@code threads} threads. */
    Replications IN_PROCESS = new Replications() {
        @Override
        public String name() {
            return "in-process";
        }

        @Override
        public List<ExperimentResult> run(List<Batch> batches, long seed, int threads, ReplicationRunner.Progress progress,
                                          BooleanSupplier stop) {
            int total = batches.stream().mapToInt(Batch::count).sum();
            List<ExperimentResult> out = new ArrayList<>();
            int done = 0;
            for (Batch batch : batches) {
                if (stop.getAsBoolean()) {
                    break;
                }
                int offset = done;
                ExperimentResult result = ReplicationRunner.run(batch.scenario().modelFactory(), batch.first(), batch.count(),
                        seed, threads, (d, t) -> progress.replicationDone(offset + d, total), stop, batch.earlier(),
                        batch.weekly(), batch.inOrder());
                out.add(result);
                done += result.replications().size() - batch.earlier().size();
                if (!result.complete()) {
                    break;
                }
            }
            return out;
        }

        @Override
        public String toString() {
            return name();
        }
    };
}
