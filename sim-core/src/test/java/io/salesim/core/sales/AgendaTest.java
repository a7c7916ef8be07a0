package io.salesim.core.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class AgendaTest {
    /**
     * Random plans, look-ups, mornings and clears, as the coordinator and the field team make
     * them, against the sorted map the agenda replaced: days planned up to 200 days ahead, in any
     * order (so the ring lengthens and its first day moves both ways), each morning releasing the
     * days up to today.
     */
    @Test
    void matchesASortedMapUnderRandomOperations() {
        SplittableRandom random = new SplittableRandom(20261201);
        for (int trial = 0; trial < 20; trial++) {
            Agenda agenda = new Agenda();
            TreeMap<Long, Salesperson.DayPlan> reference = new TreeMap<>();
            long today = random.nextInt(1000);
            for (int step = 0; step < 5000; step++) {
                int operation = random.nextInt(100);
                if (operation < 50) {
                    long day = today + 1 + random.nextInt(trial % 2 == 0 ? 30 : 200);
                    if (!reference.containsKey(day)) {
                        Salesperson.DayPlan plan = new Salesperson.DayPlan(null, day, 0, 1);
                        agenda.put(plan);
                        reference.put(day, plan);
                    }
                } else if (operation < 80) {
                    long day = today + random.nextInt(210) - 5;
                    assertSame(reference.get(day), agenda.get(day));
                } else if (operation < 99) {
                    today += random.nextInt(3);
                    while (!reference.isEmpty() && reference.firstKey() <= today) {
                        assertEquals(reference.firstKey(), agenda.firstDay());
                        assertSame(reference.pollFirstEntry().getValue(), agenda.pollFirst());
                    }
                } else {
                    agenda.clear();
                    reference.clear();
                }
                assertEquals(reference.isEmpty(), agenda.isEmpty());
                List<Salesperson.DayPlan> inOrder = new ArrayList<>();
                agenda.forEach(inOrder::add);
                assertEquals(new ArrayList<>(reference.values()), inOrder);
            }
        }
    }
}
