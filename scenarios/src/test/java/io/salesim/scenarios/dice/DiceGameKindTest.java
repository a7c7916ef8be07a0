package io.salesim.scenarios.dice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salesim.core.engine.ExperimentResult;
import io.salesim.core.game.DiceGameSpec;
import io.salesim.core.random.DistributionSpec;
import io.salesim.core.stats.Summary;
import io.salesim.scenarios.Experiment;
import io.salesim.scenarios.RunOptions;
import io.salesim.scenarios.ScenarioException;
import io.salesim.scenarios.ScenarioLoader;
import io.salesim.scenarios.ScenarioSource;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The dice-game file: what it reads into, and every rule that refuses a bad one with file:line: key: found; allowed. */
class DiceGameKindTest {
    private static final String VALID = """
            kind: dice-game
            name: game
            rounds: 20
            warmup_rounds: 2
            initial_buffer: 4
            die: {discrete_uniform: {min: 1, max: 6}}
            stations:
              - name: a
              - name: b
                die: {constant: 2}
              - name: c
                initial_buffer: 0
            rope: {constraint: b, buffer: 6}
            """;

    private static DiceGameSpec spec(String text) throws ScenarioException {
        return assertInstanceOf(DiceGameScenario.class, ScenarioLoader.parse(new ScenarioSource("ok.yaml", text))).spec();
    }

    @Test
    void readsRoundsDiceBuffersAndTheRope() throws Exception {
        DiceGameSpec spec = spec(VALID);
        assertEquals(20, spec.rounds());
        assertEquals(2, spec.warmupRounds());
        assertEquals(new DiceGameSpec.Station("a", new DistributionSpec.DiscreteUniform(1, 6), 0), spec.stations().get(0));
        assertEquals(new DiceGameSpec.Station("b", new DistributionSpec.Constant(2), 4), spec.stations().get(1));
        assertEquals(new DiceGameSpec.Station("c", new DistributionSpec.DiscreteUniform(1, 6), 0), spec.stations().get(2));
        assertEquals(new DiceGameSpec.Rope("b", 6), spec.rope());
    }

    @Test
    void defaultsAreTheBooksGame() throws Exception {
        DiceGameSpec spec = spec("kind: dice-game\nname: g\nrounds: 5\nstations: [{name: a}, {name: b}]\n");
        assertEquals(0, spec.warmupRounds());
        assertEquals(new DiceGameSpec.Station("b", DiceGameSpec.fairDie(), 0), spec.stations().get(1));
        assertNull(spec.rope());
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("rounds: 20", "rounds: 0", "bad.yaml:3: rounds: found 0; allowed a whole number in [1, 5200]"),
                Arguments.of("warmup_rounds: 2", "warmup_rounds: 20",
                        "bad.yaml:4: warmup_rounds: found 20; allowed a whole number >= 0 and below rounds (20)"),
                Arguments.of("initial_buffer: 4", "initial_buffer: -1", "bad.yaml:5: initial_buffer: found -1; allowed a whole number >= 0"),
                Arguments.of("{discrete_uniform: {min: 1, max: 6}}", "{uniform: {min: 1, max: 6}}",
                        "bad.yaml:6: die: found {uniform: {min: 1, max: 6}}; allowed a die that rolls whole numbers >= 0, with a mean > 0: "
                                + "{discrete_uniform: {min: 1, max: 6}}, {constant: 3}, {empirical: {values: [...], probabilities: [...]}} "
                                + "of whole numbers, poisson or bernoulli"),
                Arguments.of("{constant: 2}", "{constant: 2.5}",
                        "bad.yaml:10: stations[1].die: found {constant: 2.5}; allowed a die that rolls whole numbers >= 0, with a mean > 0: "
                                + "{discrete_uniform: {min: 1, max: 6}}, {constant: 3}, {empirical: {values: [...], probabilities: [...]}} "
                                + "of whole numbers, poisson or bernoulli"),
                Arguments.of("{constant: 2}", "{constant: 0}",
                        "bad.yaml:10: stations[1].die: found {constant: 0}; allowed a die that rolls whole numbers >= 0, with a mean > 0: "
                                + "{discrete_uniform: {min: 1, max: 6}}, {constant: 3}, {empirical: {values: [...], probabilities: [...]}} "
                                + "of whole numbers, poisson or bernoulli"),
                Arguments.of("  - name: a\n", "  - name: a\n    initial_buffer: 3\n",
                        "bad.yaml:9: stations[0].initial_buffer: found 3; allowed no initial_buffer on the first station: its supply is unlimited"),
                Arguments.of("  - name: c", "  - name: a", "bad.yaml:11: stations[2].name: found \"a\"; allowed a name no other station has (stations[0].name has it)"),
                Arguments.of("constraint: b", "constraint: a",
                        "bad.yaml:13: rope.constraint: found \"a\"; allowed the name of a station after the first (b, c)"),
                Arguments.of("rope: {constraint: b, buffer: 6}", "rope: {constraint: b, buffer: -1}",
                        "bad.yaml:13: rope.buffer: found -1; allowed a whole number >= 0"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badFiles")
    void refusesABadFileWithFileLineKeyFoundAndAllowed(String original, String broken, String expected) {
        String text = VALID.replace(original, broken);
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(new ScenarioSource("bad.yaml", text)));
        assertEquals(expected, e.getMessage());
    }

    /** The two examples (examples/dice-game-*.yaml) are one line, with and without the rope. */
    @Test
    void theExamplesDifferOnlyByTheRope() throws Exception {
        DiceGameSpec plain = ((DiceGameScenario) ScenarioLoader.load(Path.of("..", "examples", "dice-game-constraint.yaml").toString())).spec();
        DiceGameSpec roped = ((DiceGameScenario) ScenarioLoader.load(Path.of("..", "examples", "dice-game-drum.yaml").toString())).spec();
        assertNull(plain.rope());
        assertEquals(new DiceGameSpec.Rope("s3", 8), roped.rope());
        assertEquals(plain.stations(), roped.stations());
        assertEquals(plain.rounds(), roped.rounds());
    }

    /**
     * The bundled game as bundled: five fair dice, 20 rounds from empty bowls. The line ships
     * less than the mean roll of 3.5 (its whole interval below), and every station's share of
     * pips used is a fraction.
     */
    @Test
    void theBundledGameShipsLessThanTheMeanRoll() throws Exception {
        ExperimentResult result = Experiment.run(ScenarioLoader.load("dice-game"), new RunOptions(30, 1, 2));
        Summary throughput = result.summary("system.throughput_per_round");
        assertTrue(throughput.ciHigh() < 3.5, throughput.toString());
        assertTrue(result.summary("system.shortfall_fraction").ciLow() > 0);
        assertEquals(20, result.weeklySummary("system.wip").length, "one weekly entry per round");
    }
}
