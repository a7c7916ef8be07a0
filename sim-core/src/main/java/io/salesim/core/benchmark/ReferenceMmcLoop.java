package io.salesim.core.benchmark;

import io.salesim.core.engine.Model;
import io.salesim.core.stats.Tally;
import io.salesim.core.stats.TimeWeighted;
import java.util.Arrays;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * The yardstick for the engine's speed, near the physical limit: an M/M/c queue written by hand
 * as a binary-heap event loop on primitive arrays, allocating nothing per event or customer. It collects the same
 * statistics as a one-station {@link io.salesim.core.flow.FlowLine} (wait in queue, queue
 * length, busy servers, time in system, work in process, throughput), after a warm-up,
 * but no weekly series.
 */
public final class ReferenceMmcLoop {
    // an arrival's payload; a departure carries its customer's arrival time
    private static final double ARRIVAL = Double.NaN;
    private static final RandomGeneratorFactory<RandomGenerator> GENERATORS = RandomGeneratorFactory.of("L64X128MixRandom");

    private final double meanInterarrivalHours;
    private final double meanServiceHours;
    private final int servers;

    /** What one run measured after warm-up; times in hours. */
    public record Result(long customers, long events, double meanWaitHours, double meanQueueLength,
                         double meanBusyServers, double meanTimeInSystemHours, double meanWip,
                         double throughputPerWeek) {
    }

    public ReferenceMmcLoop(double arrivalRatePerHour, double serviceRatePerHour, int servers) {
        if (!(arrivalRatePerHour > 0) || !(serviceRatePerHour > 0) || servers < 1) {
            throw new IllegalArgumentException("need positive rates and at least one server");
        }
        this.meanInterarrivalHours = 1 / arrivalRatePerHour;
        this.meanServiceHours = 1 / serviceRatePerHour;
        this.servers = servers;
    }

    public Result run(double horizonHours, double warmupHours, long seed) {
        if (!(warmupHours >= 0 && warmupHours < horizonHours) || Double.isInfinite(horizonHours)) {
            throw new IllegalArgumentException("need 0 <= warm-up < horizon < infinity, was warm-up " + warmupHours
                    + " h, horizon " + horizonHours + " h");
        }
        return new Run(seed).execute(horizonHours, warmupHours);
    }

    /**
     * The state of one run, all in primitive arrays that grow only while the run needs more:
     * a binary heap of pending events (time, insertion number, and for a departure the arrival
     * time of its customer; an arrival carries NaN), and the waiting customers' arrival times
     * in a ring buffer. Nothing is allocated per customer or per event.
     */
    private final class Run {
        private final RandomGenerator arrivals;
        private final RandomGenerator services;
        private double[] eventTimes = new double[64];
        private long[] eventSequences = new long[64];
        private double[] eventArrivedAt = new double[64];
        private int size;
        private long nextSequence;
        private double[] waiting = new double[64];  // a ring buffer of arrival times, length a power of 2
        private int waitingHead;
        private int waitingCount;
        private int busy;
        private int inSystem;
        private final Tally waitHours = new Tally();
        private final Tally timeInSystemHours = new Tally();
        private final TimeWeighted queueLength = new TimeWeighted();
        private final TimeWeighted busyServers = new TimeWeighted();
        private final TimeWeighted wip = new TimeWeighted();
        private long departures;

        Run(long seed) {
            arrivals = GENERATORS.create(seed);
            services = GENERATORS.create(seed ^ 0x9E3779B97F4A7C15L);
        }

        Result execute(double horizonHours, double warmupHours) {
            queueLength.reset(0, 0);
            busyServers.reset(0, 0);
            wip.reset(0, 0);
            boolean warm = warmupHours == 0;
            long events = 0;
            add(exponential(arrivals, meanInterarrivalHours), ARRIVAL);
            while (size > 0 && eventTimes[0] < horizonHours) {  // [warm-up, horizon), as the engine
                double now = eventTimes[0];
                double arrivedAt = eventArrivedAt[0];
                removeFirst();
                if (!warm && now >= warmupHours) {
                    endWarmup(warmupHours);
                    warm = true;
                }
                if (Double.isNaN(arrivedAt)) {
                    arrive(now);
                } else {
                    depart(arrivedAt, now);
                }
                events++;
            }
            if (!warm) {
                endWarmup(warmupHours);
            }
            double countedWeeks = (horizonHours - warmupHours) / Model.HOURS_PER_WEEK;
            return new Result(departures, events, waitHours.mean(), queueLength.mean(horizonHours),
                    busyServers.mean(horizonHours), timeInSystemHours.mean(), wip.mean(horizonHours),
                    departures / countedWeeks);
        }

        private void endWarmup(double now) {
            waitHours.reset();
            timeInSystemHours.reset();
            queueLength.restart(now);
            busyServers.restart(now);
            wip.restart(now);
            departures = 0;
        }

        private void arrive(double now) {
            wip.set(++inSystem, now);
            if (busy < servers) {
                waitHours.record(0);
                startService(now, now);
            } else {
                enqueue(now);
                queueLength.set(waitingCount, now);
            }
            add(now + exponential(arrivals, meanInterarrivalHours), ARRIVAL);
        }

        private void startService(double arrivedAt, double now) {
            busyServers.set(++busy, now);
            add(now + exponential(services, meanServiceHours), arrivedAt);
        }

        private void depart(double arrivedAt, double now) {
            busyServers.set(--busy, now);
            wip.set(--inSystem, now);
            timeInSystemHours.record(now - arrivedAt);
            departures++;
            if (waitingCount > 0) {
                double next = dequeue();
                queueLength.set(waitingCount, now);
                waitHours.record(now - next);
                startService(next, now);
            }
        }

        private void enqueue(double arrivedAt) {
            if (waitingCount == waiting.length) {
                double[] larger = new double[2 * waiting.length];
                for (int i = 0; i < waitingCount; i++) {
                    larger[i] = waiting[(waitingHead + i) & (waiting.length - 1)];
                }
                waiting = larger;
                waitingHead = 0;
            }
            waiting[(waitingHead + waitingCount++) & (waiting.length - 1)] = arrivedAt;
        }

        private double dequeue() {
            double first = waiting[waitingHead];
            waitingHead = (waitingHead + 1) & (waiting.length - 1);
            waitingCount--;
            return first;
        }

        private boolean before(int a, int b) {
            return eventTimes[a] < eventTimes[b] || (eventTimes[a] == eventTimes[b] && eventSequences[a] < eventSequences[b]);
        }

        private void add(double time, double arrivedAt) {
            if (size == eventTimes.length) {
                eventTimes = Arrays.copyOf(eventTimes, 2 * size);
                eventSequences = Arrays.copyOf(eventSequences, 2 * size);
                eventArrivedAt = Arrays.copyOf(eventArrivedAt, 2 * size);
            }
            long sequence = nextSequence++;
            int index = size++;
            while (index > 0) {
                int parent = (index - 1) >>> 1;
                if (!(time < eventTimes[parent] || (time == eventTimes[parent] && sequence < eventSequences[parent]))) {
                    break;
                }
                move(parent, index);
                index = parent;
            }
            eventTimes[index] = time;
            eventSequences[index] = sequence;
            eventArrivedAt[index] = arrivedAt;
        }

        /** Takes the root out: the last event sifts down from the root. */
        private void removeFirst() {
            int last = --size;
            int index = 0;
            int half = size >>> 1;
            while (index < half) {
                int child = 2 * index + 1;
                if (child + 1 < size && before(child + 1, child)) {
                    child++;
                }
                if (!before(child, last)) {
                    break;
                }
                move(child, index);
                index = child;
            }
            if (size > 0) {
                move(last, index);
            }
        }

        private void move(int from, int to) {
            eventTimes[to] = eventTimes[from];
            eventSequences[to] = eventSequences[from];
            eventArrivedAt[to] = eventArrivedAt[from];
        }
    }

    /** Inversion: −mean·ln(1 − U), with U in [0, 1) so the logarithm's argument is never 0. */
    private static double exponential(RandomGenerator generator, double meanHours) {
        return -meanHours * Math.log(1.0 - generator.nextDouble());
    }
}
