package io.salesim.core.game;

import io.salesim.core.engine.Model;
import io.salesim.core.random.DistributionSpec;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Goldratt's dice game ("The Goal"): stations in a row play a stated number of rounds; each
 * round, in station order, a station rolls its die and moves min(roll, items waiting in front
 * of it) to the next one. The first station is always supplied. One round is one week of model
 * time, so the engine's weekly series are per-round series.
 *
 * @param rounds       rounds played, at most {@link Model#MAX_HORIZON_WEEKS}
 * @param warmupRounds rounds played before statistics are collected
 * @param stations     in line order; the first one's initial buffer is ignored (its supply is unlimited)
 * @param rope         drum-buffer-rope release, or null for the plain game (the first station moves its whole roll)
 */
public record DiceGameSpec(String name, int rounds, int warmupRounds, List<Station> stations, Rope rope) {

    /** A station: its die (whole-numbered draws, at least 0, a mean above 0) and the items waiting in front of it at the start. */
    public record Station(String name, DistributionSpec die, int initialBuffer) {
        public Station {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(die, "die");
            if (!isWholeNumbered(die) || !(die.mean() > 0)) {
                throw new IllegalArgumentException("station '" + name + "' needs a die that rolls whole numbers >= 0 with a mean > 0, was " + die);
            }
            if (initialBuffer < 0) {
                throw new IllegalArgumentException("station '" + name + "' initial buffer must be >= 0, was " + initialBuffer);
            }
        }
    }

    /**
     * Drum-buffer-rope: the first station moves at most what keeps the items released but not yet
     * through the constraint (every buffer from the second station up to the constraint's own) at
     * {@code bufferItems}.
     */
    public record Rope(String constraint, int bufferItems) {
        public Rope {
            Objects.requireNonNull(constraint, "constraint");
            if (bufferItems < 0) {
                throw new IllegalArgumentException("the rope's buffer must be >= 0, was " + bufferItems);
            }
        }
    }

    public DiceGameSpec {
        Objects.requireNonNull(name, "name");
        stations = List.copyOf(stations);
        if (stations.isEmpty()) {
            throw new IllegalArgumentException("a dice game needs at least one station");
        }
        if (rounds < 1 || rounds > Model.MAX_HORIZON_WEEKS) {
            throw new IllegalArgumentException("rounds must be in [1, " + Model.MAX_HORIZON_WEEKS + "], was " + rounds);
        }
        if (warmupRounds < 0 || warmupRounds >= rounds) {
            throw new IllegalArgumentException("warm-up rounds must be in [0, rounds), was " + warmupRounds);
        }
        Set<String> names = new HashSet<>();
        for (Station station : stations) {
            if (!names.add(station.name())) {
                throw new IllegalArgumentException("station name '" + station.name() + "' is used twice");
            }
        }
        if (rope != null && constraintIndex(stations, rope.constraint()) < 1) {
            throw new IllegalArgumentException("the rope's constraint must be a station after the first, was '" + rope.constraint() + "'");
        }
    }

    public DiceGameSpec(String name, int rounds, int warmupRounds, List<Station> stations) {
        this(name, rounds, warmupRounds, stations, null);
    }

    /** Whether every draw of the distribution is a whole number >= 0 (a die's faces). */
    public static boolean isWholeNumbered(DistributionSpec die) {
        if (die instanceof DistributionSpec.Constant c) {
            return c.value() >= 0 && c.value() == Math.rint(c.value());
        } else if (die instanceof DistributionSpec.DiscreteUniform d) {
            return d.min() >= 0;
        } else if (die instanceof DistributionSpec.Empirical e) {
            for (double value : e.values()) {
                if (!(value >= 0 && value == Math.rint(value))) {
                    return false;
                }
            }
            return true;
        }
        return die instanceof DistributionSpec.Poisson || die instanceof DistributionSpec.Bernoulli;
    }

    /** The index of the rope's constraint (-1 without a rope). */
    public int constraintIndex() {
        return rope == null ? -1 : constraintIndex(stations, rope.constraint());
    }

    private static int constraintIndex(List<Station> stations, String name) {
        for (int i = 0; i < stations.size(); i++) {
            if (stations.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** A game of identical stations {@code s1}…{@code sN}, every buffer but the first's starting at {@code initialBuffer}. */
    public static DiceGameSpec uniform(String name, int stations, DistributionSpec die, int initialBuffer, int rounds, int warmupRounds) {
        List<Station> list = new java.util.ArrayList<>();
        for (int i = 1; i <= stations; i++) {
            list.add(new Station("s" + i, die, i == 1 ? 0 : initialBuffer));
        }
        return new DiceGameSpec(name, rounds, warmupRounds, list);
    }

    /** A fair six-sided die: 1–6, mean 3.5. */
    public static DistributionSpec fairDie() {
        return new DistributionSpec.DiscreteUniform(1, 6);
    }
}
