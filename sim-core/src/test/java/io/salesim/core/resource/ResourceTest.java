package io.salesim.core.resource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salesim.core.engine.ExperimentResult;
import io.salesim.core.engine.Model;
import io.salesim.core.engine.ReplicationRunner;
import io.salesim.core.engine.ReplicationResult;
import io.salesim.core.engine.WorkCalendar;
import io.salesim.core.random.DistributionSpec;
import io.salesim.core.random.RandomStream;
import io.salesim.core.random.Sampler;
import io.salesim.core.stats.QueueingTheory;
import io.salesim.core.stats.Summary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ResourceTest {
    private static final double EPS = 1e-9;

    /** A one-resource model whose script runs at time 0 and whose log records who started when. */
    static final class Shop extends Model {
        final Resource<String> desk;
        final List<String> started = new ArrayList<>();
        final List<Double> startedAt = new ArrayList<>();
        private final Consumer<Shop> script;

        Shop(int servers, WorkCalendar calendar, QueueDiscipline discipline, double horizonHours, Consumer<Shop> script) {
            super("shop", horizonHours, 0);
            this.desk = new Resource<>(this, "desk", servers, calendar, discipline, "desk");
            this.script = script;
        }

        @Override
        protected void initialize() {
            started.clear();
            startedAt.clear();
            // after the tree is initialised, so the resource has reset itself
            schedule(() -> script.accept(this), 0);
        }

        void process(String item, double workHours, double priority, double dueHours) {
            desk.process(item, workHours, priority, dueHours, ignored -> { });
        }

        void at(double delayHours, Runnable action) {
            schedule(action, delayHours);
        }

        void seizeAndLog(String item, double workHours, double priority, double dueHours) {
            desk.seize(item, priority, dueHours, Double.POSITIVE_INFINITY, workHours, null, (granted, server) -> {
                started.add(granted);
                startedAt.add(now());
                schedule(ignored -> desk.release(server), workHours, null);
            });
        }

        /** Sets the head count now: newcomers join at full productivity, leavers go idle ones first. */
        void staff(int count) {
            while (desk.headcount() < count) {
                desk.hire(1, 0);
            }
            desk.shrink(desk.headcount() - count);
        }
    }

    private static List<String> order(QueueDiscipline discipline) {
        Shop shop = new Shop(1, WorkCalendar.alwaysOpen(), discipline, 100, s -> {
            s.seizeAndLog("a", 1, 0, 50);
            s.seizeAndLog("b", 1, 1, 5);
            s.seizeAndLog("c", 1, 3, 9);
            s.seizeAndLog("d", 1, 2, 1);
            s.seizeAndLog("e", 1, 3, 1);
        });
        shop.run(1, 0);
        return shop.started;
    }

    @Test
    void disciplinesServeInTheirOrder() {
        assertEquals(List.of("a", "b", "c", "d", "e"), order(QueueDiscipline.FIFO));
        // highest priority first, FIFO among equals (c before e)
        assertEquals(List.of("a", "c", "e", "d", "b"), order(QueueDiscipline.PRIORITY));
        // earliest due date first, FIFO among equals (d before e)
        assertEquals(List.of("a", "d", "e", "b", "c"), order(QueueDiscipline.EARLIEST_DUE_DATE));
    }

    /**
     * A busy leaver's own waiting items join the shared line in their turn by first arrival: in a
     * FIFO line, ahead of shared work that came after them, not behind it. Both servers are busy
     * until 10 h; the second has "b-own" waiting (0 h) when "later" arrives (1 h) and leaves at 2 h.
     */
    @Test
    void aLeaversWaitingItemsKeepTheirTurnInAFifoLine() {
        List<String> done = new ArrayList<>();
        Shop shop = new Shop(2, WorkCalendar.alwaysOpen(), QueueDiscipline.FIFO, 100, s -> {
            Resource<String>.Server first = s.desk.servers().get(0);
            Resource<String>.Server second = s.desk.servers().get(1);
            Consumer<String> log = item -> done.add(item + "@" + s.now());
            s.desk.process("a-busy", 10, 0, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, first, log::accept);
            s.desk.process("b-busy", 10, 0, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, second, log::accept);
            s.desk.process("b-own", 1, 0, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, second, log::accept);
            s.at(1, () -> s.desk.process("later", 1, 0, Double.POSITIVE_INFINITY, log::accept));
            s.at(2, () -> assertEquals(1, s.desk.shrink(1), "the second server, busy, leaves"));
        });
        shop.run(1, 0);
        // the first server alone serves both after 10 h, b-own first; the leaver takes nothing more
        assertEquals(List.of("a-busy@10.0", "b-busy@10.0", "b-own@11.0", "later@12.0"), done);
    }

    /**
     * Forty servers all freed at once (more than the free list's first sixteen places) and forty
     * items arriving together: each is served at once, by the servers in the order they went
     * idle (idle longest first), none twice.
     */
    @Test
    void manyServersFreedAtOnceAreTakenIdleLongestFirst() {
        int n = 40;
        List<Integer> takers = new ArrayList<>();
        Shop shop = new Shop(n, WorkCalendar.alwaysOpen(), QueueDiscipline.FIFO, 100, s -> {
            for (int i = 0; i < n; i++) {
                s.desk.process("first-" + i, 1 + i * 0.01, 0, Double.POSITIVE_INFINITY, ignored -> { });
            }
            s.at(5, () -> {
                for (int i = 0; i < n; i++) {
                    s.desk.seize("second-" + i, 0, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 1, null,
                            (item, server) -> takers.add(server.id()));
                }
            });
        });
        ReplicationResult result = shop.run(1, 0);
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            expected.add(shop.desk.servers().get(i).id());
        }
        assertEquals(expected, takers);
        assertEquals(0, result.values().get("desk.wait_hours"), EPS);
    }

    @Test
    void waitsAndQueueLengthAreRecorded() {
        Shop shop = new Shop(1, WorkCalendar.alwaysOpen(), QueueDiscipline.FIFO, 10, s -> {
            for (String item : List.of("a", "b", "c", "d", "e")) {
                s.seizeAndLog(item, 1, 0, 0);
            }
        });
        ReplicationResult result = shop.run(1, 0);
        assertEquals(List.of(0.0, 1.0, 2.0, 3.0, 4.0), shop.startedAt);
        // waits 0, 1, 2, 3, 4 h: four of five waited; type-7 quantiles of 0..4 are 4p
        assertEquals(2.0, result.values().get("desk.wait_hours"), EPS);
        assertEquals(0.8, result.values().get("desk.wait_probability"), EPS);
        assertEquals(2.0, result.values().get("desk.wait_hours_p50"), EPS);
        assertEquals(3.6, result.values().get("desk.wait_hours_p90"), EPS);
        assertEquals(3.8, result.values().get("desk.wait_hours_p95"), EPS);
        assertArrayEquals(new double[] {0.8}, result.weekly().get("desk.wait_probability"), EPS);
        // 4 waiting for 1 h, then 3, 2, 1: area 10 item-hours over 10 h
        assertEquals(1.0, result.values().get("desk.queue_length"), EPS);
        // busy 5 of 10 hours
        assertEquals(0.5, result.values().get("desk.utilization"), EPS);
    }

    /** Utilisation = busy working hours / available working hours; nights and weekends count for neither. */
    @Test
    void utilisationOnAnOfficeCalendarCountsWorkingHoursOnly() {
        Shop shop = new Shop(1, WorkCalendar.officeWeek(), QueueDiscipline.FIFO, 2 * 168, s -> {
            // 20 working hours from Monday 0 h: done Wednesday 4 h (52 h)
            s.process("long", 20, 0, 0);
            // arrives Saturday 3 h: held over the weekend, worked Monday 0–10 h of week 2
            s.at(5 * 24 + 3, () -> s.process("weekend", 10, 0, 0));
        });
        ReplicationResult result = shop.run(1, 0);
        assertEquals(30 / 80.0, result.values().get("desk.utilization"), EPS);
        assertArrayEquals(new double[] {20 / 40.0, 10 / 40.0}, result.weekly().get("desk.utilization"), EPS);
        assertEquals(30 / 80.0, result.values().get("desk.busy_servers"), EPS);
    }

    @Test
    void headCountChangesAtRunTime() {
        Shop shop = new Shop(1, WorkCalendar.alwaysOpen(), QueueDiscipline.FIFO, 20, s -> {
            s.seizeAndLog("one", 10, 0, 0);
            s.seizeAndLog("two", 10, 0, 0);
            s.seizeAndLog("three", 10, 0, 0);
            s.at(5, () -> s.staff(3));
            // cut to 1 while two are busy: they finish first, so capacity stays 2 until 15 h
            s.at(12, () -> s.staff(1));
        });
        ReplicationResult result = shop.run(1, 0);
        assertEquals(List.of(0.0, 5.0, 5.0), shop.startedAt);
        // busy 10 + 10 + 10 = 30 server-hours; available 1×5 + 3×7 + 2×3 + 1×5 = 37 server-hours
        assertEquals(30 / 37.0, result.values().get("desk.utilization"), EPS);
        assertEquals(37 / 20.0, result.values().get("desk.available_servers"), EPS);
    }

    /**
     * A partial drain takes out only what the predicate accepts, in service order; what stays
     * keeps its place, and the queue's counts and hours follow (the sales model keeps illness
     * cover with its role when an operating-model switch moves all other waiting work).
     */
    @Test
    void aPartialDrainLeavesTheRestInPlace() {
        List<String> drained = new ArrayList<>();
        Shop shop = new Shop(1, WorkCalendar.alwaysOpen(), QueueDiscipline.PRIORITY, 20, s -> {
            s.seizeAndLog("busy", 10, 0, 0);
            s.seizeAndLog("stay-low", 1, 1, 0);
            s.seizeAndLog("move-low", 2, 1, 0);
            s.seizeAndLog("stay-high", 1, 5, 0);
            s.seizeAndLog("move-high", 3, 5, 0);
            s.at(4, () -> drained.addAll(s.desk.drainWaiting(item -> item.startsWith("move"))));
            s.at(5, () -> {
                assertEquals(2, s.desk.waiting());
                assertEquals(2, s.desk.waitingHours(), EPS, "1 h + 1 h of work still waiting");
            });
        });
        shop.run(1, 0);
        assertEquals(List.of("move-high", "move-low"), drained, "in service order: priority first");
        assertEquals(List.of("busy", "stay-high", "stay-low"), shop.started);
    }

    @Test
    void releasingAnIdleResourceThrows() {
        Shop shop = new Shop(1, WorkCalendar.alwaysOpen(), QueueDiscipline.FIFO, 10, s -> s.desk.release(s.desk.servers().get(0)));
        assertThrows(IllegalStateException.class, () -> shop.run(1, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new Shop(-1, WorkCalendar.alwaysOpen(), QueueDiscipline.FIFO, 10, s -> { }));
    }

    /** A busy random shop on an office calendar with holidays and head-count changes. */
    static final class BusyShop extends Model {
        final Resource<Integer> desk;
        private final Sampler gapHours;
        private final Sampler workHours;
        private final RandomStream staffing;
        private int next;

        BusyShop() {
            super("busy-shop", 8 * 168, 168);
            desk = new Resource<>(this, "desk", 2, new WorkCalendar(8, 5, 3, 10, 24), QueueDiscipline.PRIORITY, "desk");
            gapHours = sampler("gap", new DistributionSpec.Exponential(4));
            workHours = sampler("work", new DistributionSpec.Gamma(3, 2));
            staffing = stream("staffing");
        }

        @Override
        protected void initialize() {
            next = 0;
            schedule(this::arrive, gapHours.sample(), null);
            schedule(this::restaff, 50, null);
        }

        private void arrive(Object ignored) {
            desk.process(next++, workHours.sample(), staffing.nextInt(3), 0, done -> { });
            schedule(this::arrive, gapHours.sample(), null);
        }

        private void restaff(Object ignored) {
            int count = staffing.nextInt(4);
            while (desk.headcount() < count) {
                desk.hire(1, 0);
            }
            desk.shrink(desk.headcount() - count);
            schedule(this::restaff, 20 + 100 * staffing.nextDouble(), null);
        }
    }

    @Test
    void busyTimeNeverExceedsAvailableTime() {
        BusyShop shop = new BusyShop();
        for (int r = 0; r < 10; r++) {
            ReplicationResult result = shop.run(9, r);
            assertTrue(result.values().get("desk.busy_servers") <= result.values().get("desk.available_servers") + EPS,
                    "replication " + r);
            assertTrue(result.values().get("desk.utilization") <= 1 + EPS);
            double[] weekly = result.weekly().get("desk.utilization");
            for (double u : weekly) {
                assertTrue(Double.isNaN(u) || u <= 1 + EPS, "weekly utilisation " + u);
            }
        }
    }

    /** Replication 5 on a fresh model equals replication 5 after others on a reused one. */
    @Test
    void noStateLeaksBetweenReplications() {
        ReplicationResult fresh = new BusyShop().run(77, 5);
        BusyShop reused = new BusyShop();
        for (int r = 0; r < 5; r++) {
            reused.run(77, r);
        }
        ReplicationResult again = reused.run(77, 5);
        assertEquals(fresh.values(), again.values());
        assertEquals(fresh.events(), again.events());
        for (Map.Entry<String, double[]> series : fresh.weekly().entrySet()) {
            assertArrayEquals(series.getValue(), again.weekly().get(series.getKey()), series.getKey());
        }
    }

    /** A work centre whose script runs at time 0, logging who took what when. */
    static final class Team extends Model {
        final Resource<String> people;
        final List<String> log = new ArrayList<>();
        final List<String> lapsed = new ArrayList<>();
        private final Consumer<Team> script;

        Team(int servers, Consumer<Team> script) {
            super("team", 100, 0);
            this.people = new Resource<>(this, "people", servers, 1, WorkCalendar.alwaysOpen(), QueueDiscipline.PRIORITY,
                    "team", "people");
            people.onLapse(lapsed::add);
            this.script = script;
        }

        @Override
        protected void initialize() {
            log.clear();
            lapsed.clear();
            schedule(() -> script.accept(this), 0);
        }

        /** Work of {@code hours} at the server's productivity; {@code server} null for anyone. */
        void work(String item, double hours, int priority, double expiresAt, Resource<String>.Server server) {
            people.process(item, hours, priority, Double.POSITIVE_INFINITY, expiresAt, server,
                    done -> log.add(done + "@" + now()));
        }

        void at(double delayHours, Runnable action) {
            schedule(action, delayHours);
        }
    }

    /** Work for one named server waits for it, even with another free; a free server takes its own or the shared item, whichever ranks first. */
    @Test
    void workForANamedServerWaitsForItWhileSharedWorkGoesToAnyone() {
        Team team = new Team(2, t -> {
            Resource<String>.Server first = t.people.servers().get(0);
            t.work("long", 4, 0, Double.POSITIVE_INFINITY, first);
            t.work("mine", 1, 0, Double.POSITIVE_INFINITY, first);     // waits for the first server although the second is free
            t.work("anyone", 1, 0, Double.POSITIVE_INFINITY, null);    // the second server takes it at once
            t.work("urgent", 1, 9, Double.POSITIVE_INFINITY, null);    // waits for a free server: the second, at 1 h
        });
        ReplicationResult result = team.run(1, 0);
        assertEquals(List.of("anyone@1.0", "urgent@2.0", "long@4.0", "mine@5.0"), team.log);
        // waits: long 0, anyone 0, urgent 1, mine 4
        assertEquals(5 / 4.0, result.values().get("team.wait_hours"), EPS);
    }

    /** An item still waiting after its expiry lapses instead of being served; its wait still counts. */
    @Test
    void waitingPastExpiryLapses() {
        Team team = new Team(1, t -> {
            t.work("first", 5, 0, Double.POSITIVE_INFINITY, null);
            t.work("impatient", 1, 0, 2, null);
            t.work("patient", 1, 0, Double.POSITIVE_INFINITY, null);
        });
        ReplicationResult result = team.run(1, 0);
        assertEquals(List.of("first@5.0", "patient@6.0"), team.log);
        assertEquals(List.of("impatient"), team.lapsed);
        // waits: first 0, impatient 5 (met at the head at 5 h and dropped), patient 5
        assertEquals(10 / 3.0, result.values().get("team.wait_hours"), EPS);
        assertEquals(3 / (100 / 168.0), result.values().get("team.queue_departures_per_week"), EPS);
    }

    /** An absent server's own work waits for its return; newcomers ramp from their start productivity. */
    @Test
    void absentServersWorkWaitsAndNewcomersRampUp() {
        Team team = new Team(1, t -> {
            Resource<String>.Server only = t.people.servers().get(0);
            t.people.setPresent(only, false, 1);
            t.work("waits", 1, 0, Double.POSITIVE_INFINITY, only);
            t.at(3, () -> t.people.setPresent(only, true, 1));
            // a newcomer at half productivity with no ramp: an hour of work takes two
            t.at(10, () -> t.work("slow", 1, 0, Double.POSITIVE_INFINITY, t.people.hire(0.5, 1000)));
        });
        ReplicationResult result = team.run(1, 0);
        assertEquals(List.of("waits@4.0", "slow@12.0"), team.log.subList(0, 2));
        // available: 0 for 3 h, 1 until 10 h, then 2
        assertEquals((0 * 3 + 1 * 7 + 2 * 90) / 100.0, result.values().get("team.available_people"), EPS);
    }

    /** Poisson arrivals to a resource of {@code servers} people with exponential work, around the clock: M/M/c. */
    static final class MmcDesk extends Model {
        private final Resource<Object> desk;
        private final Sampler gapHours;
        private final Sampler workHours;

        MmcDesk(double arrivalsPerHour, double servicesPerHour, int servers, double horizonHours, double warmupHours) {
            super("mmc-desk", horizonHours, warmupHours);
            this.desk = new Resource<>(this, "desk", servers, WorkCalendar.alwaysOpen(), QueueDiscipline.FIFO, "role.desk");
            this.gapHours = sampler("gap", new DistributionSpec.Exponential(1 / arrivalsPerHour));
            this.workHours = sampler("work", new DistributionSpec.Exponential(1 / servicesPerHour));
        }

        @Override
        protected void initialize() {
            schedule(this::arrive, gapHours.sample(), null);
        }

        private void arrive(Object ignored) {
            desk.process(this, workHours.sample(), 0, Double.POSITIVE_INFINITY, done -> { });
            schedule(this::arrive, gapHours.sample(), null);
        }
    }

    /**
     * A role's waits against M/M/2 theory, each value in its family-wise 95% interval (Bonferroni over 5):
     * P(wait) is Erlang C and P(Wq > t) = C e^{−(cμ − λ)t}.
     */
    @Test
    void aRolesProbabilityOfWaitingAndWaitPercentilesMatchMmc() {
        double lambda = 1.6;
        double mu = 1.0;
        int c = 2;
        // λ=1.6/h, μ=1/h, c=2: a = 1.6, Erlang B = 1.28/3.88 = 0.32990, C = B/(1 − ρ + ρB) = 0.71111,
        // Wq = C/(cμ − λ) = 1.7778 h
        assertEquals(0.711111, QueueingTheory.erlangC(lambda, mu, c), 1e-6);
        ExperimentResult result = ReplicationRunner.run(() -> new MmcDesk(lambda, mu, c, 40_000, 2_000), 20, 31, 2);
        String[] metrics = {"role.desk.wait_hours", "role.desk.wait_probability", "role.desk.wait_hours_p50",
            "role.desk.wait_hours_p90", "role.desk.wait_hours_p95"};
        double[] expected = {QueueingTheory.mmcWaitInQueue(lambda, mu, c), QueueingTheory.erlangC(lambda, mu, c),
            QueueingTheory.mmcWaitQuantile(lambda, mu, c, 0.5), QueueingTheory.mmcWaitQuantile(lambda, mu, c, 0.9),
            QueueingTheory.mmcWaitQuantile(lambda, mu, c, 0.95)};
        double confidence = 1 - 0.05 / metrics.length;
        for (int i = 0; i < metrics.length; i++) {
            Summary summary = Summary.of(result.values(metrics[i]), confidence);
            assertTrue(summary.covers(expected[i]), metrics[i] + ": expected " + expected[i] + ", " + summary);
        }
    }
}
