package io.salesim.scenarios;

/** How to run an experiment: replications, base seed (common random numbers) and worker threads. */
public record RunOptions(int replications, long seed, int threads) {
    public RunOptions {
        if (replications < 1) {
            throw new IllegalArgumentException("replications must be >= 1, was " + replications);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
    }
}
