package io.salesim.cli;

import io.salesim.reports.charts.ChartOptions;
import io.salesim.scenarios.RunOptions;
import io.salesim.scenarios.experiments.Precision;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options every command that runs replications shares: how many, seed, threads, output folder. */
final class ExperimentOptions {
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

    @Option(names = "--png", description = "Also write every chart as a PNG (1280x720, for slides) beside its SVG in charts/; "
            + "the report inlines the SVG and needs no PNG.")
    boolean png;

    /**
     * The run options, after checking the numbers (bad ones are bad input: exit code 2); the
     * replications run where {@link Main#commandLine(Replications)} was told.
     */
    RunOptions runOptions() {
        requireBetween("--replications", replications, 1, RunOptions.MAX_REPLICATIONS);
        requireBetween("--threads", threadCount(), 1, RunOptions.MAX_THREADS);
        return new RunOptions(replications, seed, threadCount(), ((Main) spec.root().userObject()).runner);
    }

    int threadCount() {
        return threads == null ? Math.min(Runtime.getRuntime().availableProcessors(), RunOptions.MAX_THREADS) : threads;
    }

    /** Refuses a command that would run more replications in all than one run may hold. */
    void requireTotal(int total, String what) {
        if (total > RunOptions.MAX_TOTAL_REPLICATIONS) {
            throw new ParameterException(spec.commandLine(), "--replications: found " + what + " = " + total
                    + " replications in all; allowed at most " + RunOptions.MAX_TOTAL_REPLICATIONS + " in one command");
        }
    }

    /** Claims the folder to write (--out, or runs/&lt;stem&gt;-&lt;timestamp&gt;) before anything runs; refused if it cannot be used. */
    CommandOutput output(String stem, StopOnInterrupt stop) {
        return output(stem, stop, false);
    }

    /** As {@link #output(String, StopOnInterrupt)}, saying nothing while the report is written when {@code quiet}. */
    CommandOutput output(String stem, StopOnInterrupt stop, boolean quiet) {
        return CommandOutput.claim(out, stem, spec, stop, quiet, chartOptions());
    }

    /** Charts as SVG (PNG too with --png), drawn on as many threads as the replications run on. */
    ChartOptions chartOptions() {
        return new ChartOptions(png, threadCount());
    }

    void requireBetween(String option, int value, int least, int most) {
        if (value < least || value > most) {
            throw new ParameterException(spec.commandLine(), option + ": found " + value + "; allowed a whole number from "
                    + least + " to " + most);
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
                description = "With --precision or compare --select: stop at this many replications (default: ${DEFAULT-VALUE}).")
        int maxReplications;

        /** The precision to run to, starting from {@code replications}; null without --precision. */
        Precision precision(int replications) {
            if (precision == null) {
                return null;
            }
            if (!(precision > 0 && precision < 1)) {
                throw new ParameterException(spec.commandLine(), "--precision: found " + precision + "; allowed a number > 0 and < 1, e.g. 0.05");
            }
            return new Precision(precision, replications, maxReplications(replications, "--precision"));
        }

        /** --max-replications of a run that grows from a first batch of {@code replications} ({@code with} names the option). */
        int maxReplications(int replications, String with) {
            if (replications < 2) {
                throw new ParameterException(spec.commandLine(), "--replications: found " + replications + "; allowed a whole number >= 2 with " + with);
            }
            if (maxReplications < replications || maxReplications > RunOptions.MAX_REPLICATIONS) {
                throw new ParameterException(spec.commandLine(), "--max-replications: found " + maxReplications
                        + "; allowed a whole number from --replications (" + replications + ") to " + RunOptions.MAX_REPLICATIONS);
            }
            return maxReplications;
        }
    }
}
