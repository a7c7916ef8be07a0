package io.salesim.core.sales;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salesim.core.engine.ExperimentResult;
import io.salesim.core.engine.ReplicationResult;
import io.salesim.core.stats.Summary;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cost and risk (issue 9, item 5): travel priced trip by trip, field offices by head count,
 * illness cover taken from a named role's time, the replacement hire's starting pace, and
 * the seed's rule "Expenses cannot increase" checked week by week.
 */
class CostAndRiskTest {
    private static final int REPS = 8;
    private static final EconomicsSpec E = EconomicsSpec.defaults();

    /** The new model without illness or resignations: only the mechanism under test moves. */
    private static SalesOrgSpec newModel(int weeks, int warmup) {
        return SalesPresets.divisionOfLabour().withWeeks(weeks, warmup).withRisk(RiskSpec.none());
    }

    /** One trip the field team set off on, as the journal tells it. */
    private record Trip(double timeHours, double hours, boolean flight) {
    }

    private static List<Trip> trips(SalesOrganisation model, int replication, List<ReplicationResult> results) {
        List<Trip> trips = new ArrayList<>();
        model.journal(new SalesJournal() {
            @Override
            public void trip(double t, int salesperson, String from, String to, double hours, boolean flight) {
                trips.add(new Trip(t, hours, flight));
            }
        });
        results.add(model.run(Runs.SEED, replication));
        return trips;
    }

    /**
     * All the business is in one city {@code km} from the salespeople's base, and hops inside
     * it take no time: every trip is the one out from base at the start of a week (a drive of
     * km / 80 h up to 300 km, else a flight of 3 h + km / 700 h) or a hop of 0 h. So each week's
     * travel cost is exactly (trips out that week) × ($35 × those hours + $350 if flown).
     */
    @ParameterizedTest
    @ValueSource(doubles = {120, 1_000})
    void everyTripIsPricedAtItsHoursAndFare(double km) {
        GeographySpec oneCity = new GeographySpec(List.of(new GeographySpec.ClusterSpec("base", 0, 0, 0),
                new GeographySpec.ClusterSpec("city", km, 0, 1)), 300, 80, 3, 700, 0, "base");
        SalesOrgSpec spec = newModel(20, 0).withGeography(oneCity);
        boolean flown = km > 300;
        double hoursOut = flown ? 3 + km / 700 : km / 80;
        List<ReplicationResult> results = new ArrayList<>();
        List<Trip> trips = trips(new SalesOrganisation(spec), 0, results);
        double[] expected = new double[spec.horizonWeeks()];
        int out = 0;
        for (Trip trip : trips) {
            assertTrue(trip.hours() == 0 || trip.hours() == hoursOut, "a hop in the city or the trip out: " + trip);
            assertEquals(flown && trip.hours() > 0, trip.flight(), "flown exactly when the city is beyond 300 km: " + trip);
            if (trip.hours() > 0) {
                // a trip at the horizon itself counts in the last week, as the model's clock does
                int week = Math.min(expected.length - 1, (int) Math.floor(trip.timeHours() / 168.0));
                expected[week] += E.travelCostPerHour() * hoursOut + (flown ? E.costPerFlight() : 0);
                out++;
            }
        }
        assertTrue(out >= spec.horizonWeeks(), "trips out from base most weeks: " + out);
        assertArrayEquals(expected, results.get(0).weekly().get("finance.travel_cost_per_week"), 1e-9);
    }

    /**
     * A dearer fare changes nothing but the money, so on the same random numbers the travel
     * cost rises by exactly the fare's rise × the flights the journal counts; ad hoc
     * scheduling (each meeting in the next free slot, wherever it is) costs more travel a
     * week than coordinators' batched days.
     */
    @Test
    void travelCostRisesWithFlightsAndWithAdHocScheduling() {
        SalesOrgSpec batched = newModel(30, 4);
        SalesOrgSpec dearFlights = batched.withEconomics(E.withTravelCosts(E.travelCostPerHour(), 2 * E.costPerFlight()));
        List<ReplicationResult> cheap = new ArrayList<>();
        List<ReplicationResult> dear = new ArrayList<>();
        List<Trip> trips = trips(new SalesOrganisation(batched), 0, cheap);
        trips(new SalesOrganisation(dearFlights), 0, dear);
        long flights = trips.stream().filter(t -> t.flight() && t.timeHours() >= batched.warmupHours()).count();
        assertTrue(flights > 0, "the default geography has cities to fly to");
        double weeks = batched.horizonWeeks() - batched.warmupWeeks();
        double rise = dear.get(0).values().get("finance.travel_cost_per_week") - cheap.get(0).values().get("finance.travel_cost_per_week");
        assertEquals(E.costPerFlight() * flights / weeks, rise, 1e-6);
        assertEquals(cheap.get(0).values().get("sales.bd_meetings_per_week"), dear.get(0).values().get("sales.bd_meetings_per_week"));

        SalesOrgSpec adHoc = batched.withOperatingModel(batched.operatingModel().withScheduling(Scheduling.AD_HOC));
        Summary more = Runs.paired(Runs.run(batched, REPS), Runs.run(adHoc, REPS), "finance.travel_cost_per_week");
        assertTrue(more.ciLow() > 0, "ad hoc - batched travel cost a week " + more);
    }

    /**
     * An office per field location, one per field salesperson on staff: each week's office
     * cost is the week's mean field head count × $12,000 / 52, exactly, as resignations
     * (frequent here) open vacancies and replacements fill them.
     */
    @Test
    void officeCostIsTheFieldHeadCountTimesTheRate() {
        SalesOrgSpec spec = SalesPresets.traditional().withWeeks(52, 0)
                .withRisk(RiskSpec.none().withResignations(1, 8, 12, 0.3));
        for (ReplicationResult r : Runs.withWeekly(spec, 2)) {
            double[] people = r.weekly().get("role.field_sales.headcount");
            double[] office = r.weekly().get("finance.office_cost_per_week");
            double fewest = Double.POSITIVE_INFINITY;
            for (int w = 0; w < people.length; w++) {
                assertEquals(people[w] * E.fieldOfficeCostPerYear() / 52, office[w], 1e-9, "week " + w);
                fewest = Math.min(fewest, people[w]);
            }
            assertTrue(fewest < 10, "vacancies lower the head count in some week: " + fewest);
        }
    }

    /**
     * Frequent illness (10 spells a year of ~5 days per salesperson): covered by a project
     * leader, the project leaders' utilisation rises over the same firm without illness, and
     * over the same illness with nobody covering; with nobody covering, more of the
     * salespeople's work waits, and fewer meetings are held.
     */
    @Test
    void coverTakesTheCoveringRolesTimeAndWithoutItTheWorkWaits() {
        RiskSpec ill = RiskSpec.none().withIllness(10, 5).withCover("project_leader", 0.7);
        SalesOrgSpec healthy = newModel(52, 8);
        ExperimentResult none = Runs.run(healthy, REPS);
        ExperimentResult covered = Runs.run(healthy.withRisk(ill), REPS);
        ExperimentResult waiting = Runs.run(healthy.withRisk(ill.withCover(OperatingModelSpec.NOBODY, 0.7)), REPS);
        Summary busier = Runs.paired(none, covered, "role.project_leader.utilization");
        assertTrue(busier.ciLow() > 0, "project leaders: covered illness - no illness " + busier);
        Summary coverTime = Runs.paired(waiting, covered, "role.project_leader.utilization");
        assertTrue(coverTime.ciLow() > 0, "project leaders: covered - uncovered " + coverTime);
        Summary waits = Runs.paired(covered, waiting, "role.field_sales.queue_hours");
        assertTrue(waits.ciLow() > 0, "salespeople's work waiting: uncovered - covered " + waits);
        Summary meetings = Runs.paired(covered, waiting, "sales.bd_meetings_per_week");
        assertTrue(meetings.ciHigh() < 0, "meetings: uncovered - covered " + meetings);
    }

    /** The traditional firm has no project leader: the same illness covered by one, or by nobody, is the same run. */
    @Test
    void withNobodyInTheCoveringRoleNothingCovers() {
        SalesOrgSpec byProjectLeader = SalesPresets.traditional().withWeeks(30, 4);
        assertEquals("project_leader", byProjectLeader.risk().coverRole());
        assertEquals(0, byProjectLeader.roles().of("project_leader").headcount());
        SalesOrgSpec byNobody = byProjectLeader.withRisk(byProjectLeader.risk().withCover(OperatingModelSpec.NOBODY, 0.7));
        List<ReplicationResult> a = Runs.withWeekly(byProjectLeader, 2);
        List<ReplicationResult> b = Runs.withWeekly(byNobody, 2);
        for (int r = 0; r < a.size(); r++) {
            assertEquals(a.get(r).values(), b.get(r).values());
        }
    }

    /**
     * Salespeople resign twice a year and are replaced at once, ramping over 26 weeks: a
     * replacement who starts at 5% of full pace holds fewer meetings in those weeks than one
     * who starts at full pace (same resignations, same random numbers).
     */
    @Test
    void aSlowerStartForReplacementsLowersMeetings() {
        SalesOrgSpec base = newModel(52, 8);
        ExperimentResult slow = Runs.run(base.withRisk(RiskSpec.none().withResignations(2, 0, 26, 0.05)), REPS);
        ExperimentResult ready = Runs.run(base.withRisk(RiskSpec.none().withResignations(2, 0, 26, 1)), REPS);
        Summary meetings = Runs.paired(ready, slow, "sales.bd_meetings_per_week");
        assertTrue(meetings.ciHigh() < 0, "start at 0.05 - start at 1 " + meetings);
    }

    /**
     * Seed: "Expenses cannot increase". A firm without a plan never commits to more than it
     * started with — resignations only open vacancies, and replacements refill them — so no
     * week counts, in any replication, with the default illness and resignations.
     */
    @Test
    void aSteadyFirmNeverRaisesItsExpenses() {
        for (SalesOrgSpec spec : List.of(SalesPresets.traditional(), SalesPresets.divisionOfLabour().withPlan(List.of()))) {
            ExperimentResult r = Runs.run(spec.withWeeks(52, 13), 5);
            for (double weeks : r.values("finance.expense_above_start_weeks")) {
                assertEquals(0, weeks, spec.name());
            }
        }
    }

    /**
     * Two customer-service reps hired at plan week 10 with no lag (+$120k a year) lift the
     * committed expense above the start from run week 23 to the end: weeks 23–51 of a 52-week
     * run measured from week 13, 29 weeks, in every replication. Let go again at plan week 20,
     * only weeks 23–32 count: 10.
     */
    @Test
    void aHireRaisesExpensesForExactlyTheWeeksItIsOnThePayroll() {
        SalesOrgSpec base = SalesPresets.traditional().withWeeks(52, 13).withRisk(RiskSpec.none());
        PlanStep hire = new PlanStep.Hire(10, "customer_service", 2, 0, 0, 1);
        SalesOrgSpec kept = base.withPlan(List.of(hire));
        SalesOrgSpec letGo = base.withPlan(List.of(hire, new PlanStep.Attrition(20, "customer_service", 2)));
        for (double weeks : Runs.run(kept, 3).values("finance.expense_above_start_weeks")) {
            assertEquals(29, weeks);
        }
        for (double weeks : Runs.run(letGo, 3).values("finance.expense_above_start_weeks")) {
            assertEquals(10, weeks);
        }
    }
}
