package io.salesim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salesim.core.flow.FlowLineSpec;
import io.salesim.core.flow.StationSpec;
import io.salesim.core.random.DistributionSpec;
import io.salesim.scenarios.flow.FlowLineScenario;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioLoaderTest {
    /** Verbatim from issue 2: this exact shape must load. */
    static final String ISSUE_EXAMPLE = """
            kind: flow-line
            name: mmc-check
            horizon: {weeks: 200, warmup_weeks: 20}
            calendar: {hours_per_day: 24, days_per_week: 7}
            arrivals: {interarrival: {exponential: {mean: 0.37037}}}
            stations:
              - name: desk
                servers: 3
                process_time: {exponential: {mean: 1.0}}
            """;

    @Test
    void loadsTheExactFileFromTheIssue(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mmc-check.yaml");
        Files.writeString(file, ISSUE_EXAMPLE);

        Scenario scenario = ScenarioLoader.load(file.toString());

        assertEquals("mmc-check", scenario.name());
        assertEquals("flow-line", scenario.kind());
        FlowLineSpec spec = assertInstanceOf(FlowLineScenario.class, scenario).spec();
        assertEquals(200 * 168.0, spec.horizonHours());
        assertEquals(20 * 168.0, spec.warmupHours());
        assertTrue(spec.calendar().isAlwaysOpen());
        FlowLineSpec.Arrivals arrivals = assertInstanceOf(FlowLineSpec.Arrivals.class, spec.release());
        assertEquals(new DistributionSpec.Exponential(0.37037), arrivals.interarrivalHours());
        assertEquals(new DistributionSpec.Constant(1), arrivals.batchSize(), "single arrivals unless batch_size is given");
        assertEquals(new StationSpec("desk", 3, new DistributionSpec.Exponential(1.0), null), spec.stations().get(0));
        assertEquals(ISSUE_EXAMPLE, scenario.source().text());
        assertEquals(file.toString(), scenario.source().name());
    }

    @Test
    void readsTheOptionalKeys() throws Exception {
        Scenario scenario = ScenarioLoader.parse(new ScenarioSource("options.yaml", """
                kind: flow-line
                name: options
                description: every optional key
                horizon: {weeks: 2}
                calendar: {hours_per_day: 8, days_per_week: 5, holidays: [0, 3]}
                arrivals:
                  interarrival: {constant: 1.5}
                  batch_size: {discrete_uniform: {min: 1, max: 4}}
                stations:
                  - name: a
                    process_time: {triangular: {min: 0.5, mode: 1, max: 2}}
                  - name: b
                    servers: 2
                    buffer: 4
                    process_time: {normal: {mean: 1, sd: 0.2, min: 0}}
                """));
        FlowLineSpec spec = ((FlowLineScenario) scenario).spec();
        assertEquals("every optional key", scenario.description());
        assertEquals(0.0, spec.warmupHours(), "warm-up defaults to none");
        assertEquals(8.0, spec.calendar().hoursPerDay());
        assertEquals(5, spec.calendar().daysPerWeek());
        assertTrue(!spec.calendar().isWorkingDay(3), "day 3 is a holiday");
        assertEquals(new DistributionSpec.DiscreteUniform(1, 4), ((FlowLineSpec.Arrivals) spec.release()).batchSize());
        assertEquals(1, spec.stations().get(0).servers(), "servers defaults to 1");
        assertNull(spec.stations().get(0).buffer());
        assertEquals(4, spec.stations().get(1).buffer());
    }

    @Test
    void readsEveryDistributionForm() throws Exception {
        String[][] cases = {
                {"{exponential: {mean: 2}}", "Exponential[mean=2.0]"},
                {"{constant: 3}", "Constant[value=3.0]"},
                {"{uniform: {min: 1, max: 2}}", "Uniform[min=1.0, max=2.0]"},
                {"{triangular: {min: 1, mode: 2, max: 4}}", "Triangular[min=1.0, mode=2.0, max=4.0]"},
                {"{lognormal: {mean: 2, sd: 1}}", "LogNormal[mean=2.0, sd=1.0]"},
                {"{gamma: {mean: 2, sd: 1}}", "Gamma[mean=2.0, sd=1.0]"},
                {"{normal: {mean: 2, sd: 1, min: 0}}", "Normal[mean=2.0, sd=1.0, min=0.0, max=NaN]"},
                {"{normal: {mean: 2, sd: 1, min: 0, max: 5}}", "Normal[mean=2.0, sd=1.0, min=0.0, max=5.0]"},
                {"{discrete_uniform: {min: 1, max: 6}}", "DiscreteUniform[min=1, max=6]"},
                {"{empirical: {values: [1, 2], probabilities: [0.25, 0.75]}}", "Empirical[values=[1.0, 2.0], probabilities=[0.25, 0.75]]"},
                {"{bernoulli: {p: 0.5}}", "Bernoulli[p=0.5]"},
                {"{poisson: {mean: 3}}", "Poisson[mean=3.0]"},
        };
        for (String[] c : cases) {
            Scenario scenario = ScenarioLoader.parse(new ScenarioSource("d.yaml", """
                    kind: flow-line
                    name: d
                    horizon: {weeks: 1}
                    arrivals: {interarrival: {constant: 1}}
                    stations:
                      - name: a
                        process_time: %s
                    """.formatted(c[0])));
            assertEquals(c[1], ((FlowLineScenario) scenario).spec().stations().get(0).processTime().toString(), c[0]);
        }
    }

    @Test
    void loadsBundledScenariosByName() throws Exception {
        assertEquals("mmc", ScenarioLoader.load("mmc").name());
        assertEquals("mmc", ScenarioLoader.load("mmc.yaml").name());
        assertEquals("dice-game", ScenarioLoader.load("dice-game").name());
        assertEquals("bundled:mmc.yaml", ScenarioLoader.load("mmc").source().name());
    }

    @Test
    void refusesANameThatIsNeitherFileNorBundled() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load("no-such-scenario"));
        assertEquals("no-such-scenario: SCENARIO: found no such file or bundled scenario; "
                + "allowed a YAML file path or a bundled scenario: mmc, dice-game, dice-line, protective-capacity, penny-fab, traditional, division-of-labour, "
                + "transition-factory-door-first, transition-promotions-first, transition-salespeople-first, "
                + "production-constrained, production-constrained-no-throttle", e.getMessage());
    }

    @Test
    void suggestsTheBundledScenarioAMisspeltNameMeant() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load("tradtional"));
        assertEquals("tradtional: SCENARIO: found no such file or bundled scenario; allowed a YAML file path or "
                + "a bundled scenario: did you mean traditional? (./salesim list shows them all)", e.getMessage());
    }
}
