package io.salesim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salesim.core.random.RandomStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EventCalendarTest {
    /**
     * Every calendar behind the interface, each held to the same order; the tiered ones with
     * buckets narrower than the gaps between the tests' times, so events move through many
     * buckets, and wider, so a bucket holds several distinct times.
     */
    private static final List<java.util.function.Supplier<EventCalendar>> CALENDARS = List.of(EventCalendar::binaryHeap,
            EventCalendar::fourAryHeap, () -> EventCalendar.tiered(0.3), () -> EventCalendar.tiered(0.7), () -> EventCalendar.tiered(24));

    /** Adds an event whose firing appends its label to {@code fired}. */
    private static void add(EventCalendar calendar, double time, int priority, String label, List<String> fired) {
        calendar.add(time, priority, payload -> fired.add((String) payload), label);
    }

    /** Fires every pending event, earliest first, and returns their labels in firing order. */
    private static List<String> drain(EventCalendar calendar, List<String> fired) {
        while (!calendar.isEmpty()) {
            calendar.fireFirst();
        }
        return fired;
    }

    @Test
    void tiesAreOrderedByTimeThenPriorityThenInsertion() {
        for (var make : CALENDARS) {
            tiesAreOrderedByTimeThenPriorityThenInsertion(make.get());
        }
    }

    private static void tiesAreOrderedByTimeThenPriorityThenInsertion(EventCalendar calendar) {
        List<String> fired = new ArrayList<>();
        add(calendar, 2.0, 0, "t2-p0-first", fired);
        add(calendar, 1.0, 5, "t1-p5", fired);
        add(calendar, 2.0, -1, "t2-p-1", fired);
        add(calendar, 2.0, 0, "t2-p0-second", fired);
        add(calendar, 1.0, 0, "t1-p0", fired);
        add(calendar, 2.0, 0, "t2-p0-third", fired);
        assertEquals(List.of("t1-p0", "t1-p5", "t2-p-1", "t2-p0-first", "t2-p0-second", "t2-p0-third"), drain(calendar, fired));
    }

    /** An event's action may add events, even at its own instant: they fire after it, in order. */
    @Test
    void anActionCanAddEventsWhileItFires() {
        for (var make : CALENDARS) {
            EventCalendar calendar = make.get();
            List<String> fired = new ArrayList<>();
            calendar.add(1.0, 0, ignored -> {
                fired.add("first");
                add(calendar, 1.0, 0, "same-instant", fired);
                add(calendar, 0.5 + 1.0, 0, "later", fired);
            }, null);
            add(calendar, 1.0, 1, "lower-priority", fired);
            assertEquals(List.of("first", "same-instant", "lower-priority", "later"), drain(calendar, fired));
        }
    }

    @Test
    void schedulingInThePastThrows() {
        Model model = new Model("past", 10, 0) {
            @Override
            protected void initialize() {
                schedule(ignored -> scheduleAt(x -> { }, now() - 0.5, null), 2, null);
            }
        };
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> model.run(1, 0));
        assertTrue(thrown.getMessage().contains("past"), thrown.getMessage());
        Model negativeDelay = new Model("negative", 10, 0) {
            @Override
            protected void initialize() {
                schedule(x -> { }, -1, null);
            }
        };
        assertThrows(IllegalStateException.class, () -> negativeDelay.run(1, 0));
        Model notANumber = new Model("nan", 10, 0) {
            @Override
            protected void initialize() {
                schedule(x -> { }, Double.NaN, null);
            }
        };
        assertThrows(IllegalStateException.class, () -> notANumber.run(1, 0));
    }

    /**
     * Random adds and firings, interleaved as in a run, against a sorted list; firing frees a
     * slot that a later add reuses, so this also checks that reuse never mixes up two events.
     * One add in five falls up to 500 h ahead, so tiered calendars skip empty buckets, pour
     * many and lengthen their ring while buckets are pending.
     */
    @Test
    void matchesASortedReferenceUnderRandomOperations() {
        SplittableRandom random = new SplittableRandom(20261123);
        record Ref(double time, int priority, long order, String label) {
        }
        Comparator<Ref> byKey = Comparator.comparingDouble(Ref::time).thenComparingInt(Ref::priority)
                .thenComparingLong(Ref::order);
        for (int trial = 0; trial < 10 * CALENDARS.size(); trial++) {
            EventCalendar calendar = CALENDARS.get(trial % CALENDARS.size()).get();
            List<String> fired = new ArrayList<>();
            List<Ref> pending = new ArrayList<>();
            double clock = 0;
            long order = 0;
            for (int step = 0; step < 3000; step++) {
                if (random.nextInt(10) < 6) {
                    // few distinct times and priorities, so ties are common
                    double time = clock + (random.nextInt(5) == 0 ? random.nextInt(1000) * 0.5 : random.nextInt(4) * 0.5);
                    int priority = random.nextInt(3) - 1;
                    String label = "e" + order;
                    add(calendar, time, priority, label, fired);
                    pending.add(new Ref(time, priority, order++, label));
                } else if (pending.isEmpty()) {
                    assertTrue(calendar.isEmpty());
                } else {
                    pending.sort(byKey);
                    Ref expected = pending.remove(0);
                    assertEquals(expected.time(), calendar.firstTime());
                    calendar.fireFirst();
                    assertEquals(expected.label(), fired.get(fired.size() - 1));
                    clock = expected.time();
                }
                assertEquals(pending.size(), calendar.size());
            }
            pending.sort(byKey);
            List<String> expectedRest = new ArrayList<>(fired);
            pending.forEach(ref -> expectedRest.add(ref.label()));
            assertEquals(expectedRest, drain(calendar, fired));
        }
    }

    @Test
    void clearEmptiesTheCalendar() {
        for (var make : CALENDARS) {
            clearEmptiesTheCalendar(make.get());
        }
    }

    private static void clearEmptiesTheCalendar(EventCalendar calendar) {
        List<String> fired = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            add(calendar, i % 7, 0, "x", fired);
        }
        assertEquals(1000, calendar.size());
        calendar.clear();
        assertEquals(0, calendar.size());
        assertTrue(calendar.isEmpty());
        add(calendar, 3, 0, "after-clear", fired);
        assertEquals(List.of("after-clear"), drain(calendar, fired));
    }

    private static List<String> labelsFired(EventCalendar calendar, double... times) {
        List<String> fired = new ArrayList<>();
        for (int i = 0; i < times.length; i++) {
            add(calendar, times[i], 0, "abcdefgh".substring(i, i + 1), fired);
        }
        return drain(calendar, fired);
    }

    /**
     * A far event past the ring's end lengthens it while two buckets are pending whose places
     * wrap round the old ring (positions 46 and 2 of 64 for buckets 110 and 130): copying each
     * place as it stands would fire c and d before b.
     */
    @Test
    void lengtheningTheRingKeepsEveryPendingBucketInPlace() {
        assertEquals(List.of("a", "b", "c", "d"), labelsFired(EventCalendar.tiered(1), 100, 110.5, 130.5, 300.5));
        // the same before time 0: negative buckets, the ring's positions taken mod its length
        assertEquals(List.of("a", "b", "c", "d"), labelsFired(EventCalendar.tiered(1), -900, -889.5, -869.5, -699.5));
    }

    /** The heap's last event fires after the next bucket is poured: what it adds lands in the heap or a later bucket. */
    @Test
    void theLastNearEventAddsEventsAfterThePour() {
        EventCalendar calendar = EventCalendar.tiered(1);
        List<String> fired = new ArrayList<>();
        calendar.add(0.5, 0, ignored -> {
            fired.add("a");
            add(calendar, 0.9, 0, "b", fired);   // a bucket before the poured one: the heap
            add(calendar, 2.5, 0, "c", fired);
            add(calendar, 7.5, 0, "e", fired);   // after it: a bucket again
        }, null);
        add(calendar, 5.5, 0, "d", fired);
        assertEquals(List.of("a", "b", "c", "d", "e"), drain(calendar, fired));
    }

    @Test
    void clearEmptiesTheBucketsToo() {
        EventCalendar calendar = EventCalendar.tiered(1);
        List<String> fired = new ArrayList<>();
        for (double time : new double[] {0, 10, 20}) {
            add(calendar, time, 0, "before-clear", fired);
        }
        calendar.clear();
        assertEquals(0, calendar.size());
        // had a bucket kept its events, they would fire among these
        assertEquals(List.of("a", "b", "c"), labelsFired(calendar, 3, 10, 50));
    }

    /** Many trips round the ring: a hundred events rescheduling themselves up to 100 h ahead, as a heap fires them. */
    @Test
    void aTieredCalendarFiresAsTheHeapDoesOverManyTripsRoundTheRing() {
        List<List<String>> firings = new ArrayList<>();
        for (EventCalendar calendar : List.of(EventCalendar.fourAryHeap(), EventCalendar.tiered(1), EventCalendar.tiered(0.3))) {
            SplittableRandom random = new SplittableRandom(20261202);
            List<String> fired = new ArrayList<>();
            double[] clock = {0};
            EventAction<Object>[] again = new EventAction[1];
            again[0] = label -> {
                fired.add((String) label);
                if (fired.size() < 20_000) {
                    calendar.add(clock[0] + random.nextInt(200) * 0.5, random.nextInt(2), again[0], label);
                }
            };
            for (int i = 0; i < 100; i++) {
                calendar.add(random.nextInt(200) * 0.5, 0, again[0], "e" + i);
            }
            while (!calendar.isEmpty()) {
                clock[0] = calendar.firstTime();
                calendar.fireFirst();
            }
            firings.add(fired);
        }
        assertEquals(20_099, firings.get(0).size());
        assertEquals(firings.get(0), firings.get(1));
        assertEquals(firings.get(0), firings.get(2));
    }

    @Test
    void aTieredCalendarRefusesTimesItCannotBucket() {
        EventCalendar calendar = EventCalendar.tiered(1);
        EventAction<Object> nothing = ignored -> { };
        assertThrows(IllegalArgumentException.class, () -> calendar.add(-1e300, 0, nothing, null));
        assertThrows(IllegalArgumentException.class, () -> calendar.add(Double.POSITIVE_INFINITY, 0, nothing, null));
        assertThrows(IllegalArgumentException.class, () -> calendar.add(Double.NaN, 0, nothing, null));
        assertTrue(calendar.isEmpty());
        for (double width : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThrows(IllegalArgumentException.class, () -> EventCalendar.tiered(width), "width " + width);
        }
    }

    @Test
    void theModelClockNeverMovesBackwardsAndStopsAtTheHorizon() {
        List<Double> times = new ArrayList<>();
        Model model = new Model("clock", 100, 0) {
            private final RandomStream gaps = stream("gaps");

            @Override
            protected void initialize() {
                times.clear();
                for (int i = 0; i < 50; i++) {
                    schedule(this::tick, gaps.nextDouble() * 10, null);
                }
            }

            private void tick(Object ignored) {
                times.add(now());
                schedule(this::tick, gaps.nextInt(3) == 0 ? 0 : gaps.nextDouble() * 10, null);
            }
        };
        model.run(3, 0);
        assertTrue(times.size() > 400, "expected many events, got " + times.size());
        for (int i = 1; i < times.size(); i++) {
            assertTrue(times.get(i) >= times.get(i - 1), "clock moved backwards at event " + i);
        }
        assertTrue(times.get(times.size() - 1) <= 100);
        assertEquals(100, model.now());
    }
}
