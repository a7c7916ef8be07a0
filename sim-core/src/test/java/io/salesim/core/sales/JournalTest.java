package io.salesim.core.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salesim.core.engine.ReplicationResult;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The journal tells the same story the counts do, and listening changes nothing. */
class JournalTest {

    @Test
    void journalMatchesTheCountsAndDoesNotChangeTheRun() {
        SalesOrgSpec spec = SalesPresets.divisionOfLabour().withWeeks(20, 0);
        Map<String, Integer> events = new HashMap<>();
        SalesJournal counter = new SalesJournal() {
            @Override
            public void opportunityOpened(double t, long opportunity, String source, boolean complex, String cluster) {
                events.merge("opened", 1, Integer::sum);
            }

            @Override
            public void meetingBooked(double t, long opportunity, int salesperson, double dayStartHours, String cluster) {
                assertTrue(dayStartHours > t, "booked ahead");
                events.merge("booked", 1, Integer::sum);
            }

            @Override
            public void meetingHeld(double t, long opportunity, int salesperson, String cluster, double travelHours) {
                assertTrue(salesperson >= 0);
                events.merge("held", 1, Integer::sum);
            }

            @Override
            public void opportunityClosed(double t, long opportunity, String outcome, double value) {
                events.merge(outcome, 1, Integer::sum);
            }
        };
        ReplicationResult listened = new SalesOrganisation(spec).journal(counter).run(Runs.SEED, 0);
        ReplicationResult quiet = new SalesOrganisation(spec).run(Runs.SEED, 0);
        assertEquals(quiet.values(), listened.values());
        var v = listened.values();
        assertEquals(v.get("opportunities.created"), events.get("opened").doubleValue());
        assertEquals(v.get("opportunities.won"), events.get("won").doubleValue());
        assertEquals(v.get("opportunities.lost"), events.get("lost").doubleValue());
        assertEquals(v.get("opportunities.abandoned"), events.getOrDefault("abandoned", 0).doubleValue());
        // no warm-up: the meeting rate times the weeks is the number of meetings held
        assertEquals(v.get("sales.bd_meetings_per_week") * 20, events.get("held"), 1e-6);
        assertTrue(events.get("booked") >= events.get("held"), "every meeting held under batching was booked by a coordinator first");
    }
}
