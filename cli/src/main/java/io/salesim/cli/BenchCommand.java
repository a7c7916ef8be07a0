package io.salesim.cli;

import io.salesim.core.benchmark.EngineVsReference;
import io.salesim.core.benchmark.EngineVsReference.BenchResult;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code salesim bench}: the engine's speed on M/M/3 against a hand-written event loop. */
@Command(name = "bench",
        description = {"Runs the same M/M/3 queue (lambda=2.7/h, mu=1/h, full statistics) through the engine "
                + "and through a hand-written binary-heap event loop, alternating, and prints customers per second "
                + "of each (medians over the rounds) and, on the last line, the median of the per-round ratios "
                + "(engine / reference, each round timing both) with its spread (min..max over the rounds)."})
public final class BenchCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Option(names = "--quick", description = "Shorter runs and fewer rounds: about 10 s instead of about a minute.")
    private boolean quick;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        BenchResult result = EngineVsReference.measure(quick, line -> {
            out.println(line);
            out.flush();
        });
        out.println(lastLine(result));
        out.flush();
        return 0;
    }

    /**
     * {@code engine_customers_per_s=<x> reference_customers_per_s=<y> ratio=<r> spread=<low>..<high>}:
     * x and y are each side's median rate, r the median of the per-round ratios, low and high
     * the smallest and largest per-round ratio.
     */
    static String lastLine(BenchResult result) {
        return String.format(Locale.ROOT, "engine_customers_per_s=%.0f reference_customers_per_s=%.0f ratio=%.3f spread=%.3f..%.3f",
                result.engineCustomersPerSecond(), result.referenceCustomersPerSecond(), result.ratio(),
                result.spreadLow(), result.spreadHigh());
    }
}
