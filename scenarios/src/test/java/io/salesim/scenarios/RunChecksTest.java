package io.salesim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salesim.core.diagnostics.Diagnostic;
import io.salesim.core.diagnostics.OfferedLoad;
import io.salesim.core.diagnostics.Window;
import io.salesim.core.engine.ExperimentResult;
import io.salesim.core.engine.Model;
import io.salesim.core.engine.SequentialReplications;
import io.salesim.scenarios.experiments.Precision;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What scenarios tell the diagnostics: offered loads worked out by hand, the steady window of a plan, the precision claim. */
class RunChecksTest {

    static Scenario line(String interarrival, String servers, String calendar) throws ScenarioException {
        return ScenarioLoader.parse(new ScenarioSource("line.yaml", "kind: flow-line\nname: line\n"
                + "horizon: {weeks: 20, warmup_weeks: 0}\n" + calendar
                + "arrivals: {interarrival: {exponential: {mean: " + interarrival + "}}, batch_size: {constant: 2}}\n"
                + "stations:\n  - {name: a, servers: " + servers + ", process_time: {exponential: {mean: 1.5}}}\n"
                + "  - {name: b, servers: 1, process_time: {constant: 0.2}}\n"));
    }

    @Test
    void offeredLoadIsArrivalsTimesWorkOverTheServersWorkingShare() throws ScenarioException {
        // batches of 2 every 4 h: 0.5 items/h; a: 0.5 × 1.5 h ÷ 1 server = 0.75; b: 0.5 × 0.2 = 0.1
        OfferedLoad a = line("4", "1", "").offeredLoads().get("station.a");
        assertEquals(0.75, a.load(), 1e-12);
        assertEquals(0.1, line("4", "1", "").offeredLoads().get("station.b").load(), 1e-12);
        // two servers halve it; working 12 h a day, 7 days a week (half the hours) doubles it
        assertEquals(0.375, line("4", "2", "").offeredLoads().get("station.a").load(), 1e-12);
        assertEquals(1.5, line("4", "1", "calendar: {hours_per_day: 12, days_per_week: 7}\n").offeredLoads()
                .get("station.a").load(), 1e-12);
    }

    @Test
    void aSalesPlansSteadyWindowEndsAtItsFirstStep() throws ScenarioException {
        Scenario traditional = ScenarioLoader.load("traditional");
        Window untilHorizon = traditional.steadyWindow();
        assertTrue(untilHorizon.atHorizon());
        assertEquals(26 * Model.HOURS_PER_WEEK, untilHorizon.warmupHours());
        assertEquals(130 * Model.HOURS_PER_WEEK, untilHorizon.untilHours());
        Window transition = ScenarioLoader.load("transition-factory-door-first").steadyWindow();
        assertFalse(transition.atHorizon());
        assertEquals(transition.warmupHours(), transition.untilHours(), "its first step is at plan week 0");
    }

    @Test
    void theClaimNamesTheWarningThatStandsForTheLimitingMetric() throws ScenarioException {
        // M/M/1 at ρ = 0.95 started empty, no warm-up: the intervals narrow to 5% around a mean that is low
        Scenario scenario = ScenarioLoader.parse(new ScenarioSource("empty.yaml", "kind: flow-line\nname: empty\n"
                + "horizon: {weeks: 20, warmup_weeks: 0}\narrivals: {interarrival: {exponential: {mean: 1.0526316}}}\n"
                + "stations:\n  - {name: server, servers: 1, process_time: {exponential: {mean: 1.0}}}\n"));
        Precision precision = new Precision(0.05, 10, 1000);
        RunChecks checks = RunChecks.of(scenario);
        SequentialReplications.Outcome outcome = precision.run(scenario, 1, 2, (d, t) -> { }, () -> false, checks);
        List<Diagnostic> warnings = checks.judge(outcome.result());
        Precision.Claim claim = precision.claim(outcome, scenario, checks, warnings);
        assertTrue(claim.reached(), "the widths are within 5%");
        assertFalse(claim.claimed(), warnings.toString());
        assertEquals(outcome.limitingMetric(), claim.blockedMetric());
        assertEquals(Diagnostic.Code.WARMUP_TOO_SHORT, claim.blocking().code());
    }

    @Test
    void theClaimStandsOnAStableRun() throws ScenarioException {
        Scenario mmc = ScenarioLoader.load("mmc");
        Precision precision = new Precision(0.05, 5, 200);
        RunChecks checks = RunChecks.of(mmc);
        SequentialReplications.Outcome outcome = precision.run(mmc, 1, 2, (d, t) -> { }, () -> false, checks);
        ExperimentResult result = outcome.result();
        List<Diagnostic> warnings = checks.judge(result);
        assertEquals(List.of(), warnings);
        assertTrue(precision.claim(outcome, mmc, checks, warnings).claimed());
    }
}
