package io.salesim.bench;

import static io.salesim.core.stats.OrderStatistics.median;

import io.salesim.core.sales.SalesOrgSpec;
import io.salesim.core.sales.SalesOrganisation;
import io.salesim.core.sales.SalesPresets;
import java.util.Locale;

/**
 * Issue 15: the same firm at 1×, 10× and 100× its size ({@link SalesOrgSpec#scaledBy}: people
 * in every role, market source rates, repeat orders and the factory's hours), each size in
 * turn per round in one JVM (the order rotates every round) for as many events as one
 * replication of the largest, and each size's events per second against the 1× firm's in the
 * same round; medians of the per-round ratios. Run with
 * {@code java -Xmx3g -XX:+UseParallelGC -cp bench/target/benchmarks.jar io.salesim.bench.FirmSizeScaling [rounds] [preset]}
 * (the collector {@code salesim} runs with)
 * (preset {@code division-of-labour}, the default, or {@code traditional}).
 */
public final class FirmSizeScaling {
    private static final int[] FACTORS = {1, 10, 100};

    private FirmSizeScaling() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        SalesOrgSpec base = args.length > 1 && args[1].equals("traditional") ? SalesPresets.traditional() : SalesPresets.divisionOfLabour();
        SalesOrganisation[] models = new SalesOrganisation[FACTORS.length];
        for (int f = 0; f < FACTORS.length; f++) {
            models[f] = new SalesOrganisation(base.scaledBy(FACTORS[f]));
        }
        double[][] ratios = new double[FACTORS.length][rounds];
        for (int round = -1; round < rounds; round++) {
            double[] perSecond = new double[FACTORS.length];
            for (int k = 0; k < FACTORS.length; k++) {
                int f = Math.floorMod(k + round, FACTORS.length); // rotate the order every round
                // as many events for every size as one replication of the largest (100 of the 1x firm,
                // 10 of the 10x): a measurement of a second or less swings by a quarter from round to round
                int reps = FACTORS[FACTORS.length - 1] / FACTORS[f];
                long events = 0;
                long start = System.nanoTime();
                for (int r = 0; r < reps; r++) {
                    models[f].run(1_000L * (round + 1) + r, 0);
                    events += models[f].eventsExecuted();
                }
                perSecond[f] = events / ((System.nanoTime() - start) / 1e9);
            }
            StringBuilder line = new StringBuilder(round < 0 ? "warm-up  " : String.format(Locale.ROOT, "round %d/%d", round + 1, rounds));
            for (int f = 0; f < FACTORS.length; f++) {
                line.append(String.format(Locale.ROOT, "  x%d %.0f events/s (%.2f)", FACTORS[f], perSecond[f], perSecond[f] / perSecond[0]));
                if (round >= 0) {
                    ratios[f][round] = perSecond[f] / perSecond[0];
                }
            }
            System.out.println(line);
        }
        for (int f = 1; f < FACTORS.length; f++) {
            System.out.printf(Locale.ROOT, "x%d firm: median %.2f of the x1 firm's events per second%n", FACTORS[f],
                    median(ratios[f]));
        }
        System.exit(0);
    }
}
