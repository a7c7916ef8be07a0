package io.salesim.reports.tables;

/** Facts about a run that are not in its results: what was asked for and how long it took. */
public record RunInfo(long seed, int replicationsRequested, int threads, double wallSeconds) {
}
