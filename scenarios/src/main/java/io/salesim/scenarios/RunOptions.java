package io.salesim.scenarios;

import java.util.Objects;

/**
 * How to run an experiment: replications, base seed (common random numbers), worker threads, and
 * where the replications run ({@link Replications#IN_PROCESS} unless given; the results do not depend on it).
 */
public record RunOptions(int replications, long seed, int threads, Replications runner) {
    /**
     * The most replications of one scenario, plan or sweep point: each finished one keeps a value
     * per metric until the run is written, so the memory grows with them.
     */
    public static final int MAX_REPLICATIONS = 10_000;
    /** The most replications one command runs in all (plans or sweep points × replications). */
    public static final int MAX_TOTAL_REPLICATIONS = 100_000;
    /** The most worker threads: each builds its own model. */
    public static final int MAX_THREADS = 256;

    public RunOptions {
        if (replications < 1 || replications > MAX_REPLICATIONS) {
            throw new IllegalArgumentException("replications must be in [1, " + MAX_REPLICATIONS + "], was " + replications);
        }
        if (threads < 1 || threads > MAX_THREADS) {
            throw new IllegalArgumentException("threads must be in [1, " + MAX_THREADS + "], was " + threads);
        }
        Objects.requireNonNull(runner, "runner");
    }

    /** Replications run in this process. */
    public RunOptions(int replications, long seed, int threads) {
        this(replications, seed, threads, Replications.IN_PROCESS);
    }
}
