package io.salesim.scenarios.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.salesim.core.flow.FlowLineSpec;
import io.salesim.core.random.DistributionSpec;
import io.salesim.scenarios.BundledScenarios;
import io.salesim.scenarios.Scenario;
import io.salesim.scenarios.ScenarioException;
import io.salesim.scenarios.ScenarioLoader;
import io.salesim.scenarios.ScenarioSource;
import io.salesim.scenarios.flow.FlowLineScenario;
import io.salesim.scenarios.schema.KeyPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OverridesTest {

    private static FlowLineSpec spec(Scenario scenario) {
        return ((FlowLineScenario) scenario).spec();
    }

    private static Scenario set(Scenario base, String key, String value) throws ScenarioException {
        return Overrides.apply(base, Map.of(KeyPath.parse(key), value));
    }

    @Test
    void setsAValueByItsKeyPathAndLeavesTheRestAlone() throws Exception {
        Scenario base = Lines.twoStations();
        Scenario changed = set(base, "stations[1].servers", "5");
        assertEquals(5, spec(changed).stations().get(1).servers());
        assertEquals(spec(base).stations().get(0), spec(changed).stations().get(0));
        assertEquals(spec(base).release(), spec(changed).release());
    }

    @Test
    void setsDistributionsAndKeysTheFileLeavesAtTheirDefault() throws Exception {
        Scenario base = Lines.twoStations();
        Scenario changed = Overrides.apply(base, new LinkedHashMap<>(Map.of(
                KeyPath.parse("stations[0].process_time"), "{uniform: {min: 1, max: 2}}",
                KeyPath.parse("calendar.hours_per_day"), "8")));
        assertEquals(new DistributionSpec.Uniform(1, 2), spec(changed).stations().get(0).processTime());
        assertEquals(8.0, spec(changed).calendar().hoursPerDay());
    }

    @Test
    void badKeysAndValuesAreReportedLikeFileProblemsUnderTheirSetArgument() {
        Scenario base = Lines.twoStations();
        assertEquals("--set stations[0].servrs=2: stations[0].servrs: found unknown key \"servrs\" in a station; "
                        + "allowed \"servers\" (closest match) or one of name, servers, process_time, buffer",
                assertThrows(ScenarioException.class, () -> set(base, "stations[0].servrs", "2")).getMessage());
        assertEquals("--set stations[0].servers=0: stations[0].servers: found 0; allowed a whole number >= 1",
                assertThrows(ScenarioException.class, () -> set(base, "stations[0].servers", "0")).getMessage());
        assertEquals("--set stations[2].servers=1: stations[2].servers: found item [2] of a list of 2; allowed an index from 0 to 1",
                assertThrows(ScenarioException.class, () -> set(base, "stations[2].servers", "1")).getMessage());
        // a rule across keys applies to the changed document too: warm-up must stay below the horizon
        assertEquals("--set horizon.warmup_weeks=5: horizon.warmup_weeks: found 5; allowed a number >= 0 and below weeks (4)",
                assertThrows(ScenarioException.class, () -> set(base, "horizon.warmup_weeks", "5")).getMessage());
    }

    @Test
    void settingsSplitOnCommasOutsideBrackets() throws Exception {
        Setting setting = Setting.parse("stations[0].process_time={uniform: {min: 1, max: 2}},{constant: 1}, 3");
        assertEquals(List.of("{uniform: {min: 1, max: 2}}", "{constant: 1}", "3"), setting.values());
        assertEquals("stations[0].process_time", setting.key().toString());
        assertThrows(ScenarioException.class, () -> Setting.parse("servers"));
        assertThrows(ScenarioException.class, () -> Setting.parse("stations[x].servers=1"));
    }

    @Test
    void theResolvedDocumentOfEveryBundledScenarioReadsBackToTheSameScenario() throws Exception {
        for (String name : BundledScenarios.names()) {
            Scenario scenario = ScenarioLoader.load(name);
            if (!scenario.kind().equals("flow-line")) {
                continue; // sales scenarios: SalesScenarioFilesTest
            }
            String resolved = ScenarioLoader.resolvedYaml(scenario);
            Scenario again = ScenarioLoader.parse(new ScenarioSource(name + ".resolved.yaml", resolved));
            assertEquals(scenario.keyParameters(), again.keyParameters(), name);
            FlowLineSpec before = spec(scenario);
            FlowLineSpec after = spec(again);
            // WorkCalendar has no equals: compare it by what it says, the rest as records
            assertEquals(before.calendar().hoursPerDay(), after.calendar().hoursPerDay(), name);
            assertEquals(before.calendar().daysPerWeek(), after.calendar().daysPerWeek(), name);
            assertEquals(before.calendar().isAlwaysOpen(), after.calendar().isAlwaysOpen(), name);
            assertEquals(before, new FlowLineSpec(after.name(), after.horizonHours(), after.warmupHours(), before.calendar(),
                    after.release(), after.stations()), name);
            assertEquals(resolved, ScenarioLoader.resolvedYaml(again), "resolving is idempotent: " + name);
        }
    }

    @Test
    void theResolvedDocumentSpellsOutDefaults() {
        String resolved = ScenarioLoader.resolvedYaml(Lines.twoStations());
        // defaults from FlowLineKind: warm-up 0 weeks, 24 h a day, 7 days a week, no holidays, description ""
        for (String expected : new String[] {"warmup_weeks: 0.0", "hours_per_day: 24.0", "days_per_week: 7", "holidays: []", "description: \"\""}) {
            assertEquals(true, resolved.contains(expected), expected + " in\n" + resolved);
        }
    }
}
