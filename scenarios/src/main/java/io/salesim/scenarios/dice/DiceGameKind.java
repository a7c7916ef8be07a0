package io.salesim.scenarios.dice;

import io.salesim.core.engine.Model;
import io.salesim.core.game.DiceGameSpec;
import io.salesim.core.random.DistributionSpec;
import io.salesim.scenarios.Scenario;
import io.salesim.scenarios.ScenarioKind;
import io.salesim.scenarios.ScenarioSource;
import io.salesim.scenarios.schema.DistributionType;
import io.salesim.scenarios.schema.Key;
import io.salesim.scenarios.schema.Node;
import io.salesim.scenarios.schema.Problems;
import io.salesim.scenarios.schema.Schema;
import io.salesim.scenarios.schema.Types;
import io.salesim.scenarios.schema.ValueType;
import io.salesim.scenarios.schema.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The {@code dice-game} scenario kind: Goldratt's dice game played in rounds (one round is one
 * week of model time, so weekly series are per-round series). This class is where the file's
 * vocabulary meets {@link DiceGameSpec}.
 */
public final class DiceGameKind implements ScenarioKind {
    public static final String NAME = "dice-game";

    /** A die: a distribution of counts whose every draw is a whole number >= 0, with a mean above 0 (else nothing ever moves). */
    static final ValueType<DistributionSpec> DIE = new ValueType<>() {
        private final DistributionType counts = DistributionType.counts();

        @Override
        public DistributionSpec read(Node node, Problems problems) {
            DistributionSpec spec = counts.read(node, problems);
            if (spec != null && !(DiceGameSpec.isWholeNumbered(spec) && spec.mean() > 0)) {
                problems.add(node, allowed());
                return null;
            }
            return spec;
        }

        @Override
        public String allowed() {
            return "a die that rolls whole numbers >= 0, with a mean > 0: {discrete_uniform: {min: 1, max: 6}}, {constant: 3}, "
                    + "{empirical: {values: [...], probabilities: [...]}} of whole numbers, poisson or bernoulli";
        }
    };

    static final Key<Integer> ROUNDS = Key.required("rounds", Types.ints(Types.integer().between(1, Model.MAX_HORIZON_WEEKS)));
    static final Key<Integer> WARMUP_ROUNDS = Key.withDefault("warmup_rounds", Types.count(), 0);
    static final Key<Integer> INITIAL_BUFFER = Key.withDefault("initial_buffer", Types.count(), 0);
    static final Key<DistributionSpec> DIE_KEY = Key.withDefault("die", DIE, DiceGameSpec.fairDie());

    static final Key<String> STATION_NAME = Key.required("name", Types.name());
    static final Key<DistributionSpec> STATION_DIE = Key.optional("die", DIE);
    static final Key<Integer> STATION_BUFFER = Key.optional("initial_buffer", Types.count());
    static final Schema STATION = new Schema("a station", STATION_NAME, STATION_DIE, STATION_BUFFER);

    static final Key<String> CONSTRAINT = Key.required("constraint", Types.name());
    static final Key<Integer> ROPE_BUFFER = Key.required("buffer", Types.count());
    static final Schema ROPE = new Schema("the rope", CONSTRAINT, ROPE_BUFFER);

    static final Key<String> KIND = Key.required("kind", Types.oneOf(Set.of(NAME)));
    static final Key<String> SCENARIO_NAME = Key.required("name", Types.name());
    static final Key<String> DESCRIPTION = Key.withDefault("description", Types.text(), "");
    static final Key<List<Values>> STATIONS = Key.required("stations", Types.listOf(STATION, 1));
    static final Key<Values> ROPE_KEY = Key.optional("rope", ROPE);
    static final Schema FILE = new Schema("a dice-game scenario", KIND, SCENARIO_NAME, DESCRIPTION, ROUNDS, WARMUP_ROUNDS,
            INITIAL_BUFFER, DIE_KEY, STATIONS, ROPE_KEY)
            .withCheck(DiceGameKind::warmupInsideRounds)
            .withCheck(Schema.uniqueNames(STATIONS, STATION_NAME, "station"))
            .withCheck(DiceGameKind::noInitialBufferOnFirstStation)
            .withCheck(DiceGameKind::ropeOnALaterStation);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Scenario read(Node root, ScenarioSource source, Problems problems) {
        Values file = FILE.read(root, problems);
        if (file == null) {
            return null;
        }
        List<DiceGameSpec.Station> stations = new ArrayList<>();
        List<Values> rows = file.get(STATIONS);
        for (int i = 0; i < rows.size(); i++) {
            Values row = rows.get(i);
            DistributionSpec die = row.has(STATION_DIE) ? row.get(STATION_DIE) : file.get(DIE_KEY);
            int buffer = i == 0 ? 0 : row.has(STATION_BUFFER) ? row.get(STATION_BUFFER) : file.get(INITIAL_BUFFER);
            stations.add(new DiceGameSpec.Station(row.get(STATION_NAME), die, buffer));
        }
        Values rope = file.get(ROPE_KEY);
        DiceGameSpec spec = new DiceGameSpec(file.get(SCENARIO_NAME), file.get(ROUNDS), file.get(WARMUP_ROUNDS), stations,
                rope == null ? null : new DiceGameSpec.Rope(rope.get(CONSTRAINT), rope.get(ROPE_BUFFER)));
        return new DiceGameScenario(spec, file.get(DESCRIPTION), source);
    }

    @Override
    public Node resolve(Node root) {
        return FILE.resolve(root);
    }

    private static void warmupInsideRounds(Values file, Problems problems) {
        if (file.get(WARMUP_ROUNDS) >= file.get(ROUNDS)) {
            problems.add(file.nodeOf(WARMUP_ROUNDS), "a whole number >= 0 and below rounds (" + file.nodeOf(ROUNDS).text() + ")");
        }
    }

    private static void noInitialBufferOnFirstStation(Values file, Problems problems) {
        Values first = file.get(STATIONS).get(0);
        if (first.has(STATION_BUFFER)) {
            problems.add(first.nodeOf(STATION_BUFFER), "no initial_buffer on the first station: its supply is unlimited");
        }
    }

    private static void ropeOnALaterStation(Values file, Problems problems) {
        Values rope = file.get(ROPE_KEY);
        if (rope == null) {
            return;
        }
        List<String> later = file.get(STATIONS).stream().skip(1).map(s -> s.get(STATION_NAME)).toList();
        if (!later.contains(rope.get(CONSTRAINT))) {
            problems.add(rope.nodeOf(CONSTRAINT), "the name of a station after the first (" + String.join(", ", later) + ")"
                    + (later.isEmpty() ? ": a one-station game has no constraint to tie the rope to" : ""));
        }
    }
}
