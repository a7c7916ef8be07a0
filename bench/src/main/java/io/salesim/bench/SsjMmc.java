package io.salesim.bench;

import static io.salesim.core.benchmark.EngineVsReference.ARRIVAL_RATE_PER_HOUR;
import static io.salesim.core.benchmark.EngineVsReference.SERVERS;
import static io.salesim.core.benchmark.EngineVsReference.SERVICE_RATE_PER_HOUR;

import java.util.ArrayDeque;
import umontreal.ssj.randvar.ExponentialGen;
import umontreal.ssj.rng.MRG32k3a;
import umontreal.ssj.simevents.Accumulate;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;
import umontreal.ssj.stat.Tally;

/**
 * The benchmark M/M/c in SSJ, written the way SSJ's own examples are (event subclasses,
 * {@link Tally} and {@link Accumulate} probes, MRG32k3a streams), on its own {@link Simulator}
 * instance rather than the static {@code Sim}. Each run moves both streams to their next substream.
 */
final class SsjMmc {
    private final Simulator simulator = new Simulator();
    private final MRG32k3a arrivalStream = new MRG32k3a();
    private final MRG32k3a serviceStream = new MRG32k3a();
    private final ExponentialGen interarrivalHours = new ExponentialGen(arrivalStream, ARRIVAL_RATE_PER_HOUR);
    private final ExponentialGen serviceHours = new ExponentialGen(serviceStream, SERVICE_RATE_PER_HOUR);
    private final ArrayDeque<Customer> queue = new ArrayDeque<>();
    private final Tally waitHours = new Tally("wait in queue");
    private final Tally timeInSystemHours = new Tally("time in system");
    private final Accumulate queueLength = new Accumulate(simulator, "queue length");
    private final Accumulate busyServers = new Accumulate(simulator, "busy servers");
    private final Accumulate wip = new Accumulate(simulator, "work in process");
    private int busy;
    private int inSystem;
    private long departures;

    private static final class Customer {
        final double arrivedAt;
        double queuedAt;

        Customer(double arrivedAt) {
            this.arrivedAt = arrivedAt;
        }
    }

    private final class Arrival extends Event {
        Arrival() {
            super(simulator);
        }

        @Override
        public void actions() {
            Customer customer = new Customer(simulator.time());
            wip.update(++inSystem);
            if (busy < SERVERS) {
                waitHours.add(0);
                startService(customer);
            } else {
                customer.queuedAt = simulator.time();
                queue.add(customer);
                queueLength.update(queue.size());
            }
            new Arrival().schedule(interarrivalHours.nextDouble());
        }
    }

    private final class Departure extends Event {
        private final Customer customer;

        Departure(Customer customer) {
            super(simulator);
            this.customer = customer;
        }

        @Override
        public void actions() {
            busyServers.update(--busy);
            wip.update(--inSystem);
            timeInSystemHours.add(simulator.time() - customer.arrivedAt);
            departures++;
            Customer next = queue.poll();
            if (next != null) {
                queueLength.update(queue.size());
                waitHours.add(simulator.time() - next.queuedAt);
                startService(next);
            }
        }
    }

    private void startService(Customer customer) {
        busyServers.update(++busy);
        new Departure(customer).schedule(serviceHours.nextDouble());
    }

    MmcOutcome run(double horizonHours, double warmupHours) {
        simulator.init();
        arrivalStream.resetNextSubstream();
        serviceStream.resetNextSubstream();
        queue.clear();
        busy = 0;
        inSystem = 0;
        restartStatistics();
        new Arrival().schedule(interarrivalHours.nextDouble());
        new Event(simulator) {
            @Override
            public void actions() {
                restartStatistics();
            }
        }.schedule(warmupHours);
        new Event(simulator) {
            @Override
            public void actions() {
                queueLength.update();
                busyServers.update();
                wip.update();
                simulator.stop();
            }
        }.schedule(horizonHours);
        simulator.start();
        return new MmcOutcome(departures, waitHours.average(), busyServers.average());
    }

    /** Start of the run or end of warm-up: forget what was collected, keep the current levels. */
    private void restartStatistics() {
        waitHours.init();
        timeInSystemHours.init();
        queueLength.init(queue.size());
        busyServers.init(busy);
        wip.init(inSystem);
        departures = 0;
    }
}
