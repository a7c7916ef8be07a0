package io.salesim.core.game;

import io.salesim.core.engine.Counter;
import io.salesim.core.engine.EventAction;
import io.salesim.core.engine.Meaning;
import io.salesim.core.engine.Model;
import io.salesim.core.engine.Observations;
import io.salesim.core.random.Sampler;

/**
 * Goldratt's dice game played round by round ({@link DiceGameSpec}). Round r is one event in
 * the middle of week r (at (r + ½) × 168 h), so it never falls on the warm-up or horizon
 * instant and every weekly series is a per-round series: round r is week r + 1 of weekly.csv.
 *
 * <p>Records {@code system.throughput_per_round} (items the last station moved, per round),
 * {@code system.capacity_per_round} (the line's rate on paper: the slowest die's mean, 3.5 for
 * fair dice), {@code system.shortfall_fraction} (1 − throughput ÷ capacity), {@code system.wip}
 * (items in the buffers at the end of a round, the first station's unlimited supply not
 * counted), and per station {@code .buffer} (items waiting in front at the end of a round, from
 * the second station on) and {@code .lost_capacity} (roll − items moved: pips rolled with nothing
 * to move). No utilisation (the first station would always show 100%) and no bottleneck
 * probability: the first station is never starved, so Roser's active-period rule would name it
 * in every round.
 */
public final class DiceGame extends Model {
    private static final double HALF_WEEK_HOURS = HOURS_PER_WEEK / 2;

    private final DiceGameSpec spec;
    private final int stationCount;
    private final Sampler[] dice;
    private final Observations[] lost;
    private final Observations[] buffers;
    private final Counter shipped;
    private final Observations wip;
    private final double capacityPerRound;
    private final int constraint;
    private final EventAction<Object> play = this::playRound;
    private final long[] waiting;
    private int round;

    public DiceGame(DiceGameSpec spec) {
        super(spec.name(), spec.rounds() * HOURS_PER_WEEK, spec.warmupRounds() * HOURS_PER_WEEK);
        this.spec = spec;
        this.stationCount = spec.stations().size();
        this.dice = new Sampler[stationCount];
        this.lost = new Observations[stationCount];
        this.buffers = new Observations[stationCount];
        this.waiting = new long[stationCount];
        this.constraint = spec.constraintIndex();
        this.shipped = counter("system.throughput_per_round", Meaning.higher("items/round").board());
        computed("system.capacity_per_round", Meaning.neutral("items/round"), this::capacityPerRound);
        computed("system.shortfall_fraction", Meaning.lower("fraction").headline(), this::shortfall);
        this.wip = observations("system.wip", Meaning.lower("items").headline());
        declareQueue("system", wip);  // the work in the buffers: run diagnostics look for its rise
        double slowest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < stationCount; i++) {
            DiceGameSpec.Station station = spec.stations().get(i);
            String prefix = "station." + station.name();
            dice[i] = sampler(station.name() + ".die", station.die());
            slowest = Math.min(slowest, dice[i].mean());
            if (i > 0) {
                buffers[i] = observations(prefix + ".buffer", Meaning.lower("items").headline());
                declareQueue(prefix, buffers[i]);
            }
            lost[i] = observations(prefix + ".lost_capacity", Meaning.lower("items/round").headline());
        }
        this.capacityPerRound = slowest;
    }

    public DiceGameSpec spec() {
        return spec;
    }

    /** The line's rate on paper: the smallest mean roll (3.5 items a round for fair dice). */
    public double capacityPerRound() {
        return capacityPerRound;
    }

    @Override
    protected void initialize() {
        for (int i = 0; i < stationCount; i++) {
            waiting[i] = i == 0 ? 0 : spec.stations().get(i).initialBuffer();
        }
        round = 0;
        schedule(play, HALF_WEEK_HOURS, null);
    }

    private void playRound(Object ignored) {
        for (int i = 0; i < stationCount; i++) {
            long roll = (long) dice[i].sample();
            long moved = Math.min(roll, available(i, roll));
            if (i > 0) {
                waiting[i] -= moved;
            }
            if (i + 1 < stationCount) {
                waiting[i + 1] += moved;
            } else {
                shipped.add(moved);
            }
            lost[i].record(roll - moved);
        }
        long total = 0;
        for (int i = 1; i < stationCount; i++) {
            buffers[i].record(waiting[i]);
            total += waiting[i];
        }
        wip.record(total);
        round++;
        if (round < spec.rounds()) {
            schedule(play, HOURS_PER_WEEK, null);
        }
    }

    /** What station i may move: the first has unlimited supply, unless the rope holds it back. */
    private long available(int i, long roll) {
        if (i > 0) {
            return waiting[i];
        }
        if (constraint < 0) {
            return roll;
        }
        long released = 0;
        for (int j = 1; j <= constraint; j++) {
            released += waiting[j];
        }
        return Math.max(0, spec.rope().bufferItems() - released);
    }

    private double shortfall() {
        double rounds = spec.rounds() - spec.warmupRounds();
        return 1 - shipped.count() / rounds / capacityPerRound;
    }
}
