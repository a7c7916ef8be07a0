package io.salesim.core.benchmark;

import static io.salesim.core.stats.OrderStatistics.median;

import io.salesim.core.engine.Model;
import io.salesim.core.engine.ReplicationResult;
import io.salesim.core.flow.FlowLine;
import io.salesim.core.flow.FlowLineSpec;
import io.salesim.core.flow.StationSpec;
import io.salesim.core.random.DistributionSpec;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * How fast the engine runs an M/M/c flow line compared with the hand-written
 * {@link ReferenceMmcLoop}: both in this process, alternating round by round after a JIT
 * warm-up, so that a busy machine slows both alike. Each round gives one ratio (engine rate
 * over reference rate of that round); the result is the median of those per-round ratios,
 * with their minimum and maximum as the spread.
 */
public final class EngineVsReference {
    /** The benchmark queue: λ = 2.7/h, μ = 1/h, c = 3 (utilisation 0.9). */
    public static final double ARRIVAL_RATE_PER_HOUR = 2.7;
    public static final double SERVICE_RATE_PER_HOUR = 1.0;
    public static final int SERVERS = 3;
    public static final double WARMUP_HOURS = 500;
    private static final String STATION = "desk";

    /**
     * Customers per second of wall time, each the median over the measured rounds, and the
     * per-round ratios (engine rate / reference rate of the same round) in round order.
     */
    public record BenchResult(double engineCustomersPerSecond, double referenceCustomersPerSecond, long customers,
                              double[] roundRatios) {
        public BenchResult {
            if (roundRatios.length == 0) {
                throw new IllegalArgumentException("at least one measured round is needed");
            }
            roundRatios = roundRatios.clone();
        }

        @Override
        public double[] roundRatios() {
            return roundRatios.clone();
        }

        /** The median of the per-round ratios (not the ratio of the two medians). */
        public double ratio() {
            return median(roundRatios);
        }

        /** The smallest per-round ratio. */
        public double spreadLow() {
            return Arrays.stream(roundRatios).min().orElseThrow();
        }

        /** The largest per-round ratio. */
        public double spreadHigh() {
            return Arrays.stream(roundRatios).max().orElseThrow();
        }
    }

    /** What one timed run gives: its wall time, customers served after warm-up and mean wait. */
    record Timed(double seconds, long customers, double meanWaitHours) {
        double customersPerSecond() {
            return customers / seconds;
        }
    }

    private EngineVsReference() {
    }

    /** The benchmark queue as a one-station flow line with full statistics. */
    public static FlowLineSpec mmcSpec(double horizonHours) {
        return FlowLineSpec.of("mmc-benchmark", horizonHours, WARMUP_HOURS,
                new DistributionSpec.Exponential(1 / ARRIVAL_RATE_PER_HOUR),
                new StationSpec(STATION, SERVERS, new DistributionSpec.Exponential(1 / SERVICE_RATE_PER_HOUR)));
    }

    public static ReferenceMmcLoop referenceLoop() {
        return new ReferenceMmcLoop(ARRIVAL_RATE_PER_HOUR, SERVICE_RATE_PER_HOUR, SERVERS);
    }

    /** The horizon of one run: 500,000 h, inside the engine's limit of {@link Model#MAX_HORIZON_WEEKS}. */
    static final double RUN_HORIZON_HOURS = 500_000;

    /**
     * Quick: 2 runs of 500,000 h a side a round (~2.7M customers), 3 warm-up and 9 measured
     * rounds; full: 6 runs (~8M customers), 5 and 21.
     */
    public static BenchResult measure(boolean quick, Consumer<String> log) {
        return quick ? measure(RUN_HORIZON_HOURS, 2, 3, 9, log) : measure(RUN_HORIZON_HOURS, 6, 5, 21, log);
    }

    static BenchResult measure(double horizonHours, int warmupRounds, int rounds, Consumer<String> log) {
        return measure(horizonHours, 1, warmupRounds, rounds, log);
    }

    /** Each round times {@code runsPerRound} runs of the engine and as many of the reference. */
    static BenchResult measure(double horizonHours, int runsPerRound, int warmupRounds, int rounds, Consumer<String> log) {
        FlowLine engine = new FlowLine(mmcSpec(horizonHours));
        ReferenceMmcLoop reference = referenceLoop();
        log.accept(String.format("M/M/%d, lambda=%.1f/h, mu=%.1f/h, %d run(s) of %.0f h a side a round: %d warm-up and %d measured rounds",
                SERVERS, ARRIVAL_RATE_PER_HOUR, SERVICE_RATE_PER_HOUR, runsPerRound, horizonHours, warmupRounds, rounds));
        for (int round = 0; round < warmupRounds; round++) {
            timeEngine(engine, round, runsPerRound);
            timeReference(reference, horizonHours, round, runsPerRound);
            log.accept(String.format("warm-up round %d/%d done", round + 1, warmupRounds));
        }
        double[] engineRates = new double[rounds];
        double[] referenceRates = new double[rounds];
        double[] ratios = new double[rounds];
        long customers = 0;
        for (int round = 0; round < rounds; round++) {
            int seed = warmupRounds + round;
            // alternate which goes first so neither always runs right after a collection
            Timed e;
            Timed r;
            if (round % 2 == 0) {
                e = timeEngine(engine, seed, runsPerRound);
                r = timeReference(reference, horizonHours, seed, runsPerRound);
            } else {
                r = timeReference(reference, horizonHours, seed, runsPerRound);
                e = timeEngine(engine, seed, runsPerRound);
            }
            engineRates[round] = e.customersPerSecond();
            referenceRates[round] = r.customersPerSecond();
            ratios[round] = engineRates[round] / referenceRates[round];
            customers = r.customers();
            log.accept(String.format(Locale.ROOT,
                    "round %d/%d: engine %.0f customers/s (mean wait %.3f h), reference %.0f customers/s (mean wait %.3f h), ratio %.3f",
                    round + 1, rounds, e.customersPerSecond(), e.meanWaitHours(), r.customersPerSecond(), r.meanWaitHours(),
                    ratios[round]));
        }
        return new BenchResult(median(engineRates), median(referenceRates), customers, ratios);
    }

    /** Runs seeds seed·runs … seed·runs + runs − 1; the mean wait is the mean over the runs. */
    static Timed timeEngine(FlowLine engine, long seed, int runs) {
        double countedWeeks = (engine.horizonHours() - engine.warmupHours()) / Model.HOURS_PER_WEEK;
        double seconds = 0;
        long customers = 0;
        double waits = 0;
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            ReplicationResult result = engine.run(seed * runs + run, 0);
            seconds += (System.nanoTime() - start) / 1e9;
            customers += Math.round(result.values().get("system.throughput_per_week") * countedWeeks);
            waits += result.values().get("station." + STATION + ".wait_hours");
        }
        return new Timed(seconds, customers, waits / runs);
    }

    static Timed timeReference(ReferenceMmcLoop reference, double horizonHours, long seed, int runs) {
        double seconds = 0;
        long customers = 0;
        double waits = 0;
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            ReferenceMmcLoop.Result result = reference.run(horizonHours, WARMUP_HOURS, seed * runs + run);
            seconds += (System.nanoTime() - start) / 1e9;
            customers += result.customers();
            waits += result.meanWaitHours();
        }
        return new Timed(seconds, customers, waits / runs);
    }
}
