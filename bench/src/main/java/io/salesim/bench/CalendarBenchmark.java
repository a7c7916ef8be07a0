package io.salesim.bench;

import io.salesim.core.engine.EventAction;
import io.salesim.core.engine.EventCalendar;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The event calendar alone, in the classic hold model: {@code pending} events wait; one
 * operation fires the earliest, whose action adds one new event an exponential time later
 * (mean = {@code pending} hours, so the calendar's size and spread of times stay level). Sizes
 * 10 to 10⁶ cover the M/M/3 yardstick (≤ 6 pending) up to the 100× firm (~5×10⁴, events past
 * the horizon being dropped) and beyond. The increments come from a table drawn once, so the
 * score is the calendar's, not the generator's.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class CalendarBenchmark {
    private static final int INCREMENTS = 1 << 16;

    @Param({"10", "1000", "100000", "1000000"})
    public int pending;

    /**
     * {@code tieredN}: the tiered calendar with buckets of N hours, so N events a bucket here (one
     * an hour); the sales organisation's half-hour buckets hold about 3 events at 1× and 300 at 100×.
     */
    @Param({"binary", "fourAry", "tiered4", "tiered256"})
    public String calendar;

    private EventCalendar events;
    private final double[] increments = new double[INCREMENTS];
    private int next;
    private double now;
    private final EventAction<Object> hold = ignored -> events.add(now + increments[next++ & (INCREMENTS - 1)], 0, this.hold, null);

    @Setup(Level.Trial)
    public void fill() {
        SplittableRandom random = new SplittableRandom(20261201);
        for (int i = 0; i < INCREMENTS; i++) {
            increments[i] = -pending * Math.log(1 - random.nextDouble());
        }
        events = switch (calendar) {
            case "binary" -> EventCalendar.binaryHeap();
            case "fourAry" -> EventCalendar.fourAryHeap();
            default -> EventCalendar.tiered(Double.parseDouble(calendar.substring("tiered".length())));
        };
        // added in time order, as a run adds them: a tiered calendar takes its first event's bucket
        // for the heap's, so an unsorted fill would start with every earlier event in the heap
        double[] initial = new double[pending];
        for (int i = 0; i < pending; i++) {
            initial[i] = increments[next++ & (INCREMENTS - 1)];
        }
        Arrays.sort(initial);
        for (double time : initial) {
            events.add(time, 0, hold, null);
        }
    }

    @Benchmark
    public double holdOperation() {
        now = events.firstTime();
        events.fireFirst();
        return now;
    }
}
