package io.salesim.reports.tables;

import io.salesim.core.diagnostics.Diagnostic;
import io.salesim.scenarios.Replications;
import io.salesim.scenarios.RunOptions;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Facts about a run that are not in its results: what was asked for, where the replications
 * ran (the {@link Replications#name() runner}), how long it took, the
 * command that reproduces it (empty when not run from the command line), the run's warnings
 * (run diagnostics) and, for a run to a precision, what it reached (empty otherwise).
 */
public record RunInfo(long seed, int replicationsRequested, int threads, String runner, double wallSeconds, List<String> command,
                      List<Diagnostic> warnings, Map<String, Object> precision) {
    public RunInfo {
        command = List.copyOf(command);
        warnings = List.copyOf(warnings);
        precision = Collections.unmodifiableMap(new LinkedHashMap<>(precision));
    }

    /** A run in this process ({@link Replications#IN_PROCESS}). */
    public RunInfo(long seed, int replicationsRequested, int threads, double wallSeconds) {
        this(seed, replicationsRequested, threads, Replications.IN_PROCESS.name(), wallSeconds, List.of(), List.of(), Map.of());
    }

    /** The replications, seed, threads and runner asked for in {@code options}. */
    public static RunInfo of(RunOptions options, double wallSeconds) {
        return of(options, options.replications(), wallSeconds);
    }

    /** As {@link #of(RunOptions, double)}, with the replications asked for given apart (a run to a precision plans its own). */
    public static RunInfo of(RunOptions options, int replicationsRequested, double wallSeconds) {
        return new RunInfo(options.seed(), replicationsRequested, options.threads(), options.runner().name(), wallSeconds,
                List.of(), List.of(), Map.of());
    }

    /** The same facts, with the command (program first, e.g. ./salesim run traditional --seed 1) that gives the same results. */
    public RunInfo withCommand(List<String> words) {
        return new RunInfo(seed, replicationsRequested, threads, runner, wallSeconds, words, warnings, precision);
    }

    /** The same facts, with the run's warnings. */
    public RunInfo withWarnings(List<Diagnostic> list) {
        return new RunInfo(seed, replicationsRequested, threads, runner, wallSeconds, command, list, precision);
    }

    /** The same facts, with what a run to a precision reached (target, reached, claimed, limiting metric). */
    public RunInfo withPrecision(Map<String, Object> facts) {
        return new RunInfo(seed, replicationsRequested, threads, runner, wallSeconds, command, warnings, facts);
    }

    /** The warnings as run.json and {@code --json} write them: code, subject, message, evidence. */
    public List<Map<String, Object>> warningsJson() {
        return json(warnings);
    }

    /** Warnings as JSON objects: code, subject, message, evidence. */
    public static List<Map<String, Object>> json(List<Diagnostic> warnings) {
        return warnings.stream().map(RunInfo::json).toList();
    }

    /** Why a precision was not claimed, in words: "code on subject". */
    public static String blocking(Diagnostic warning) {
        return warning.code().id() + " on " + warning.subject();
    }

    private static Map<String, Object> json(Diagnostic warning) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("code", warning.code().id());
        out.put("subject", warning.subject());
        out.put("message", warning.message());
        out.put("evidence", warning.evidence());
        return out;
    }
}
