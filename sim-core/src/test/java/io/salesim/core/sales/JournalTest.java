package io.salesim.core.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salesim.core.engine.ReplicationResult;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The journal tells the same story the counts do, and listening changes nothing. */
class JournalTest {

    /** Counts every kind of event, checking what each promises on the way. */
    private static final class Tally implements SalesJournal {
        final Map<String, Integer> events = new HashMap<>();

        int get(String name) {
            return events.getOrDefault(name, 0);
        }

        private void count(String name) {
            events.merge(name, 1, Integer::sum);
        }

        @Override
        public void morning(double t, Morning morning) {
            assertEquals(t, morning.day() * 24.0, 1e-9, "told at the start of the day");
            count(t < 20 * 168.0 ? "mornings" : "mornings at or after 20 weeks");
        }

        @Override
        public void opportunityOpened(double t, long opportunity, String source, boolean complex, String cluster, int salesperson) {
            count("opened");
        }

        @Override
        public void callAttempted(double t, long opportunity, int attempt, boolean reached, int salesperson) {
            assertTrue(attempt >= 1);
            count(reached ? "reached" : "unanswered");
        }

        @Override
        public void callScheduled(double t, long opportunity, double callAtHours) {
            assertTrue(callAtHours > t, "a later call");
            count("retries");
        }

        @Override
        public void workLapsed(double t, long opportunity, String activity, int salesperson) {
            count("lapsed");
        }

        @Override
        public void meetingBooked(double t, long opportunity, int salesperson, double dayStartHours, String cluster) {
            assertTrue(Double.isNaN(dayStartHours) || dayStartHours > t, "booked ahead, or ad hoc");
            count("booked");
        }

        @Override
        public void meetingHeld(double t, long opportunity, int salesperson, String cluster, double travelHours) {
            assertTrue(salesperson >= 0);
            count("held");
        }

        @Override
        public void opportunityClosed(double t, long opportunity, String outcome, double value, int salesperson) {
            assertEquals(outcome.equals("won"), value > 0);
            count(outcome);
        }

        @Override
        public void orderPlaced(double t, long opportunity, double value, double promisedAtHours) {
            assertTrue(promisedAtHours > t);
            count("ordered");
        }
    }

    @Test
    void journalMatchesTheCountsAndDoesNotChangeTheRun() {
        SalesOrgSpec spec = SalesPresets.divisionOfLabour().withWeeks(20, 0);
        Tally tally = new Tally();
        ReplicationResult listened = new SalesOrganisation(spec).journal(tally).run(Runs.SEED, 0);
        ReplicationResult quiet = new SalesOrganisation(spec).run(Runs.SEED, 0);
        assertEquals(quiet.values(), listened.values());
        var v = listened.values();
        assertEquals(v.get("opportunities.created"), tally.get("opened"));
        assertEquals(v.get("opportunities.won"), tally.get("won"));
        assertEquals(v.get("opportunities.won"), tally.get("ordered"), "every won deal places one order");
        assertEquals(v.get("opportunities.lost"), tally.get("lost"));
        assertEquals(v.get("opportunities.abandoned"), tally.get("abandoned"));
        assertEquals(v.get("opportunities.contacted"), tally.get("reached"));
        // a chase ends when the prospect is reached or persistence runs out; the rest of the abandoned went cold waiting
        assertEquals(v.get("opportunities.chases_ended") - v.get("opportunities.contacted") + tally.get("lapsed"),
                tally.get("abandoned"));
        // no warm-up: the meeting rate times the weeks is the number of meetings held
        assertEquals(v.get("sales.bd_meetings_per_week") * 20, tally.get("held"), 1e-6);
        assertTrue(tally.get("booked") >= tally.get("held"), "every meeting held under batching was booked by a coordinator first");
        // 20 weeks of 5 working days; the run also fires the morning at the horizon itself (events at t <= horizon run)
        assertEquals(100, tally.get("mornings"));
    }

    /** Ad hoc (traditional), batched, and a transition with the throttle and a model switch: same results with a journal. */
    @ParameterizedTest
    @ValueSource(strings = {"traditional", "division-of-labour", "transition-factory-door-first"})
    void listeningChangesNoResult(String preset) {
        SalesOrgSpec spec = SalesPresets.all().get(preset).withWeeks(40, 4);
        Tally tally = new Tally();
        ReplicationResult listened = new SalesOrganisation(spec).journal(tally).run(Runs.SEED, 3);
        ReplicationResult quiet = new SalesOrganisation(spec).run(Runs.SEED, 3);
        assertEquals(quiet.values(), listened.values());
        assertEquals(quiet.weekly().keySet(), listened.weekly().keySet());
        quiet.weekly().forEach((metric, series) -> assertTrue(Arrays.equals(series, listened.weekly().get(metric)), metric));
        assertEquals(quiet.events(), listened.events());
        assertTrue(tally.get("held") > 0 && tally.get("booked") >= tally.get("held"), "meetings are booked before they are held");
    }
}
