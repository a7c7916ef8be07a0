package io.salesim.cli;

import io.salesim.reports.tables.ResultFiles;
import io.salesim.scenarios.RunOptions;
import io.salesim.scenarios.experiments.Precision;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options every command that runs replications shares: how many, seed, threads, output folder. */
final class ExperimentOptions {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--replications", paramLabel = "N", defaultValue = "30",
            description = "Replications to run (per plan, point or candidate; with --precision: the first batch) (default: ${DEFAULT-VALUE}).")
    int replications;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Base seed; the same seed gives the same results (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all cores). Results do not depend on it.")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder to create (default: runs/<name>-<yyyyMMdd-HHmmss>).")
    Path out;

    /** The run options, after checking the numbers (bad ones are bad input: exit code 2). */
    RunOptions runOptions() {
        requireAtLeast("--replications", replications, 1);
        requireAtLeast("--threads", threadCount(), 1);
        return new RunOptions(replications, seed, threadCount());
    }

    int threadCount() {
        return threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    }

    /** The folder to write: --out, or runs/&lt;stem&gt;-&lt;timestamp&gt;; refused if it already holds files. */
    Path folder(String stem) {
        Path folder = out != null ? out : defaultFolder(stem);
        try {
            ResultFiles.requireFree(folder);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "--out: found " + folder + ", which already holds files; allowed a new or empty folder");
        }
        return folder;
    }

    void requireAtLeast(String option, int value, int least) {
        if (value < least) {
            throw new ParameterException(spec.commandLine(), option + ": found " + value + "; allowed a whole number >= " + least);
        }
    }

    /** --precision and --max-replications, for commands that can run to a precision. */
    static final class PrecisionOptions {
        @Spec(Spec.Target.MIXEE)
        CommandSpec spec;

        @Option(names = "--precision", paramLabel = "REL",
                description = "Add replications until the 95%% CI half-width of every headline metric is within REL of its mean (e.g. 0.05).")
        Double precision;

        @Option(names = "--max-replications", paramLabel = "N", defaultValue = "500",
                description = "With --precision: stop at this many replications (default: ${DEFAULT-VALUE}).")
        int maxReplications;

        /** The precision to run to, starting from {@code replications}; null without --precision. */
        Precision precision(int replications) {
            if (precision == null) {
                return null;
            }
            if (!(precision > 0 && precision < 1)) {
                throw new ParameterException(spec.commandLine(), "--precision: found " + precision + "; allowed a number > 0 and < 1, e.g. 0.05");
            }
            if (replications < 2) {
                throw new ParameterException(spec.commandLine(), "--replications: found " + replications + "; allowed a whole number >= 2 with --precision");
            }
            if (maxReplications < replications) {
                throw new ParameterException(spec.commandLine(), "--max-replications: found " + maxReplications
                        + "; allowed a whole number >= --replications (" + replications + ")");
            }
            return new Precision(precision, replications, maxReplications);
        }
    }

    /** runs/&lt;stem&gt;-&lt;timestamp&gt;, with -2, -3... if two runs start in the same second. */
    static Path defaultFolder(String stem) {
        String name = stem + "-" + LocalDateTime.now().format(STAMP);
        Path folder = Path.of("runs", name);
        for (int n = 2; Files.exists(folder); n++) {
            folder = Path.of("runs", name + "-" + n);
        }
        return folder;
    }
}
