package io.salesim.core.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs replications of a model on several threads. Each worker builds its own model and
 * resets it before each replication; replication r always draws from the streams of r, and
 * results are folded in replication order, so the output is the same for any thread count.
 */
public final class ReplicationRunner {

    /** Told after each finished replication (from worker threads). */
    @FunctionalInterface
    public interface Progress {
        void replicationDone(int done, int total);

        Progress NONE = (done, total) -> { };
    }

    private ReplicationRunner() {
    }

    public static ExperimentResult run(Supplier<? extends Model> factory, int replications, long seed, int threads) {
        return run(factory, replications, seed, threads, Progress.NONE, () -> false);
    }

    /**
     * @param stop checked before each replication starts; once true, no new replication starts
     *             and the result keeps the finished contiguous prefix, marked incomplete
     */
    public static ExperimentResult run(Supplier<? extends Model> factory, int replications, long seed, int threads,
                                       Progress progress, BooleanSupplier stop) {
        return run(factory, replications, seed, threads, progress, stop, result -> { });
    }

    /**
     * As {@link #run(Supplier, int, long, int, Progress, BooleanSupplier)}, and hands each
     * replication, weekly series included, to {@code inOrder} in replication order, one at a
     * time, before its series are dropped: a reader of per-replication weeks (sizing) then
     * sees the same sequence for any thread count.
     */
    public static ExperimentResult run(Supplier<? extends Model> factory, int replications, long seed, int threads,
                                       Progress progress, BooleanSupplier stop, Consumer<ReplicationResult> inOrder) {
        return run(factory, 0, replications, seed, threads, progress, stop, List.of(), new WeeklyAccumulator(), inOrder);
    }

    /**
     * Runs replications {@code first .. first + replications - 1} after {@code earlier} ones
     * (already folded into {@code weekly}); used to extend a run batch by batch with exactly
     * the streams and result a single run would give.
     */
    public static ExperimentResult run(Supplier<? extends Model> factory, int first, int replications, long seed,
                                       int threads, Progress progress, BooleanSupplier stop,
                                       List<ReplicationResult> earlier, WeeklyAccumulator weekly) {
        return run(factory, first, replications, seed, threads, progress, stop, earlier, weekly, result -> { });
    }

    /** As above, and hands each new replication, weekly series included, to {@code inOrder} in replication order. */
    public static ExperimentResult run(Supplier<? extends Model> factory, int first, int replications, long seed,
                                        int threads, Progress progress, BooleanSupplier stop,
                                        List<ReplicationResult> earlier, WeeklyAccumulator weekly,
                                        Consumer<ReplicationResult> inOrder) {
        if (replications < 1) {
            throw new IllegalArgumentException("need at least one replication, was " + replications);
        }
        int workers = Math.max(1, Math.min(threads, replications));
        InOrderFolder folder = new InOrderFolder(replications, weekly, inOrder);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        String[] name = new String[1];
        Map<String, Meaning> meanings = new LinkedHashMap<>();
        Runnable worker = () -> {
            Model model = factory.get();
            synchronized (meanings) {
                name[0] = model.name();
                for (Response response : model.responses()) {
                    meanings.putIfAbsent(response.metric(), response.meaning());
                }
            }
            int r;
            while (!stop.getAsBoolean() && (r = next.getAndIncrement()) < replications) {
                folder.add(r, model.run(seed, first + r));
                progress.replicationDone(done.incrementAndGet(), replications);
            }
        };
        if (workers == 1) {
            worker.run();
        } else {
            runInPool(worker, workers);
        }
        List<ReplicationResult> finished = folder.foldedPrefix();
        List<ReplicationResult> kept = new ArrayList<>(earlier);
        kept.addAll(finished);
        return new ExperimentResult(name[0], seed, kept, meanings, weekly.summaries(), finished.size() == replications);
    }

    /**
     * Folds replications {@code first .. first + computed.size() - 1} that ran elsewhere (another
     * process or machine, from models of the same factory) exactly as {@link #run} folds its own:
     * weekly series into {@code weekly} and each replication to {@code inOrder}, in replication
     * order, then the values kept compactly. {@code computed} must be in replication order, each as
     * {@link Model#run} returned it.
     *
     * @param name     the model's name
     * @param meanings the model's metrics with their meanings, in declaration order
     * @param complete false when the run was stopped before all its replications were computed
     */
    public static ExperimentResult fold(String name, Map<String, Meaning> meanings, long seed, int first,
                                        List<ReplicationResult> computed, boolean complete, List<ReplicationResult> earlier,
                                        WeeklyAccumulator weekly, Consumer<ReplicationResult> inOrder) {
        InOrderFolder folder = new InOrderFolder(computed.size(), weekly, inOrder);
        for (int r = 0; r < computed.size(); r++) {
            ReplicationResult result = computed.get(r);
            if (result.replication() != first + r) {
                throw new IllegalArgumentException("replication " + result.replication() + " handed over in place of " + (first + r));
            }
            folder.add(r, result);
        }
        List<ReplicationResult> kept = new ArrayList<>(earlier);
        kept.addAll(folder.foldedPrefix());
        return new ExperimentResult(name, seed, kept, meanings, weekly.summaries(), complete);
    }

    private static void runInPool(Runnable worker, int workers) {
        ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> {
            Thread thread = new Thread(runnable, "salesim-replication");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                futures.add(pool.submit(worker));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running replications", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Folds weekly series in replication order as results arrive; a result that finished
     * early waits only until those before it are in, then its weekly arrays are dropped and
     * its values kept compactly (a double each), so a run's heap hardly grows with replications.
     */
    private static final class InOrderFolder {
        private final ReplicationResult[] pending;
        private final List<ReplicationResult> folded = new ArrayList<>();
        private final WeeklyAccumulator weekly;
        private final Consumer<ReplicationResult> inOrder;
        private MetricValues.Layout layout;

        InOrderFolder(int replications, WeeklyAccumulator weekly, Consumer<ReplicationResult> inOrder) {
            this.pending = new ReplicationResult[replications];
            this.weekly = weekly;
            this.inOrder = inOrder;
        }

        synchronized void add(int index, ReplicationResult result) {
            pending[index] = result;
            int nextIndex = folded.size();
            while (nextIndex < pending.length && pending[nextIndex] != null) {
                ReplicationResult ready = pending[nextIndex];
                pending[nextIndex] = null;
                weekly.fold(ready);
                inOrder.accept(ready);
                MetricValues values = MetricValues.compact(ready.values(), layout);
                layout = values.layout();
                folded.add(new ReplicationResult(ready.replication(), values, Map.of(), ready.events()));
                nextIndex++;
            }
        }

        synchronized List<ReplicationResult> foldedPrefix() {
            return List.copyOf(folded);
        }
    }
}
