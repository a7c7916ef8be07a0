package io.salesim.spark;

import io.salesim.core.engine.ExperimentResult;
import io.salesim.core.engine.Meaning;
import io.salesim.core.engine.Model;
import io.salesim.core.engine.ReplicationResult;
import io.salesim.core.engine.ReplicationRunner;
import io.salesim.core.engine.Response;
import io.salesim.scenarios.Replications;
import io.salesim.scenarios.Scenario;
import io.salesim.scenarios.ScenarioException;
import io.salesim.scenarios.ScenarioLoader;
import io.salesim.scenarios.ScenarioSource;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.VoidFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;

/**
 * Runs the replications of a round as Spark tasks. Every replication of every batch is one
 * element of a list (batch order, then replication order), cut by Spark into contiguous
 * partitions; a task (a {@code foreachPartition}, its results handed back as an accumulator
 * update, which Spark applies once per partition however often a task is attempted) rebuilds each scenario it meets from its resolved YAML text (broadcast
 * once a round) and runs {@link Model#run}(seed, r), which draws from streams keyed by the seed,
 * the replication and the stream's name alone, never by partition, executor or attempt. The
 * driver puts the results back in list order and folds them with {@link ReplicationRunner#fold},
 * exactly as the in-process runner folds its own, so the output bytes are the same for any
 * number of partitions or executors, and a task Spark runs again after a failure gives the same values.
 *
 * <p>Ctrl-C cancels the Spark job under way: each scenario keeps the contiguous prefix of the
 * round's replications whose tasks had finished (the experiment layer then pairs the scenarios on
 * the replications all of them finished, and marks the run incomplete).
 */
public final class SparkReplications implements Replications {
    /** How often the driver looks at the job under way: progress and Ctrl-C. */
    private static final long POLL_MILLIS = 200;
    /** Partitions a round is cut into when not fixed: a few per core, so uneven points balance out. */
    private static final int PARTITIONS_PER_CORE = 4;
    /** Scenarios whose text and meanings are remembered between rounds (a sweep's points, a comparison's plans). */
    private static final int PREPARED_CACHE = 4_096;
    /** How long a cancelled job may take to end before its finished tasks are read. */
    private static final long CANCEL_WAIT_SECONDS = 30;

    private final JavaSparkContext spark;
    private final int partitions;
    private final Fault fault;
    private final Map<Scenario, Prepared> prepared = new IdentityHashMap<>();

    /** What the driver knows of a scenario: the text tasks rebuild it from, and its model's name and meanings. */
    private record Prepared(String name, String text, String modelName, Map<String, Meaning> meanings) {
    }

    /** One replication to run: of the batch's scenario ({@code scenario} indexes the round's broadcast texts). */
    record Task(int batch, int scenario, int replication) implements Serializable {
    }

    /** One replication's result as {@link Model#run} gave it, in a form Spark ships back whole (maps in their order). */
    record Done(int batch, int replication, String[] metrics, double[] values, String[] weeklyMetrics, double[][] weekly,
                long events) implements Serializable {

        static Done of(int batch, ReplicationResult result) {
            String[] metrics = result.values().keySet().toArray(String[]::new);
            double[] values = new double[metrics.length];
            for (int i = 0; i < metrics.length; i++) {
                values[i] = result.values().get(metrics[i]);
            }
            String[] weeklyMetrics = result.weekly().keySet().toArray(String[]::new);
            double[][] weekly = new double[weeklyMetrics.length][];
            for (int i = 0; i < weeklyMetrics.length; i++) {
                weekly[i] = result.weekly().get(weeklyMetrics[i]);
            }
            return new Done(batch, result.replication(), metrics, values, weeklyMetrics, weekly, result.events());
        }

        ReplicationResult result() {
            LinkedHashMap<String, Double> valueMap = new LinkedHashMap<>();
            for (int i = 0; i < metrics.length; i++) {
                valueMap.put(metrics[i], values[i]);
            }
            LinkedHashMap<String, double[]> weeklyMap = new LinkedHashMap<>();
            for (int i = 0; i < weeklyMetrics.length; i++) {
                weeklyMap.put(weeklyMetrics[i], weekly[i]);
            }
            return new ReplicationResult(replication, valueMap, weeklyMap, events);
        }
    }

    /**
     * A failure to inject, for tests: the first attempt of the task of partition {@code partition}
     * in each job throws (Spark then runs it again, given {@code spark.task.maxFailures} above 1).
     */
    record Fault(int partition) implements Serializable {
        static final Fault NONE = new Fault(-1);
        /** Failures thrown in this JVM (local masters run tasks in the driver's JVM). */
        static final AtomicInteger THROWN = new AtomicInteger();
    }

    /**
     * @param partitions partitions per round; 0 for a few per core Spark offers ({@code defaultParallelism})
     */
    public SparkReplications(JavaSparkContext spark, int partitions) {
        this(spark, partitions, Fault.NONE);
    }

    SparkReplications(JavaSparkContext spark, int partitions, Fault fault) {
        if (partitions < 0) {
            throw new IllegalArgumentException("partitions must be >= 0, was " + partitions);
        }
        this.spark = spark;
        this.partitions = partitions;
        this.fault = fault;
    }

    @Override
    public String name() {
        return "spark " + spark.master();
    }

    @Override
    public int parallelism(int threads) {
        return Math.max(threads, spark.defaultParallelism());
    }

    @Override
    public List<ExperimentResult> run(List<Batch> batches, long seed, int threads, ReplicationRunner.Progress progress,
                                      BooleanSupplier stop) {
        if (batches.isEmpty() || stop.getAsBoolean()) {
            return List.of();
        }
        // the round's distinct scenarios, each shipped once
        Map<Scenario, Integer> index = new IdentityHashMap<>();
        List<Prepared> scenarios = new ArrayList<>();
        List<Task> tasks = new ArrayList<>();
        for (int b = 0; b < batches.size(); b++) {
            Batch batch = batches.get(b);
            Integer s = index.get(batch.scenario());
            if (s == null) {
                s = scenarios.size();
                index.put(batch.scenario(), s);
                scenarios.add(prepare(batch.scenario()));
            }
            for (int r = batch.first(); r < batch.first() + batch.count(); r++) {
                tasks.add(new Task(b, s, r));
            }
        }
        String[][] texts = new String[scenarios.size()][];
        for (int s = 0; s < texts.length; s++) {
            texts[s] = new String[] {scenarios.get(s).name(), scenarios.get(s).text()};
        }
        int slices = Math.max(1, Math.min(tasks.size(), partitions > 0 ? partitions
                : PARTITIONS_PER_CORE * spark.defaultParallelism()));
        Broadcast<String[][]> shipped = spark.broadcast(texts);
        LongAccumulator done = spark.sc().longAccumulator("salesim replications done");
        // the results come back as accumulator updates of an action (foreachPartition): Spark applies each
        // successful task's update once, and the ones of finished tasks are there when a job is cancelled
        CollectionAccumulator<Slice> results = spark.sc().collectionAccumulator("salesim results");
        boolean complete;
        try {
            JavaFutureAction<Void> job = spark.parallelize(tasks, slices)
                    .foreachPartitionAsync(new RunTasks(shipped, seed, done, results, fault));
            complete = await(job, done, tasks.size(), progress, stop);
        } finally {
            shipped.destroy();
        }
        Map<Long, Done> byReplication = new HashMap<>();
        for (Slice slice : results.value()) {
            for (Done result : slice.results()) {
                byReplication.put(key(result.batch(), result.replication()), result);
            }
        }
        if (complete) {
            progress.replicationDone(tasks.size(), tasks.size());
        }
        List<ExperimentResult> out = new ArrayList<>();
        for (int b = 0; b < batches.size(); b++) {
            Batch batch = batches.get(b);
            // when stopped, each batch keeps the contiguous prefix of its replications that finished
            List<ReplicationResult> computed = new ArrayList<>(batch.count());
            Done result;
            while (computed.size() < batch.count()
                    && (result = byReplication.get(key(b, batch.first() + computed.size()))) != null) {
                computed.add(result.result());
            }
            if (complete && computed.size() != batch.count()) {
                throw new IllegalStateException("Spark finished the job without replication " + (batch.first() + computed.size())
                        + " of " + batch.scenario().name());
            }
            Prepared scenario = scenarios.get(index.get(batch.scenario()));
            out.add(ReplicationRunner.fold(scenario.modelName(), scenario.meanings(), seed, batch.first(), computed,
                    computed.size() == batch.count(), batch.earlier(), batch.weekly(), batch.inOrder()));
        }
        return out;
    }

    private static long key(int batch, int replication) {
        return ((long) batch << 32) | (replication & 0xffffffffL);
    }

    /** Waits for the job: true when it finished, false when stopped (the job is then cancelled and its end awaited). */
    private static boolean await(JavaFutureAction<Void> job, LongAccumulator done, int total,
                                 ReplicationRunner.Progress progress, BooleanSupplier stop) {
        long shown = 0;
        while (true) {
            if (stop.getAsBoolean()) {
                job.cancel(true);
                try {
                    job.get(CANCEL_WAIT_SECONDS, TimeUnit.SECONDS);
                } catch (CancellationException | ExecutionException | TimeoutException e) {
                    // cancelled, as asked
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return false;
            }
            try {
                job.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                return true;
            } catch (TimeoutException e) {
                long now = Math.min(total, done.value());
                if (now > shown) {
                    shown = now;
                    progress.replicationDone((int) now, total);
                }
            } catch (InterruptedException e) {
                job.cancel(true);
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Spark", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
                throw new IllegalStateException("the Spark job failed: " + message.lines().findFirst().orElse(""), cause);
            }
        }
    }

    private synchronized Prepared prepare(Scenario scenario) {
        Prepared known = prepared.get(scenario);
        if (known != null) {
            return known;
        }
        Model model = scenario.modelFactory().get();
        Map<String, Meaning> meanings = new LinkedHashMap<>();
        for (Response response : model.responses()) {
            meanings.putIfAbsent(response.metric(), response.meaning());
        }
        known = new Prepared(scenario.source().name(), ScenarioLoader.resolvedYaml(scenario), model.name(), meanings);
        if (prepared.size() >= PREPARED_CACHE) {
            prepared.clear();
        }
        prepared.put(scenario, known);
        return known;
    }

    /**
     * Scenarios already read in this JVM (an executor, or the driver under a local master), by
     * text: each is read once per executor, not once per task and round. A scenario is immutable
     * and its model factory serves any thread.
     */
    private static final Map<String, Scenario> PARSED = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Scenario> eldest) {
            return size() > PREPARED_CACHE;
        }
    };

    static Scenario parsed(String name, String text) throws ScenarioException {
        synchronized (PARSED) {
            Scenario known = PARSED.get(text);
            if (known != null) {
                return known;
            }
        }
        Scenario scenario = ScenarioLoader.parse(new ScenarioSource(name, text));
        synchronized (PARSED) {
            PARSED.put(text, scenario);
        }
        return scenario;
    }

    /** One task's results: the replications of its partition, in order. */
    record Slice(int partition, Done[] results) implements Serializable {
    }

    /** A task: runs its slice of replications, building each scenario's model once, and hands them back whole. */
    static final class RunTasks implements VoidFunction<Iterator<Task>> {
        private static final long serialVersionUID = 1L;
        private final Broadcast<String[][]> scenarios;
        private final long seed;
        private final LongAccumulator done;
        private final CollectionAccumulator<Slice> results;
        private final Fault fault;

        RunTasks(Broadcast<String[][]> scenarios, long seed, LongAccumulator done, CollectionAccumulator<Slice> results,
                 Fault fault) {
            this.scenarios = scenarios;
            this.seed = seed;
            this.done = done;
            this.results = results;
            this.fault = fault;
        }

        @Override
        public void call(Iterator<Task> slice) throws ScenarioException {
            TaskContext context = TaskContext.get();
            if (context != null && context.partitionId() == fault.partition() && context.attemptNumber() == 0) {
                Fault.THROWN.incrementAndGet();
                throw new IllegalStateException("a failure injected into the first attempt of partition " + fault.partition());
            }
            String[][] texts = scenarios.value();
            List<Done> out = new ArrayList<>();
            int built = -1;
            Model model = null;
            while (slice.hasNext()) {
                Task task = slice.next();
                if (task.scenario() != built) {
                    String[] text = texts[task.scenario()];
                    model = parsed(text[0], text[1]).modelFactory().get();
                    built = task.scenario();
                }
                out.add(Done.of(task.batch(), model.run(seed, task.replication())));
                done.add(1);
            }
            results.add(new Slice(context == null ? -1 : context.partitionId(), out.toArray(Done[]::new)));
        }
    }
}
