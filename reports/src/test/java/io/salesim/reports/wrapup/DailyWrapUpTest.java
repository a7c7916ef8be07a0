package io.salesim.reports.wrapup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salesim.core.engine.ExperimentResult;
import io.salesim.core.engine.ReplicationResult;
import io.salesim.core.engine.ReplicationRunner;
import io.salesim.core.sales.SalesOrgSpec;
import io.salesim.core.sales.SalesOrganisation;
import io.salesim.core.sales.SalesPresets;
import io.salesim.reports.fixtures.Csv;
import io.salesim.reports.tables.ResultFiles;
import io.salesim.reports.tables.ResultTables;
import io.salesim.scenarios.SalesWrapUpSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/** The wrap-up of a chosen replication adds up to that replication's totals; every call has a purpose. */
class DailyWrapUpTest {
    private static final long SEED = 20_261_123L;
    private static final int REPLICATIONS = 3;
    /** The chosen replication (engine index; replication 3 in replications.csv). */
    private static final int CHOSEN = 2;
    private static final int HORIZON_WEEKS = 30;
    private static final int WARMUP_WEEKS = 4;

    private static SalesOrgSpec shortened(String preset) {
        return SalesPresets.all().get(preset).withWeeks(HORIZON_WEEKS, WARMUP_WEEKS);
    }

    private static double sum(Table table, String column) {
        return table.numberColumn(column).sum();
    }

    private static double sumAfterWarmup(Table table, String column) {
        Table after = table.where(table.booleanColumn("in_warmup").isFalse());
        return after.numberColumn(column).sum();
    }

    /**
     * Whole horizon for the totals the model keeps since time 0 (opportunities created, won,
     * lost, abandoned, contacted); the post-warm-up window for BD meetings, whose scalar is a
     * rate after warm-up — the wrap-up rows outside warm-up hold exactly those meetings.
     */
    @ParameterizedTest
    @ValueSource(strings = {"traditional", "division-of-labour", "transition-factory-door-first"})
    void wrapUpAddsUpToTheReplicationsTotals(String preset) {
        SalesOrgSpec spec = shortened(preset);
        ExperimentResult run = ReplicationRunner.run(() -> new SalesOrganisation(spec), REPLICATIONS, SEED, 2);
        ReplicationResult chosen = run.replications().get(CHOSEN);
        assertEquals(CHOSEN, chosen.replication());

        DailyWrapUp wrapUp = DailyWrapUp.replay(new SalesWrapUpSource(spec, CHOSEN, SEED));
        assertEquals(chosen.values(), wrapUp.result().values(), "the replay with a journal is the run's replication");

        Table w = wrapUp.wrapUp();
        Map<String, Double> v = chosen.values();
        assertEquals(v.get("opportunities.created"), sum(w, "new_opportunities"));
        assertEquals(v.get("opportunities.won"), sum(w, "closed_won"));
        assertEquals(v.get("opportunities.lost"), sum(w, "closed_lost"));
        assertEquals(v.get("opportunities.abandoned"),
                sum(w, "cancellations") + sum(w, "unreachable_prospects") + sum(w, "gone_cold") + sum(w, "no_slot_agreed"));
        assertEquals(v.get("opportunities.no_slot_agreed"), sum(w, "no_slot_agreed"));
        assertEquals(v.get("opportunities.contacted"), sum(w, "prospects_reached"));
        assertEquals(v.get("opportunities.chases_ended") - v.get("opportunities.contacted"), sum(w, "unreachable_prospects"));
        double meetingsAfterWarmup = v.get("sales.bd_meetings_per_week") * (HORIZON_WEEKS - WARMUP_WEEKS);
        assertEquals(meetingsAfterWarmup, sumAfterWarmup(w, "meetings_held"), 1e-6);
        assertTrue(meetingsAfterWarmup > 0);
        // the replay's weekly series covers the whole horizon, warm-up included
        double meetingsAllWeeks = Arrays.stream(wrapUp.result().weekly().get("sales.bd_meetings_per_week")).sum();
        assertEquals(meetingsAllWeeks, sum(w, "meetings_held"), 1e-6);
        assertTrue(sum(w, "meetings_set") >= sum(w, "meetings_held") - 1e-9, "every meeting held was set first");
        // presets: salespeople book their own, or 2 coordinators do (division of labour, and the transition after its switch)
        assertTrue(Set.of(People.SELF, "coordinator-1", "coordinator-2").containsAll(w.stringColumn("coordinator").asSet()),
                w.stringColumn("coordinator").asSet().toString());
        assertFalse(String.join(",", w.stringColumn("salesperson").asSet()).contains("left"), "rows name people on the team");
        for (Row row : w) {
            assertEquals(row.getInt("closed_won"), row.getString("expected_payment_dates").isEmpty() ? 0
                    : row.getString("expected_payment_dates").split(";").length, "one expected payment day per deal won");
        }
    }

    @Test
    void oneRowPerWorkingDayAndSalesperson() {
        SalesOrgSpec spec = shortened("traditional");
        Table w = DailyWrapUp.replay(new SalesWrapUpSource(spec, CHOSEN, SEED)).wrapUp();
        // every working day of 30 weeks × 5 has rows, 4 weeks of them in warm-up; never a weekend row
        assertEquals(HORIZON_WEEKS * 5, w.longColumn("day").unique().size());
        assertEquals(WARMUP_WEEKS * 5, w.where(w.booleanColumn("in_warmup").isTrue()).longColumn("day").unique().size());
        assertEquals(Set.of("Mon", "Tue", "Wed", "Thu", "Fri"), Set.copyOf(w.stringColumn("weekday").asList()));
        // 10 salespeople a day, fewer between a resignation and its replacement (seed: ~ one a year each)
        assertTrue(w.rowCount() <= HORIZON_WEEKS * 5 * 10 && w.rowCount() > HORIZON_WEEKS * 5 * 9, "rows: " + w.rowCount());
        assertEquals(Set.of(People.SELF), Set.copyOf(w.stringColumn("coordinator").asList()), "traditional: salespeople book their own");

        Table d = DailyWrapUp.replay(new SalesWrapUpSource(shortened("division-of-labour"), CHOSEN, SEED)).wrapUp();
        // 2 salespeople, a coordinator each
        assertEquals(Set.of("coordinator-1", "coordinator-2"), Set.copyOf(d.stringColumn("coordinator").asList()));
        assertTrue(d.rowCount() <= HORIZON_WEEKS * 5 * 2, "rows: " + d.rowCount());
    }

    @Test
    void campaignsPutCampaignFollowUpsOnTheList() {
        // the factory-door-first plan starts campaigns 48 weeks after the warm-up
        SalesOrgSpec spec = SalesPresets.transitionFactoryDoorFirst().withWeeks(60, WARMUP_WEEKS);
        Table calls = DailyWrapUp.replay(new SalesWrapUpSource(spec, CHOSEN, SEED)).callList();
        Table campaign = calls.where(calls.stringColumn("call_type").isEqualTo("campaign_follow_up"));
        assertTrue(campaign.rowCount() > 0);
        assertTrue(campaign.intColumn("week").min() > WARMUP_WEEKS + 48);
        assertTrue(campaign.stringColumn("purpose").get(0).contains("campaign"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"traditional", "division-of-labour", "transition-factory-door-first"})
    void everyCallHasAPurposeAndAValidAttempt(String preset) {
        SalesOrgSpec spec = shortened(preset);
        Table calls = DailyWrapUp.replay(new SalesWrapUpSource(spec, CHOSEN, SEED)).callList();
        assertTrue(calls.rowCount() > 0);
        // the most persistent operating model a preset uses: division of labour, 12 attempts
        int maxAttempts = 12;
        Set<String> types = Set.of("opportunity_follow_up", "campaign_follow_up", "zone_rotation", "thank_you");
        for (Row call : calls) {
            assertTrue(call.getString("purpose").startsWith("The purpose of my call is "), call.getString("purpose"));
            assertTrue(call.getString("purpose").length() > 40, "a purpose, not a formula");
            assertTrue(types.contains(call.getString("call_type")), call.getString("call_type"));
            int attempt = call.getInt("attempt");
            boolean followUp = call.getString("call_type").endsWith("follow_up");
            assertTrue(attempt >= 1 && attempt <= (followUp ? maxAttempts : 1), "attempt " + attempt);
            assertFalse(call.getString("caller").isBlank());
            assertTrue(call.getLong("due_day") <= call.getLong("day"), "due by the day it is listed");
            assertEquals(!call.getString("call_type").equals("thank_you"), call.getBoolean("simulated"));
        }
        Table zone = calls.where(calls.stringColumn("call_type").isEqualTo("zone_rotation"));
        // OperatingModelSpec.divisionOfLabour(): batched scheduling, booking horizon 4 weeks; traditional: ad hoc
        String when = preset.equals("division-of-labour") ? "within the next 4 weeks" : "at the next opening in my diary";
        assertTrue(zone.stringColumn("purpose").get(0).contains(when), zone.stringColumn("purpose").get(0));
        Set<String> present = Set.copyOf(calls.stringColumn("call_type").asList());
        assertTrue(present.containsAll(Set.of("opportunity_follow_up", "zone_rotation", "thank_you")), present.toString());
    }

    /** As a user checks it: wrap-up.csv of replication 2 against replications.csv rows of replication 2 (both files read back). */
    @Test
    void theFilesAgreeWithReplicationsCsv(@TempDir Path dir) throws Exception {
        SalesOrgSpec spec = shortened("division-of-labour");
        ExperimentResult run = ReplicationRunner.run(() -> new SalesOrganisation(spec), REPLICATIONS, SEED, 2);
        ResultFiles.writeCsv(ResultTables.replications(spec.name(), run), dir.resolve(ResultFiles.REPLICATIONS));
        int rep = 2; // as numbered in replications.csv and by --wrap-up
        DailyWrapUp.replay(new SalesWrapUpSource(spec, rep - 1, SEED)).writeInto(dir);

        Table replications = Csv.read(dir.resolve(ResultFiles.REPLICATIONS));
        Table mine = replications.where(replications.intColumn("replication").isEqualTo(rep));
        Map<String, Double> values = new HashMap<>();
        for (Row row : mine) {
            values.put(row.getString("metric"), row.getDouble("value"));
        }
        Table w = Csv.read(dir.resolve(DailyWrapUp.WRAP_UP));
        assertEquals(values.get("opportunities.created"), sum(w, "new_opportunities"));
        assertEquals(values.get("opportunities.won"), sum(w, "closed_won"));
        // replications.csv prints 10 significant digits
        assertEquals(values.get("sales.bd_meetings_per_week") * (HORIZON_WEEKS - WARMUP_WEEKS), sumAfterWarmup(w, "meetings_held"), 1e-6);
        assertTrue(Files.size(dir.resolve(DailyWrapUp.CALL_LIST)) > 0);
    }

    @Test
    void csvFilesHaveTheDocumentedHeaders(@TempDir Path dir) throws Exception {
        DailyWrapUp wrapUp = DailyWrapUp.replay(new SalesWrapUpSource(shortened("division-of-labour"), 0, SEED));
        wrapUp.writeInto(dir);
        assertEquals("day,week,date,plan_week,weekday,in_warmup,salesperson,coordinator,new_opportunities,calls_made,prospects_reached,"
                        + "meetings_set,meetings_held,travel_hours,closed_won,closed_value_usd,expected_payment_dates,closed_lost,"
                        + "cancellations,unreachable_prospects,gone_cold,no_slot_agreed,throttled_bookings",
                Files.readAllLines(dir.resolve(DailyWrapUp.WRAP_UP), StandardCharsets.UTF_8).get(0));
        assertEquals("day,week,date,plan_week,weekday,call_type,attempt,opportunity,cluster,salesperson,caller,due_day,due_date,"
                        + "purpose,simulated",
                Files.readAllLines(dir.resolve(DailyWrapUp.CALL_LIST), StandardCharsets.UTF_8).get(0));
        assertEquals(String.join(",", WrapUpTables.WRAP_UP_COLUMNS), Files.readAllLines(dir.resolve(DailyWrapUp.WRAP_UP)).get(0));
        assertEquals(String.join(",", WrapUpTables.CALL_LIST_COLUMNS), Files.readAllLines(dir.resolve(DailyWrapUp.CALL_LIST)).get(0));
        assertEquals(String.join(",", WrapUpTables.DEALS_COLUMNS), Files.readAllLines(dir.resolve(DailyWrapUp.DEALS)).get(0));
        Table back = Csv.read(dir.resolve(DailyWrapUp.WRAP_UP));
        assertEquals(wrapUp.wrapUp().rowCount(), back.rowCount());
    }
}
