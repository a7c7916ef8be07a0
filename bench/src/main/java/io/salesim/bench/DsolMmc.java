package io.salesim.bench;

import static io.salesim.core.benchmark.EngineVsReference.ARRIVAL_RATE_PER_HOUR;
import static io.salesim.core.benchmark.EngineVsReference.SERVERS;
import static io.salesim.core.benchmark.EngineVsReference.SERVICE_RATE_PER_HOUR;

import java.util.ArrayDeque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import nl.tudelft.simulation.dsol.experiment.Replication;
import nl.tudelft.simulation.dsol.experiment.SingleReplication;
import nl.tudelft.simulation.dsol.experiment.StreamInformation;
import nl.tudelft.simulation.dsol.model.AbstractDsolModel;
import nl.tudelft.simulation.dsol.simulators.DevsSimulator;
import nl.tudelft.simulation.dsol.simulators.DevsSimulatorInterface;
import nl.tudelft.simulation.dsol.statistics.SimCounter;
import nl.tudelft.simulation.dsol.statistics.SimPersistent;
import nl.tudelft.simulation.dsol.statistics.SimTally;
import nl.tudelft.simulation.jstats.distributions.DistExponential;
import nl.tudelft.simulation.jstats.streams.MersenneTwister;

/**
 * The benchmark M/M/c in DSOL 4: a {@link DevsSimulator} with lambda events, DSOL's own
 * statistics ({@link SimTally}, {@link SimPersistent}, {@link SimCounter}, which reset at the
 * replication's warm-up) and separate Mersenne-Twister streams for arrivals and services.
 * DSOL runs a replication on its own worker thread; {@link #run} waits for it to end.
 */
final class DsolMmc extends AbstractDsolModel<Double, DevsSimulatorInterface<Double>> {
    private static final long serialVersionUID = 1L;
    private static final AtomicLong RUNS = new AtomicLong();

    private final ArrayDeque<Customer> queue = new ArrayDeque<>();
    private DistExponential interarrivalHours;
    private DistExponential serviceHours;
    private SimTally<Double> waitHours;
    private SimTally<Double> timeInSystemHours;
    private SimPersistent<Double> queueLength;
    private SimPersistent<Double> busyServers;
    private SimPersistent<Double> wip;
    private SimCounter<Double> departures;
    private int busy;
    private int inSystem;

    private static final class Customer {
        final double arrivedAt;
        double queuedAt;

        Customer(double arrivedAt) {
            this.arrivedAt = arrivedAt;
        }
    }

    private DsolMmc(DevsSimulatorInterface<Double> simulator, long seed) {
        super(simulator, streams(seed));
    }

    /** Three distinct positive seeds (DSOL refuses 0) for a seed {@code >= 0}. */
    private static StreamInformation streams(long seed) {
        StreamInformation streams = new StreamInformation(new MersenneTwister(3 * seed + 1));
        streams.addStream("arrivals", new MersenneTwister(3 * seed + 2));
        streams.addStream("services", new MersenneTwister(3 * seed + 3));
        return streams;
    }

    static MmcOutcome run(double horizonHours, double warmupHours, long seed) {
        // statistics are bound by name in the replication's naming context: one fresh id per run
        long id = RUNS.incrementAndGet();
        DevsSimulator<Double> simulator = new DevsSimulator<>("mmc-" + id);
        DsolMmc model = new DsolMmc(simulator, seed);
        SingleReplication<Double> replication = new SingleReplication<>("replication-" + id, 0.0, warmupHours, horizonHours);
        CountDownLatch ended = new CountDownLatch(1);
        simulator.addListener(event -> ended.countDown(), Replication.END_REPLICATION_EVENT);
        simulator.initialize(model, replication);
        simulator.start();
        try {
            ended.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while DSOL ran", e);
        } finally {
            simulator.cleanUp();
            replication.removeFromContext();
        }
        return new MmcOutcome(model.departures.getCount(), model.waitHours.getPopulationMean(),
                model.busyServers.getWeightedPopulationMean());
    }

    @Override
    public void constructModel() {
        interarrivalHours = new DistExponential(getStream("arrivals"), 1 / ARRIVAL_RATE_PER_HOUR);
        serviceHours = new DistExponential(getStream("services"), 1 / SERVICE_RATE_PER_HOUR);
        waitHours = new SimTally<>("wait", "wait in queue", this);
        timeInSystemHours = new SimTally<>("tis", "time in system", this);
        queueLength = new SimPersistent<>("queue", "queue length", this);
        busyServers = new SimPersistent<>("busy", "busy servers", this);
        wip = new SimPersistent<>("wip", "work in process", this);
        departures = new SimCounter<>("departures", "departures", this);
        queue.clear();
        busy = 0;
        inSystem = 0;
        queueLength.register(0.0, 0);
        busyServers.register(0.0, 0);
        wip.register(0.0, 0);
        simulator.scheduleEventRel(interarrivalHours.draw(), this::arrive);
    }

    private void arrive() {
        double now = simulator.getSimulatorTime();
        Customer customer = new Customer(now);
        wip.register(now, ++inSystem);
        if (busy < SERVERS) {
            waitHours.register(0.0);
            startService(customer, now);
        } else {
            customer.queuedAt = now;
            queue.add(customer);
            queueLength.register(now, queue.size());
        }
        simulator.scheduleEventRel(interarrivalHours.draw(), this::arrive);
    }

    private void startService(Customer customer, double now) {
        busyServers.register(now, ++busy);
        simulator.scheduleEventRel(serviceHours.draw(), () -> depart(customer));
    }

    private void depart(Customer customer) {
        double now = simulator.getSimulatorTime();
        busyServers.register(now, --busy);
        wip.register(now, --inSystem);
        timeInSystemHours.register(now - customer.arrivedAt);
        departures.register(1);
        Customer next = queue.poll();
        if (next != null) {
            queueLength.register(now, queue.size());
            waitHours.register(now - next.queuedAt);
            startService(next, now);
        }
    }
}
