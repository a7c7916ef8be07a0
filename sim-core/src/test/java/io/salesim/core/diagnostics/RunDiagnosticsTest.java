package io.salesim.core.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salesim.core.diagnostics.Diagnostic.Code;
import io.salesim.core.engine.ExperimentResult;
import io.salesim.core.engine.Meaning;
import io.salesim.core.engine.Model;
import io.salesim.core.engine.QueueMetrics;
import io.salesim.core.engine.ReplicationResult;
import io.salesim.core.engine.ReplicationRunner;
import io.salesim.core.flow.ClassicLines;
import io.salesim.core.flow.FlowLine;
import io.salesim.core.flow.FlowLineSpec;
import io.salesim.core.stats.Summary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Run diagnostics on queues whose behaviour theory knows: M/M/1 at ρ ≥ 1 has no steady state;
 * M/M/1 at ρ = 0.95 relaxes over ≈ 1/(μ(1 − √ρ)²) ≈ 1,560 h ≈ 9 weeks, so a run that starts
 * empty and drops nothing is biased low for weeks; at ρ = 0.8 it relaxes in ≈ 90 h, so a
 * 2-week warm-up is ample and the intervals cover Wq = ρ/(μ − λ) = 4 h at their stated rate.
 */
class RunDiagnosticsTest {
    private static final double WEEK = Model.HOURS_PER_WEEK;

    /** The diagnostics of {@code replications} of {@code spec} with base seed {@code seed}, and the run. */
    record Judged(ExperimentResult result, List<Diagnostic> warnings) {
        boolean has(Code code, String subject) {
            return warnings.stream().anyMatch(w -> w.code() == code && w.subject().equals(subject));
        }

        boolean anyBiasing() {
            return warnings.stream().anyMatch(w -> w.code().biasesMeans());
        }
    }

    static Judged judge(FlowLineSpec spec, int replications, long seed) {
        Window window = new Window(spec.warmupHours(), spec.horizonHours(), true);
        List<QueueMetrics> queues = new FlowLine(spec).queues();
        QueueSeries series = new QueueSeries(window, queues.stream().map(QueueMetrics::length).toList());
        ExperimentResult result = ReplicationRunner.run(() -> new FlowLine(spec), replications, seed, 2,
                ReplicationRunner.Progress.NONE, () -> false, series);
        return new Judged(result, RunDiagnostics.judge(result, queues, window, Map.of(), series));
    }

    @Test
    void everyFlowLineQueueIsDeclaredWithItsLittleTriple() {
        List<QueueMetrics> queues = new FlowLine(ClassicLines.mm1(0.8, 1, 10 * WEEK, WEEK)).queues();
        assertEquals(List.of(new QueueMetrics("station.server", "station.server.queue_length",
                        "station.server.queue_departures_per_week", "station.server.wait_hours"),
                new QueueMetrics("system", "system.wip", "system.throughput_per_week", "system.time_in_system_hours")), queues);
    }

    @Test
    void queuesAtOrAboveCapacityAreUnstableFromTheirRiseAlone() {
        // no offered load is given here: the rise through the run must tell on its own
        for (double lambda : new double[] {1.0, 1.2}) {
            Judged judged = judge(ClassicLines.mm1(lambda, 1, 20 * WEEK, 2 * WEEK), 30, 5);
            assertTrue(judged.has(Code.UNSTABLE_QUEUE, "station.server"), "ρ = " + lambda + ": " + judged.warnings());
            assertTrue(judged.has(Code.UNSTABLE_QUEUE, "system"), "ρ = " + lambda + ": " + judged.warnings());
        }
    }

    @Test
    void anOfferedLoadOfOneIsUnstableBeforeAnyDataIsLookedAt() {
        FlowLineSpec spec = ClassicLines.mm1(0.8, 1, 10 * WEEK, WEEK);
        Window window = new Window(spec.warmupHours(), spec.horizonHours(), true);
        List<QueueMetrics> queues = new FlowLine(spec).queues();
        QueueSeries series = new QueueSeries(window, List.of());
        ExperimentResult result = ReplicationRunner.run(() -> new FlowLine(spec), 5, 1, 1, ReplicationRunner.Progress.NONE,
                () -> false, series);
        List<Diagnostic> warnings = RunDiagnostics.judge(result, queues, window,
                Map.of("station.server", new OfferedLoad("station.server", 1.0, "1 items/h x 1 h ÷ (1 server(s))")), series);
        Diagnostic unstable = warnings.get(0);
        assertEquals(Code.UNSTABLE_QUEUE, unstable.code());
        assertEquals(1.0, unstable.evidence().get("offered_load"));
    }

    @Test
    void aRunThatStartsEmptyNearSaturationIsWarnedItsWarmupIsTooShort() {
        // ρ = 0.95 from empty, no warm-up, 20 weeks: about two relaxation times, the first weeks far below Lq = 18.05
        Judged judged = judge(ClassicLines.mm1(0.95, 1, 20 * WEEK, 0), 30, 3);
        assertTrue(judged.has(Code.WARMUP_TOO_SHORT, "station.server"), judged.warnings().toString());
        Diagnostic warning = judged.warnings().stream().filter(w -> w.code() == Code.WARMUP_TOO_SHORT).findFirst().orElseThrow();
        assertTrue((int) warning.evidence().get("suggested_warmup_weeks") >= 1, warning.toString());
        assertTrue((double) warning.evidence().get("early_weeks_mean") < (double) warning.evidence().get("later_weeks_mean"),
                "an empty start is below the level it rises to: " + warning);
    }

    @Test
    void aStableRunWithAnAmpleWarmupCoversTheTruthAtItsRateAndIsRarelyWarned() {
        // 40 independent runs (base seeds) of 10 replications: a 95% interval misses Wq = 4 h in 2 runs on average;
        // 8 or more misses has probability < 0.1% (binomial(40, 0.05)). Each of the three tests that can warn a
        // stable queue has a 5% family-wise level, so a run is warned at most ~15% of the time: 13 or more of 40
        // has probability < 0.5% (binomial(40, 0.15)).
        FlowLineSpec spec = ClassicLines.mm1(0.8, 1, 20 * WEEK, 2 * WEEK);
        int runs = 40;
        int misses = 0;
        int warned = 0;
        for (int seed = 1; seed <= runs; seed++) {
            Judged judged = judge(spec, 10, 1000 + seed);
            if (!Summary.of(judged.result().values("station.server.wait_hours")).covers(4.0)) {
                misses++;
            }
            if (judged.anyBiasing()) {
                warned++;
            }
        }
        assertTrue(misses < 8, misses + " of " + runs + " intervals missed Wq = 4 h");
        assertTrue(warned < 13, warned + " of " + runs + " stable runs were warned");
    }

    @Test
    void theWarningRateRisesAsTheWarmupShrinksNearSaturation() {
        // response, not a point: the same ρ = 0.95 queue judged with no warm-up (biased low: its 95% intervals
        // cover Wq = 19 h in about 65% of runs) and with a warm-up of 12 weeks, over 20 runs; and with 100
        // replications a run, where the same bias is plainer against narrower intervals
        int runs = 20;
        int[] warned = new int[3];
        for (int seed = 1; seed <= runs; seed++) {
            warned[0] += judge(ClassicLines.mm1(0.95, 1, 20 * WEEK, 0), 30, 2000 + seed).anyBiasing() ? 1 : 0;
            warned[1] += judge(ClassicLines.mm1(0.95, 1, 40 * WEEK, 12 * WEEK), 30, 2000 + seed).anyBiasing() ? 1 : 0;
            warned[2] += judge(ClassicLines.mm1(0.95, 1, 20 * WEEK, 0), 100, 2000 + seed).anyBiasing() ? 1 : 0;
        }
        String counts = "warned of " + runs + ": no warm-up " + warned[0] + ", 12-week warm-up " + warned[1]
                + ", no warm-up with 100 replications " + warned[2];
        System.out.println(counts);
        assertTrue(warned[0] > warned[1], counts);
        assertTrue(warned[2] > warned[0], counts);
    }

    @Test
    void tooFewWeeksAfterTheWarmupCannotBeJudgedAndPartialMetricsAreNamed() {
        // one week, 0.99 of it warm-up: 1.7 h left, in which some replications see no departure at all
        Judged judged = judge(ClassicLines.mm1(0.9, 1, WEEK, 0.99 * WEEK), 30, 1);
        assertTrue(judged.has(Code.SHORT_WINDOW, "system"), judged.warnings().toString());
        Diagnostic partial = judged.warnings().stream()
                .filter(w -> w.code() == Code.MISSING_VALUES && w.subject().equals("station.server.wait_hours"))
                .findFirst().orElseThrow(() -> new AssertionError(judged.warnings().toString()));
        int with = (int) partial.evidence().get("replications_with_value");
        assertEquals(with, Summary.of(judged.result().values("station.server.wait_hours")).n());
        assertTrue(with < 30);
    }

    @Test
    void aQueueWhoseLengthIsNotArrivalsTimesWaitFailsLittlesLaw() {
        // built by hand: L = 10 in every replication, but 168 departures a week (1/h) of 8 h each give λW = 8
        List<ReplicationResult> replications = new ArrayList<>();
        for (int r = 0; r < 10; r++) {
            Map<String, Double> values = new LinkedHashMap<>();
            values.put("q.queue_length", 10.0 + 0.1 * (r % 3));
            values.put("q.departures", 168.0);
            values.put("q.wait_hours", 8.0);
            replications.add(new ReplicationResult(r, values, Map.of(), 0));
        }
        Map<String, Meaning> meanings = new LinkedHashMap<>();
        meanings.put("q.queue_length", Meaning.lower("items"));
        meanings.put("q.departures", Meaning.neutral("items/week"));
        meanings.put("q.wait_hours", Meaning.lower("hours"));
        ExperimentResult result = new ExperimentResult("hand", 1, replications, meanings, Map.of(), true);
        QueueMetrics queue = new QueueMetrics("q", "q.queue_length", "q.departures", "q.wait_hours");
        Window window = new Window(0, 10 * WEEK, true);
        List<Diagnostic> warnings = RunDiagnostics.judge(result, List.of(queue), window, Map.of(),
                new QueueSeries(window, List.of()));
        assertEquals(1, warnings.size(), warnings.toString());
        assertEquals(Code.LITTLES_LAW, warnings.get(0).code());
        assertEquals(8.0, warnings.get(0).evidence().get("rate_times_time"));
    }

    @Test
    void aStableLineKeepsLittlesLawOnEveryQueue() {
        Judged judged = judge(ClassicLines.mm1(0.8, 1, 60 * WEEK, 2 * WEEK), 20, 9);
        assertTrue(judged.warnings().stream().noneMatch(w -> w.code() == Code.LITTLES_LAW), judged.warnings().toString());
    }

    @Test
    void aWarningStandsForItsSubjectsMetricsAndForTotalsButNotForAnotherQueue() {
        Diagnostic station = new Diagnostic(Code.WARMUP_TOO_SHORT, "station.a", "m", Map.of());
        List<String> subjects = List.of("station.a", "station.b", "system");
        assertTrue(station.standsFor("station.a.wait_hours", subjects));
        assertTrue(station.standsFor("finance.cumulative_net", subjects));
        assertTrue(!station.standsFor("station.b.wait_hours", subjects));
        assertTrue(new Diagnostic(Code.UNSTABLE_QUEUE, "system", "m", Map.of()).standsFor("station.b.wait_hours", subjects));
        Diagnostic missing = new Diagnostic(Code.MISSING_VALUES, "station.a.wait_hours", "m", Map.of());
        assertTrue(missing.standsFor("station.a.wait_hours", subjects));
        assertTrue(!missing.standsFor("station.a.queue_length", subjects));
    }
}
