package io.salesim.reports.tables;

import io.salesim.scenarios.RunOptions;
import java.util.List;

/**
 * Facts about a run that are not in its results: what was asked for, how long it took, and the
 * command that reproduces it (empty when not run from the command line).
 */
public record RunInfo(long seed, int replicationsRequested, int threads, double wallSeconds, List<String> command) {
    public RunInfo {
        command = List.copyOf(command);
    }

    public RunInfo(long seed, int replicationsRequested, int threads, double wallSeconds) {
        this(seed, replicationsRequested, threads, wallSeconds, List.of());
    }

    /** The replications, seed and threads asked for in {@code options}. */
    public static RunInfo of(RunOptions options, double wallSeconds) {
        return new RunInfo(options.seed(), options.replications(), options.threads(), wallSeconds);
    }

    /** The same facts, with the command (program first, e.g. ./salesim run traditional --seed 1) that gives the same results. */
    public RunInfo withCommand(List<String> words) {
        return new RunInfo(seed, replicationsRequested, threads, wallSeconds, words);
    }
}
