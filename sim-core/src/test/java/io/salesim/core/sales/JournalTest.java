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
    private static class Tally implements SalesJournal {
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
            count(opportunity < 0 ? "repeat ordered" : "ordered");
        }

        @Override
        public void orderClosed(double t, long opportunity, String outcome, double value) {
            count("order " + outcome);
        }
    }

    /**
     * Conservation from the journal alone: every opportunity opened is closed once (won, lost
     * or abandoned) or still open, every order placed ends once (delivered, cancelled or
     * lapsed) or is still open, and the counts the metrics report are the events counted
     * here. The production-constrained plan without the throttle cancels late orders, so
     * every way out is exercised.
     */
    @ParameterizedTest
    @ValueSource(strings = {"division-of-labour", "transition-factory-door-first", "production-constrained-no-throttle"})
    void everyOpportunityAndOrderEndsOnceByTheJournal(String preset) {
        SalesOrgSpec spec = SalesPresets.all().get(preset);
        Map<Long, String> opportunities = new HashMap<>();
        Map<Long, String> dealOrders = new HashMap<>();
        Tally tally = new Tally() {
            @Override
            public void opportunityOpened(double t, long opportunity, String source, boolean complex, String cluster, int salesperson) {
                assertEquals(null, opportunities.put(opportunity, "open"), "opened once: " + opportunity);
                super.opportunityOpened(t, opportunity, source, complex, cluster, salesperson);
            }

            @Override
            public void opportunityClosed(double t, long opportunity, String outcome, double value, int salesperson) {
                assertEquals("open", opportunities.put(opportunity, outcome), "closed once, after it opened: " + opportunity);
                super.opportunityClosed(t, opportunity, outcome, value, salesperson);
            }

            @Override
            public void orderPlaced(double t, long opportunity, double value, double promisedAtHours) {
                if (opportunity >= 0) {
                    assertEquals("won", opportunities.get(opportunity), "a deal's order follows its win");
                    assertEquals(null, dealOrders.put(opportunity, "open"), "one order per deal");
                }
                super.orderPlaced(t, opportunity, value, promisedAtHours);
            }

            @Override
            public void orderClosed(double t, long opportunity, String outcome, double value) {
                if (opportunity >= 0) {
                    assertEquals("open", dealOrders.put(opportunity, outcome), "a deal's order ends once: " + opportunity);
                }
                super.orderClosed(t, opportunity, outcome, value);
            }
        };
        var v = new SalesOrganisation(spec).journal(tally).run(Runs.SEED, 0).values();
        long stillOpen = opportunities.values().stream().filter("open"::equals).count();
        assertEquals(v.get("opportunities.created"), tally.get("opened"));
        assertEquals(v.get("opportunities.open"), stillOpen);
        assertEquals(tally.get("opened"), tally.get("won") + tally.get("lost") + tally.get("abandoned") + stillOpen);
        int placed = tally.get("ordered") + tally.get("repeat ordered");
        int ended = tally.get("order delivered") + tally.get("order cancelled") + tally.get("order lapsed");
        assertEquals(v.get("orders.created"), placed);
        assertEquals(v.get("orders.delivered"), tally.get("order delivered"));
        assertEquals(v.get("orders.cancelled"), tally.get("order cancelled"));
        assertEquals(v.get("orders.lapsed"), tally.get("order lapsed"));
        assertEquals(v.get("orders.open"), placed - ended);
        assertTrue(placed - ended >= 0 && tally.get("order delivered") > 0);
        if (preset.equals("production-constrained-no-throttle")) {
            assertTrue(tally.get("order cancelled") > 0, "a factory that falls behind loses late orders");
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
