package io.salesim.reports.tables;

import io.salesim.scenarios.RunOptions;

/** Facts about a run that are not in its results: what was asked for and how long it took. */
public record RunInfo(long seed, int replicationsRequested, int threads, double wallSeconds) {
    /** The replications, seed and threads asked for in {@code options}. */
    public static RunInfo of(RunOptions options, double wallSeconds) {
        return new RunInfo(options.seed(), options.replications(), options.threads(), wallSeconds);
    }
}
