package io.salesim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bad-input rule: the exact message, naming file, line, key path, what was found and what is allowed. */
class BadInputTest {
    /** A valid file; each case breaks one line of it. Line numbers below refer to this layout. */
    private static final String VALID = """
            kind: flow-line
            name: line
            horizon: {weeks: 10, warmup_weeks: 1}
            calendar: {hours_per_day: 24, days_per_week: 7}
            arrivals: {interarrival: {exponential: {mean: 1.0}}, batch_size: {constant: 1}}
            stations:
              - name: a
                servers: 2
                process_time: {exponential: {mean: 0.5}}
              - name: b
                buffer: 3
                process_time: {bernoulli: {p: 0.5}}
            """;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("unknown key, with the closest known key", "    servers: 2", "    sevrers: 2",
                        "bad.yaml:8: stations[0].sevrers: found unknown key \"sevrers\" in a station; "
                                + "allowed \"servers\" (closest match) or one of name, servers, process_time, buffer"),
                Arguments.of("unknown key at the top", "name: line", "name: line\nowner: me",
                        "bad.yaml:3: owner: found unknown key \"owner\" in a flow-line scenario; "
                                + "allowed one of kind, name, description, horizon, calendar, arrivals, release, stations"),
                Arguments.of("missing required value", "horizon: {weeks: 10, warmup_weeks: 1}", "horizon: {warmup_weeks: 1}",
                        "bad.yaml:3: horizon.weeks: found nothing; allowed a number in (0, 5200]"),
                Arguments.of("required value left empty", "name: line", "name:",
                        "bad.yaml:2: name: found nothing; allowed a name of letters, digits, '_' and '-' (starting with a letter or digit), at most 64 characters"),
                Arguments.of("wrong type: text for a number", "    servers: 2", "    servers: two",
                        "bad.yaml:8: stations[0].servers: found \"two\"; allowed a whole number >= 1"),
                Arguments.of("wrong type: fraction for a whole number", "    servers: 2", "    servers: 2.5",
                        "bad.yaml:8: stations[0].servers: found 2.5; allowed a whole number >= 1"),
                Arguments.of("wrong type: number for a list", "days_per_week: 7}", "days_per_week: 7, holidays: 3}",
                        "bad.yaml:4: calendar.holidays: found 3; allowed a list of: a whole number >= 0"),
                Arguments.of("wrong type: list for a number", "    servers: 2", "    servers: [2]",
                        "bad.yaml:8: stations[0].servers: found [2]; allowed a whole number >= 1"),
                Arguments.of("wrong type: text for a mapping", "horizon: {weeks: 10, warmup_weeks: 1}", "horizon: ten weeks",
                        "bad.yaml:3: horizon: found \"ten weeks\"; allowed the horizon: a mapping with keys weeks, warmup_weeks"),
                Arguments.of("negative rate", "{exponential: {mean: 1.0}}, batch", "{exponential: {mean: -2}}, batch",
                        "bad.yaml:5: arrivals.interarrival.exponential.mean: found -2; allowed a number > 0"),
                Arguments.of("negative count", "    buffer: 3", "    buffer: -1",
                        "bad.yaml:11: stations[1].buffer: found -1; allowed a whole number >= 0"),
                Arguments.of("zero servers", "    servers: 2", "    servers: 0",
                        "bad.yaml:8: stations[0].servers: found 0; allowed a whole number >= 1"),
                Arguments.of("probability above 1", "{p: 0.5}", "{p: 1.2}",
                        "bad.yaml:12: stations[1].process_time.bernoulli.p: found 1.2; allowed a probability in [0, 1]"),
                Arguments.of("probability below 0", "{p: 0.5}", "{p: -0.1}",
                        "bad.yaml:12: stations[1].process_time.bernoulli.p: found -0.1; allowed a probability in [0, 1]"),
                Arguments.of("unknown kind", "kind: flow-line", "kind: assembly-line",
                        "bad.yaml:1: kind: found \"assembly-line\"; allowed one of dice-game, flow-line, sales-organisation"),
                // the file's mapping starts on line 2, after the comment
                Arguments.of("missing kind", "kind: flow-line", "# no kind",
                        "bad.yaml:2: kind: found nothing; allowed one of flow-line, sales-organisation, dice-game"),
                Arguments.of("YAML syntax error", "horizon: {weeks: 10, warmup_weeks: 1}", "horizon: {weeks: 10, warmup_weeks: 1",
                        "bad.yaml:3: (syntax): found invalid YAML: while parsing a flow mapping that starts on this line: "
                                + "expected ',' or '}', but got : on line 4; allowed well-formed YAML: check indentation, colons, quotes and brackets"),
                Arguments.of("unknown distribution", "{exponential: {mean: 0.5}}", "{exponentail: {mean: 0.5}}",
                        "bad.yaml:9: stations[0].process_time.exponentail: found unknown distribution \"exponentail\"; allowed \"exponential\" "
                                + "(closest match) or one of constant, exponential, uniform, triangular, lognormal, gamma, normal, discrete_uniform, "
                                + "empirical, bernoulli, poisson"),
                Arguments.of("parameters that contradict each other", "{exponential: {mean: 0.5}}", "{uniform: {min: 2, max: 1}}",
                        "bad.yaml:9: stations[0].process_time.uniform: found {min: 2, max: 1}; allowed uniform parameters where "
                                + "min must be below max (min 2.0, max 1.0)"),
                Arguments.of("a duration that can be negative", "{exponential: {mean: 0.5}}", "{normal: {mean: 1, sd: 1}}",
                        "bad.yaml:9: stations[0].process_time: found {normal: {mean: 1, sd: 1}}; allowed a distribution that never "
                                + "gives negative hours (give normal a min: 0)"),
                Arguments.of("interarrival time of zero", "{exponential: {mean: 1.0}}, batch", "{constant: 0}, batch",
                        "bad.yaml:5: arrivals.interarrival: found {constant: 0}; allowed a distribution of hours with a mean > 0"),
                Arguments.of("warm-up as long as the horizon", "warmup_weeks: 1", "warmup_weeks: 10",
                        "bad.yaml:3: horizon.warmup_weeks: found 10; allowed a number >= 0 and below weeks (10)"),
                Arguments.of("hours per day above 24", "hours_per_day: 24", "hours_per_day: 25",
                        "bad.yaml:4: calendar.hours_per_day: found 25; allowed a number in (0, 24]"),
                Arguments.of("buffer on the first station", "    servers: 2", "    servers: 2\n    buffer: 5",
                        "bad.yaml:9: stations[0].buffer: found 5; allowed no buffer on the first station: its queue is unbounded"),
                Arguments.of("two stations with one name", "  - name: b", "  - name: a",
                        "bad.yaml:10: stations[1].name: found \"a\"; allowed a name no other station has (stations[0].name has it)"),
                Arguments.of("name unusable in metric and folder names", "name: line", "name: my line",
                        "bad.yaml:2: name: found \"my line\"; allowed a name of letters, digits, '_' and '-' (starting with a letter or digit), at most 64 characters"),
                Arguments.of("duplicate key", "name: line", "name: line\nname: other",
                        "bad.yaml:3: name: found this key a second time (first on line 2); allowed each key once per mapping"),
                Arguments.of("empty file", VALID, "",
                        "bad.yaml:1: (document): found an empty file; allowed a YAML mapping that starts with kind:"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusesWithFileLineKeyPathFoundAndAllowed(String rule, String original, String broken, String expected) {
        String text = VALID.replace(original, broken);
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(new ScenarioSource("bad.yaml", text)));
        assertEquals(expected, e.getMessage());
        assertEquals(1, e.problems().size());
    }

    @Test
    void theValidFileLoads() throws Exception {
        assertEquals("line", ScenarioLoader.parse(new ScenarioSource("ok.yaml", VALID)).name());
    }

    @Test
    void reportsEveryProblemAtOnceInFileOrder() {
        String text = VALID.replace("weeks: 10,", "weeks: -1,")
                .replace("    servers: 2", "    servers: x")
                .replace("{p: 0.5}", "{p: 2}")
                .replace("    buffer: 3", "    bufer: 3");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(new ScenarioSource("bad.yaml", text)));
        List<String> paths = e.problems().stream().map(p -> p.line() + " " + p.path()).toList();
        assertEquals(List.of("3 horizon.weeks", "8 stations[0].servers", "11 stations[1].bufer", "12 stations[1].process_time.bernoulli.p"), paths);
        assertEquals(4, e.getMessage().lines().count(), "one line per problem");
    }
}
