package io.salesim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salesim.core.random.RandomStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EventCalendarTest {
    /** Every calendar behind the interface, each held to the same order. */
    private static final List<java.util.function.Supplier<EventCalendar>> CALENDARS = List.of(EventCalendar::binaryHeap);

    private static Event<String> event(double time, int priority, String label) {
        return new Event<>(time, priority, ignored -> { }, label);
    }

    private static List<String> drain(EventCalendar calendar) {
        List<String> labels = new ArrayList<>();
        Event<?> e;
        while ((e = calendar.poll()) != null) {
            labels.add((String) e.payload());
        }
        return labels;
    }

    @Test
    void tiesAreOrderedByTimeThenPriorityThenInsertion() {
        for (var make : CALENDARS) {
            tiesAreOrderedByTimeThenPriorityThenInsertion(make.get());
        }
    }

    private static void tiesAreOrderedByTimeThenPriorityThenInsertion(EventCalendar calendar) {
        calendar.add(event(2.0, 0, "t2-p0-first"));
        calendar.add(event(1.0, 5, "t1-p5"));
        calendar.add(event(2.0, -1, "t2-p-1"));
        calendar.add(event(2.0, 0, "t2-p0-second"));
        calendar.add(event(1.0, 0, "t1-p0"));
        calendar.add(event(2.0, 0, "t2-p0-third"));
        assertEquals(List.of("t1-p0", "t1-p5", "t2-p-1", "t2-p0-first", "t2-p0-second", "t2-p0-third"), drain(calendar));
    }

    @Test
    void cancelledEventsNeverFire() {
        for (var make : CALENDARS) {
            cancelledEventsNeverFire(make.get());
        }
    }

    private static void cancelledEventsNeverFire(EventCalendar calendar) {
        Event<String> a = event(1, 0, "a");
        Event<String> b = event(2, 0, "b");
        Event<String> c = event(3, 0, "c");
        calendar.add(a);
        calendar.add(b);
        calendar.add(c);
        b.cancel();
        a.cancel();
        assertTrue(b.isCancelled());
        assertEquals(List.of("c"), drain(calendar));
        assertNull(calendar.poll());
    }

    @Test
    void cancellingInsideARunStopsTheEvent() {
        List<String> fired = new ArrayList<>();
        Model model = new Model("cancel", 10, 0) {
            private Event<String> later;

            @Override
            protected void initialize() {
                later = schedule(fired::add, 5, "later");
                schedule(ignored -> later.cancel(), 1, null);
                schedule(fired::add, 6, "kept");
            }
        };
        model.run(1, 0);
        assertEquals(List.of("kept"), fired);
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

    /** Random adds, cancels and polls, interleaved as in a run, against a sorted list. */
    @Test
    void matchesASortedReferenceUnderRandomOperations() {
        SplittableRandom random = new SplittableRandom(20261123);
        record Ref(double time, int priority, long order, Event<String> event) {
        }
        Comparator<Ref> byKey = Comparator.comparingDouble(Ref::time).thenComparingInt(Ref::priority)
                .thenComparingLong(Ref::order);
        for (int trial = 0; trial < 40; trial++) {
            EventCalendar calendar = CALENDARS.get(trial % CALENDARS.size()).get();
            List<Ref> pending = new ArrayList<>();
            double clock = 0;
            long order = 0;
            for (int step = 0; step < 3000; step++) {
                int op = random.nextInt(10);
                if (op < 6) {
                    // few distinct times and priorities, so ties are common
                    double time = clock + random.nextInt(4) * 0.5;
                    int priority = random.nextInt(3) - 1;
                    Event<String> e = event(time, priority, "e" + order);
                    calendar.add(e);
                    pending.add(new Ref(time, priority, order++, e));
                } else if (op < 7 && !pending.isEmpty()) {
                    Ref victim = pending.remove(random.nextInt(pending.size()));
                    victim.event().cancel();
                } else {
                    pending.sort(byKey);
                    Event<?> polled = calendar.poll();
                    if (pending.isEmpty()) {
                        assertNull(polled);
                    } else {
                        Ref expected = pending.remove(0);
                        assertEquals(expected.event().payload(), polled.payload());
                        assertTrue(polled.time() >= clock, "clock moved backwards");
                        clock = polled.time();
                    }
                }
            }
            pending.sort(byKey);
            for (Ref expected : pending) {
                assertEquals(expected.event().payload(), calendar.poll().payload());
            }
            assertNull(calendar.poll());
        }
    }

    @Test
    void clearEmptiesTheCalendar() {
        for (var make : CALENDARS) {
            clearEmptiesTheCalendar(make.get());
        }
    }

    private static void clearEmptiesTheCalendar(EventCalendar calendar) {
        for (int i = 0; i < 1000; i++) {
            calendar.add(event(i % 7, 0, "x"));
        }
        assertEquals(1000, calendar.size());
        calendar.clear();
        assertEquals(0, calendar.size());
        assertNull(calendar.poll());
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
