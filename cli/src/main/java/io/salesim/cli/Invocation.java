package io.salesim.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * The command line that gives a folder's results again, recorded in run.json, compare.json and
 * sweep.json for the report's "How to reproduce": the scenarios as given (a file by its absolute
 * path, so the command works from any folder), every option that changes results, and the seed
 * and replications spelt out even when left at their defaults. Options that change only where
 * or how it runs (--out, --threads, --quiet, --json, --debug), or only add files (--png), are left out.
 */
final class Invocation {
    private static final Set<String> NOT_RESULTS = Set.of("--out", "--threads", "--quiet", "--json", "--debug", "--png");
    private static final List<String> ALWAYS = List.of("--seed", "--replications");

    private Invocation() {
    }

    /**
     * @param overrides options whose value to write instead of the one given, e.g. --replications
     *                  with the number a stopped run finished
     */
    static List<String> of(CommandSpec spec, Map<String, String> overrides) {
        ParseResult parsed = spec.commandLine().getParseResult();
        List<String> words = new ArrayList<>(List.of("./salesim", spec.name()));
        for (ArgSpec positional : parsed.matchedPositionals()) {
            for (String value : positional.originalStringValues()) {
                words.add(scenarioWord(value));
            }
        }
        List<String> written = new ArrayList<>();
        for (OptionSpec option : parsed.matchedOptions()) {
            String name = option.longestName();
            if (NOT_RESULTS.contains(name) || written.contains(name)) {
                continue;
            }
            written.add(name);
            if (option.arity().max() == 0) {
                words.add(name);
            } else if (overrides.containsKey(name)) {
                words.addAll(List.of(name, overrides.get(name)));
            } else if (option.originalStringValues().isEmpty()) {
                words.add(name); // an optional value left out (--select: the first headline metric)
            } else {
                for (String value : option.originalStringValues()) {
                    words.addAll(List.of(name, value));
                }
            }
        }
        List<String> always = new ArrayList<>(ALWAYS);
        if (written.contains("--select") || written.contains("--precision")) {
            always.add("--max-replications"); // defaults that change results only with these
        }
        if (written.contains("--select")) {
            always.add("--pcs");
        }
        for (String name : always) {
            OptionSpec option = spec.findOption(name);
            if (option != null && !written.contains(name)) {
                words.addAll(List.of(name, overrides.getOrDefault(name, String.valueOf((Object) option.getValue()))));
            }
        }
        return words;
    }

    static List<String> of(CommandSpec spec) {
        return of(spec, Map.of());
    }

    /** A scenario file by its absolute path; a bundled scenario's name as it is. */
    private static String scenarioWord(String given) {
        try {
            Path path = Path.of(given);
            return Files.isRegularFile(path) ? path.toAbsolutePath().normalize().toString() : given;
        } catch (java.nio.file.InvalidPathException e) {
            return given;
        }
    }
}
