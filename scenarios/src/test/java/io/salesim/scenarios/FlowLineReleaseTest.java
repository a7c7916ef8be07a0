package io.salesim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salesim.core.engine.ExperimentResult;
import io.salesim.core.engine.ReplicationRunner;
import io.salesim.core.flow.FlowLineSpec;
import io.salesim.scenarios.experiments.Overrides;
import io.salesim.scenarios.experiments.Setting;
import io.salesim.scenarios.experiments.Sweep;
import io.salesim.scenarios.flow.FlowLineScenario;
import io.salesim.scenarios.schema.KeyPath;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** How work enters a flow line from a file: {@code arrivals: saturated} and {@code release: {conwip: W}}, and the bundled Penny Fab. */
class FlowLineReleaseTest {
    /** A valid closed line; each bad case breaks one line of it. Line numbers below refer to this layout. */
    private static final String CLOSED = """
            kind: flow-line
            name: line
            horizon: {weeks: 10, warmup_weeks: 1}
            calendar: {hours_per_day: 24, days_per_week: 7}
            release: {conwip: 3}
            stations:
              - name: a
                process_time: {exponential: {mean: 0.5}}
              - name: b
                buffer: 3
                process_time: {constant: 1}
            """;
    private static final String SATURATED = CLOSED.replace("release: {conwip: 3}", "arrivals: saturated");

    static Stream<Arguments> cases() {
        String arrivalsAllowed = "saturated (the first station always has work), or the arrivals: a mapping with keys interarrival, batch_size";
        String either = "either arrivals (an arrival stream, or saturated) or release: {conwip: W} (a closed line of W items)";
        return Stream.of(
                Arguments.of("a misspelt saturated", SATURATED, "arrivals: saturated", "arrivals: saturate",
                        "bad.yaml:5: arrivals: found \"saturate\"; allowed \"saturated\" (closest match) or " + arrivalsAllowed),
                Arguments.of("a number for arrivals", SATURATED, "arrivals: saturated", "arrivals: 3",
                        "bad.yaml:5: arrivals: found 3; allowed " + arrivalsAllowed),
                Arguments.of("a WIP of zero", CLOSED, "{conwip: 3}", "{conwip: 0}",
                        "bad.yaml:5: release.conwip: found 0; allowed a whole number >= 1"),
                Arguments.of("a fractional WIP", CLOSED, "{conwip: 3}", "{conwip: 2.5}",
                        "bad.yaml:5: release.conwip: found 2.5; allowed a whole number >= 1"),
                Arguments.of("a misspelt conwip", CLOSED, "{conwip: 3}", "{conwp: 3}",
                        "bad.yaml:5: release.conwp: found unknown key \"conwp\" in the release; allowed \"conwip\" (closest match) or one of conwip"
                                + "\nbad.yaml:5: release.conwip: found nothing; allowed a whole number >= 1"),
                Arguments.of("release as a number", CLOSED, "release: {conwip: 3}", "release: 3",
                        "bad.yaml:5: release: found 3; allowed the release: a mapping with keys conwip"),
                Arguments.of("both arrivals and release", CLOSED, "release: {conwip: 3}",
                        "arrivals: {interarrival: {constant: 1}}\nrelease: {conwip: 3}",
                        "bad.yaml:6: release: found release beside arrivals (line 5); allowed " + either + ", not both"),
                Arguments.of("neither arrivals nor release", CLOSED, "release: {conwip: 3}\n", "",
                        "bad.yaml:1: arrivals: found nothing; allowed " + either),
                Arguments.of("a saturated station that takes no time", SATURATED, "{exponential: {mean: 0.5}}", "{constant: 0}",
                        "bad.yaml:8: stations[0].process_time: found {constant: 0}; allowed a process time with a mean > 0 on the first "
                                + "station of a saturated line"),
                Arguments.of("a closed line that takes no time", CLOSED.replace("{constant: 1}", "{constant: 0}"),
                        "{exponential: {mean: 0.5}}", "{constant: 0}",
                        "bad.yaml:8: stations[0].process_time: found {constant: 0}; allowed a process time with a mean > 0 on some "
                                + "station of a closed (CONWIP) line"),
                Arguments.of("a WIP too large to hold", CLOSED, "{conwip: 3}", "{conwip: 2000000}",
                        "bad.yaml:5: release.conwip: found 2000000; allowed a whole number in [1, 1000000]"),
                Arguments.of("a closed line too fast to hold", CLOSED.replace("{constant: 1}", "{constant: 0.0001}"),
                        "{exponential: {mean: 0.5}}", "{exponential: {mean: 0.0001}}",
                        "bad.yaml:3: horizon.weeks: found about 1.68e+07 items per replication (a WIP of 3, then 10 weeks at "
                                + "a bottleneck rate of 1.00e+04 items/h); allowed at most 10,000,000 items per replication: a shorter horizon or lower rates"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusesWithFileLineKeyPathFoundAndAllowed(String rule, String valid, String original, String broken, String expected) {
        assertTrue(valid.contains(original), rule);
        String text = valid.replace(original, broken);
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(new ScenarioSource("bad.yaml", text)));
        assertEquals(expected, e.getMessage());
        assertEquals(expected.lines().count(), e.problems().size());
    }

    @Test
    void readsTheReleaseModes() throws Exception {
        FlowLineScenario closed = (FlowLineScenario) ScenarioLoader.parse(new ScenarioSource("closed.yaml", CLOSED));
        assertEquals(new FlowLineSpec.Conwip(3), closed.spec().release());
        assertTrue(closed.keyParameters().get("release").contains("fixed WIP of 3"), closed.keyParameters().toString());
        // r_b = min(1/0.5, 1/1) = 1 an hour; T0 = 1.5 h; the most a closed line can deliver is W + horizon × r_b
        assertEquals(3 + 10 * 168 * 1.0, closed.workload().itemsPerReplication(), 1e-9);
        assertEquals("horizon.weeks", closed.workload().keyPath());
        assertEquals(2, closed.sizableRoles(0.85).size(), "every station of a closed line can be sized");

        FlowLineScenario saturated = (FlowLineScenario) ScenarioLoader.parse(new ScenarioSource("saturated.yaml", SATURATED));
        assertInstanceOf(FlowLineSpec.Saturated.class, saturated.spec().release());
        // the first station starts 1 / 0.5 h = 2 items an hour
        assertEquals(10 * 168 * 2.0, saturated.workload().itemsPerReplication(), 1e-9);
        assertEquals(List.of("b"), saturated.sizableRoles(0.85).stream().map(SizableRole::name).toList(),
                "a saturated first station is busy whatever its servers: not sized");
        assertTrue(saturated.keyParameters().get("arrivals").startsWith("saturated"), saturated.keyParameters().toString());
    }

    @Test
    void resolvingKeepsTheReleaseAndSetChangesTheWip() throws Exception {
        for (String text : List.of(CLOSED, SATURATED)) {
            Scenario scenario = ScenarioLoader.parse(new ScenarioSource("line.yaml", text));
            Scenario again = ScenarioLoader.parse(new ScenarioSource("line.resolved.yaml", ScenarioLoader.resolvedYaml(scenario)));
            assertEquals(((FlowLineScenario) scenario).spec().release(), ((FlowLineScenario) again).spec().release());
        }
        Scenario penny = ScenarioLoader.load("penny-fab");
        Scenario seven = Overrides.apply(penny, Map.of(KeyPath.parse("release.conwip"), "7"));
        assertEquals(new FlowLineSpec.Conwip(7), ((FlowLineScenario) seven).spec().release());
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> Overrides.apply(penny, Map.of(KeyPath.parse("release.conwip"), "0")));
        assertEquals("--set release.conwip=0: release.conwip: found 0; allowed a whole number >= 1", e.getMessage());
    }

    /**
     * The bundled Penny Fab (2 h on each of four machines: r_b = 0.5/h, T0 = 8 h) over a sweep of
     * W, as {@code salesim sweep penny-fab --set release.conwip=...} runs it: deterministic
     * process times give Factory Physics' best case, TH = min(W/T0, r_b) and CT = max(T0, W/r_b),
     * with the WIP at W and Little's law exact. Departures fall on even hours, as do the ends of
     * the 11-week window (168 h, 2016 h): at most the one departure at an end instant may be
     * counted beyond the window's whole cycles (issue 13's boundary rule decides which end), so
     * throughput lies in [TH, TH + 1/11] a week.
     */
    @Test
    void pennyFabGivesTheBestCaseAtEveryWip() throws Exception {
        Scenario penny = ScenarioLoader.load("penny-fab");
        assertEquals(new FlowLineSpec.Conwip(4), ((FlowLineScenario) penny).spec().release(), "bundled at the critical WIP W0 = 4");
        List<String> wips = List.of("1", "2", "3", "4", "5", "6", "8", "10", "12");
        Setting setting = new Setting(KeyPath.parse("release.conwip"), wips);
        List<Sweep.Point> points = Sweep.points(penny, List.of(setting));
        Sweep.Result sweep = Sweep.run(List.of(setting), points, new RunOptions(2, 1, 2), ReplicationRunner.Progress.NONE, () -> false);
        double windowWeeks = 11;
        for (int p = 0; p < points.size(); p++) {
            int w = Integer.parseInt(wips.get(p));
            ExperimentResult result = sweep.results().get(p);
            double bestPerWeek = Math.min(w / 8.0, 0.5) * 168;
            double bestCycleHours = Math.max(8, w / 0.5);
            for (int r = 0; r < result.replications().size(); r++) {
                double throughput = result.values("system.throughput_per_week")[r];
                double cycle = result.values("system.time_in_system_hours")[r];
                double wip = result.values("system.wip")[r];
                assertTrue(throughput >= bestPerWeek - 1e-9 && throughput <= bestPerWeek + 1 / windowWeeks + 1e-9,
                        "W = " + w + ": TH " + throughput + " a week, best case " + bestPerWeek);
                assertEquals(bestCycleHours, cycle, 1e-9 * bestCycleHours, "W = " + w);
                assertEquals(w, wip, 1e-9 * w, "W = " + w);
                assertEquals(1, wip / (throughput / 168 * cycle), 1 / (windowWeeks * bestPerWeek) + 1e-9, "Little's law at W = " + w);
            }
        }
    }
}
