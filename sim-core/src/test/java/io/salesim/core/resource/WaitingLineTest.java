package io.salesim.core.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WaitingLineTest {
    /**
     * Random adds (keys drawn from a few values, so ties are common and the sequence decides),
     * servings at the head with expiry, sweeps, partial and full drains and clears, as a
     * resource makes them, against a plain list kept sorted by the discipline's comparator
     * ({@link WaitingLine#order}): every entry served, lapsed or drained
     * must be the reference's, with all its fields, in the same order.
     */
    @Test
    void matchesASortedListUnderRandomOperations() {
        for (QueueDiscipline discipline : QueueDiscipline.values()) {
            SplittableRandom random = new SplittableRandom(20261201 + discipline.ordinal());
            for (int trial = 0; trial < 10; trial++) {
                WaitingLine<Integer> line = new WaitingLine<>(discipline);
                List<WaitingLine.Entry<Integer>> reference = new ArrayList<>();
                double now = 0;
                long sequence = 0;
                int maxSize = trial % 2 == 0 ? 20 : 2000;
                for (int step = 0; step < 6000; step++) {
                    int operation = random.nextInt(100);
                    if (operation < 55 && reference.size() < maxSize) {
                        double priority = random.nextInt(4);
                        double due = now + random.nextInt(10);
                        double expires = random.nextInt(4) == 0 ? Double.POSITIVE_INFINITY : now + random.nextInt(50);
                        int item = random.nextInt();
                        Object granted = random.nextBoolean() ? "granted" + item : null;
                        Object done = granted == null ? "done" + item : null;
                        double key = line.key(priority, due);
                        WaitingLine.Entry<Integer> entry = new WaitingLine.Entry<>(item, granted, done, now, key, expires,
                                random.nextDouble(), sequence++);
                        if (random.nextInt(10) == 0) {
                            line.add(entry);
                        } else {
                            line.add(item, granted, done, now, key, expires, entry.workHours(), entry.sequence());
                        }
                        reference.add(entry);
                        reference.sort(WaitingLine.order(discipline));
                    } else if (operation < 85) {
                        now += random.nextInt(3);
                        List<WaitingLine.Entry<Integer>> lapsed = new ArrayList<>();
                        boolean live = line.peekLive(now, lapsed::add);
                        List<WaitingLine.Entry<Integer>> expected = new ArrayList<>();
                        while (!reference.isEmpty() && reference.get(0).expiresAt() < now) {
                            expected.add(reference.remove(0));
                        }
                        assertEquals(expected, lapsed);
                        assertEquals(!reference.isEmpty(), live);
                        if (live) {
                            WaitingLine.Entry<Integer> head = reference.remove(0);
                            assertEquals(head.item(), line.headItem());
                            assertSame(head.granted(), line.headGranted());
                            assertSame(head.onDone(), line.headOnDone());
                            assertEquals(head.enteredAt(), line.headEnteredAt());
                            assertEquals(head.workHours(), line.headWorkHours());
                            line.removeHead();
                        }
                    } else if (operation < 90) {
                        List<WaitingLine.Entry<Integer>> lapsed = new ArrayList<>();
                        double at = now;
                        line.sweep(at, lapsed::add);
                        List<WaitingLine.Entry<Integer>> expected = new ArrayList<>(reference.stream().filter(e -> e.expiresAt() < at).toList());
                        reference.removeAll(expected);
                        assertEquals(expected, lapsed);
                    } else if (operation < 95) {
                        int modulus = 2 + random.nextInt(3);
                        List<WaitingLine.Entry<Integer>> drained = line.drain(e -> Math.floorMod(e.item(), modulus) == 0);
                        List<WaitingLine.Entry<Integer>> expected = new ArrayList<>(
                                reference.stream().filter(e -> Math.floorMod(e.item(), modulus) == 0).toList());
                        reference.removeAll(expected);
                        assertEquals(expected, drained);
                    } else if (operation < 98) {
                        // a drained line's entries go back into another, as a leaver's to the shared line
                        WaitingLine<Integer> other = new WaitingLine<>(discipline);
                        for (WaitingLine.Entry<Integer> entry : line.drain()) {
                            other.add(entry);
                        }
                        line = other;
                    } else {
                        assertEquals(reference, line.drain());
                        reference.clear();
                        if (random.nextBoolean()) {
                            line.clear();
                        }
                    }
                    assertEquals(reference.size(), line.size());
                    assertEquals(reference.isEmpty(), line.isEmpty());
                }
            }
        }
    }

    /** Two lines' heads compare as their entries do: a server's own line against the shared one. */
    @Test
    void headBeforeFollowsTheDiscipline() {
        for (QueueDiscipline discipline : QueueDiscipline.values()) {
            SplittableRandom random = new SplittableRandom(7 + discipline.ordinal());
            for (int trial = 0; trial < 500; trial++) {
                WaitingLine<Integer> a = new WaitingLine<>(discipline);
                WaitingLine<Integer> b = new WaitingLine<>(discipline);
                WaitingLine.Entry<Integer> ea = new WaitingLine.Entry<>(1, null, null, 0, a.key(random.nextInt(3), random.nextInt(3)),
                        Double.POSITIVE_INFINITY, 1, random.nextInt(1000));
                WaitingLine.Entry<Integer> eb = new WaitingLine.Entry<>(2, null, null, 0, b.key(random.nextInt(3), random.nextInt(3)),
                        Double.POSITIVE_INFINITY, 1, ea.sequence() + 1 + random.nextInt(1000) * (random.nextBoolean() ? 1 : -1));
                a.add(ea);
                b.add(eb);
                assertEquals(WaitingLine.order(discipline).compare(ea, eb) < 0, a.headBefore(b));
                assertEquals(WaitingLine.order(discipline).compare(eb, ea) < 0, b.headBefore(a));
            }
        }
    }
}
