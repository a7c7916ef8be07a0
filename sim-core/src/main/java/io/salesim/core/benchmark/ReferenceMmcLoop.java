package io.salesim.core.benchmark;

import io.salesim.core.engine.Model;
import io.salesim.core.stats.Tally;
import io.salesim.core.stats.TimeWeighted;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * The yardstick for the engine's speed: an M/M/c queue written by hand as a binary-heap
 * event loop, the way one would write it without a simulation library. It collects the same
 * statistics as a one-station {@link io.salesim.core.flow.FlowLine} (wait in queue, queue
 * length, busy servers, time in system, work in process, throughput), after a warm-up,
 * but no weekly series.
 */
public final class ReferenceMmcLoop {
    private static final int ARRIVAL = 0;
    private static final int DEPARTURE = 1;
    private static final RandomGeneratorFactory<RandomGenerator> GENERATORS = RandomGeneratorFactory.of("L64X128MixRandom");

    private final double meanInterarrivalHours;
    private final double meanServiceHours;
    private final int servers;

    /** What one run measured after warm-up; times in hours. */
    public record Result(long customers, long events, double meanWaitHours, double meanQueueLength,
                         double meanBusyServers, double meanTimeInSystemHours, double meanWip,
                         double throughputPerWeek) {
    }

    private static final class Customer {
        final double arrivedAt;
        double queuedAt;

        Customer(double arrivedAt) {
            this.arrivedAt = arrivedAt;
        }
    }

    private static final class Event {
        final double time;
        final long sequence;
        final int kind;
        final Customer customer;

        Event(double time, long sequence, int kind, Customer customer) {
            this.time = time;
            this.sequence = sequence;
            this.kind = kind;
            this.customer = customer;
        }

        boolean before(Event other) {
            return time < other.time || (time == other.time && sequence < other.sequence);
        }
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

    /** The state of one run: calendar, queue, statistics. */
    private final class Run {
        private final RandomGenerator arrivals;
        private final RandomGenerator services;
        private Event[] heap = new Event[64];
        private int size;
        private long nextSequence;
        private final ArrayDeque<Customer> queue = new ArrayDeque<>();
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
            add(exponential(arrivals, meanInterarrivalHours), ARRIVAL, null);
            while (size > 0 && heap[0].time < horizonHours) {  // [warm-up, horizon), as the engine
                Event event = poll();
                double now = event.time;
                if (!warm && now >= warmupHours) {
                    endWarmup(warmupHours);
                    warm = true;
                }
                if (event.kind == ARRIVAL) {
                    arrive(now);
                } else {
                    depart(event.customer, now);
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
            Customer customer = new Customer(now);
            wip.set(++inSystem, now);
            if (busy < servers) {
                waitHours.record(0);
                startService(customer, now);
            } else {
                customer.queuedAt = now;
                queue.add(customer);
                queueLength.set(queue.size(), now);
            }
            add(now + exponential(arrivals, meanInterarrivalHours), ARRIVAL, null);
        }

        private void startService(Customer customer, double now) {
            busyServers.set(++busy, now);
            add(now + exponential(services, meanServiceHours), DEPARTURE, customer);
        }

        private void depart(Customer customer, double now) {
            busyServers.set(--busy, now);
            wip.set(--inSystem, now);
            timeInSystemHours.record(now - customer.arrivedAt);
            departures++;
            Customer next = queue.poll();
            if (next != null) {
                queueLength.set(queue.size(), now);
                waitHours.record(now - next.queuedAt);
                startService(next, now);
            }
        }

        private void add(double time, int kind, Customer customer) {
            if (size == heap.length) {
                heap = Arrays.copyOf(heap, size * 2);
            }
            Event event = new Event(time, nextSequence++, kind, customer);
            int index = size++;
            while (index > 0) {
                int parent = (index - 1) >>> 1;
                if (!event.before(heap[parent])) {
                    break;
                }
                heap[index] = heap[parent];
                index = parent;
            }
            heap[index] = event;
        }

        private Event poll() {
            Event first = heap[0];
            Event last = heap[--size];
            heap[size] = null;
            int index = 0;
            int half = size >>> 1;
            while (index < half) {
                int child = 2 * index + 1;
                if (child + 1 < size && heap[child + 1].before(heap[child])) {
                    child++;
                }
                if (!heap[child].before(last)) {
                    break;
                }
                heap[index] = heap[child];
                index = child;
            }
            if (size > 0) {
                heap[index] = last;
            }
            return first;
        }
    }

    /** Inversion: −mean·ln(1 − U), with U in [0, 1) so the logarithm's argument is never 0. */
    private static double exponential(RandomGenerator generator, double meanHours) {
        return -meanHours * Math.log(1.0 - generator.nextDouble());
    }
}
