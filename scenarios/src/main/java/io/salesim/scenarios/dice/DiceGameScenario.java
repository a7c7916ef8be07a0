package io.salesim.scenarios.dice;

import io.salesim.core.diagnostics.Window;
import io.salesim.core.engine.Model;
import io.salesim.core.game.DiceGame;
import io.salesim.core.game.DiceGameSpec;
import io.salesim.scenarios.Scenario;
import io.salesim.scenarios.ScenarioSource;
import io.salesim.scenarios.Workload;
import io.salesim.core.random.DistributionSpec;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/** A validated dice game: a {@link DiceGameSpec} plus what reports need to describe it. */
public record DiceGameScenario(DiceGameSpec spec, String description, ScenarioSource source) implements Scenario {

    @Override
    public String name() {
        return spec.name();
    }

    /** The whole game after its warm-up; a round is a week of model time, so the diagnostics count rounds. */
    @Override
    public Window steadyWindow() {
        Model game = modelFactory().get();
        return new Window(game.warmupHours(), game.horizonHours(), true, "round");
    }

    @Override
    public Optional<String> warmupKey() {
        return Optional.of("warmup_rounds");
    }

    @Override
    public String kind() {
        return DiceGameKind.NAME;
    }

    @Override
    public Supplier<Model> modelFactory() {
        DiceGameSpec game = spec;
        return () -> new DiceGame(game);
    }

    @Override
    public LinkedHashMap<String, String> keyParameters() {
        LinkedHashMap<String, String> out = new LinkedHashMap<>();
        out.put("rounds", spec.rounds() + " rounds (round r is week r of the weekly series), of which warm-up "
                + spec.warmupRounds());
        for (int i = 0; i < spec.stations().size(); i++) {
            DiceGameSpec.Station station = spec.stations().get(i);
            out.put("station " + station.name(), "die " + die(station.die()) + ", mean " + number(station.die().mean()) + " a round, "
                    + (i == 0 ? "unlimited supply" : station.initialBuffer() + " items waiting at the start"));
        }
        if (spec.rope() != null) {
            out.put("rope", "the first station releases at most what keeps " + spec.rope().bufferItems()
                    + " items ahead of " + spec.rope().constraint());
        }
        return out;
    }

    private static String die(DistributionSpec die) {
        if (die instanceof DistributionSpec.DiscreteUniform d) {
            return d.min() + " to " + d.max() + ", equally likely";
        } else if (die instanceof DistributionSpec.Constant c) {
            return "always " + number(c.value());
        }
        return die.toString();
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.4g", value);
    }

    /** Rolls in one replication: nothing is created as an object, so this is far below any limit. */
    @Override
    public Workload workload() {
        return new Workload((double) spec.rounds() * spec.stations().size(), "rounds",
                spec.rounds() + " rounds of " + spec.stations().size() + " stations");
    }
}
