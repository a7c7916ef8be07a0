package io.salesim.core.sales;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.salesim.core.engine.EventCalendar;
import io.salesim.core.engine.ReplicationResult;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The sales organisation's results do not depend on its event calendar: the tiered calendar it
 * runs on fires events in exactly the 4-ary heap's order, so every value and every weekly series
 * of a replication is the same, to the bit, on either. The 10× firm keeps thousands of events
 * in its buckets, the transition's plan steps lie months ahead.
 */
class CalendarIndependenceTest {
    private static void sameOnEitherCalendar(SalesOrgSpec spec) {
        ReplicationResult tiered = new SalesOrganisation(spec).run(Runs.SEED, 1);
        ReplicationResult heap = new SalesOrganisation(spec, EventCalendar.fourAryHeap()).run(Runs.SEED, 1);
        assertEquals(heap.events(), tiered.events(), spec.name() + ": events");
        assertEquals(heap.values(), tiered.values(), spec.name() + ": values");
        assertEquals(heap.weekly().keySet(), tiered.weekly().keySet(), spec.name() + ": weekly series");
        for (Map.Entry<String, double[]> series : heap.weekly().entrySet()) {
            assertArrayEquals(series.getValue(), tiered.weekly().get(series.getKey()), spec.name() + ": " + series.getKey());
        }
    }

    @Test
    void aTenfoldFirmGivesTheSameResultsOnTheHeap() {
        sameOnEitherCalendar(SalesPresets.divisionOfLabour().scaledBy(10));
    }

    @Test
    void theTransitionGivesTheSameResultsOnTheHeap() {
        sameOnEitherCalendar(SalesPresets.transitionFactoryDoorFirst());
    }
}
