package io.salesim.core.flow;

import io.salesim.core.engine.Model;
import io.salesim.core.engine.WorkCalendar;
import io.salesim.core.random.DistributionSpec;
import io.salesim.core.random.RandomStream;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A line of stations in series and how work enters it ({@link Release}): an arrival stream, a
 * saturated first station, or a fixed work in process (CONWIP). Times are in hours.
 */
public record FlowLineSpec(String name, double horizonHours, double warmupHours, WorkCalendar calendar,
                           Release release, List<StationSpec> stations) {

    /** How items enter the line. */
    public sealed interface Release {
    }

    /**
     * An open line fed by arrivals: items come in batches of {@code batchSize} (constant 1 for
     * single arrivals) every {@code interarrivalHours}.
     */
    public record Arrivals(DistributionSpec interarrivalHours, DistributionSpec batchSize) implements Release {
        public Arrivals {
            Objects.requireNonNull(interarrivalHours, "interarrivalHours");
            batchSize = batchSize == null ? new DistributionSpec.Constant(1) : batchSize;
        }
    }

    /**
     * The first station always has work: whenever one of its servers is free (not processing,
     * not blocked) it starts a new item at once, so nothing waits in front of it.
     */
    public record Saturated() implements Release {
    }

    /**
     * A closed line (CONWIP, constant work in process): {@code wip} items enter the first station
     * at time 0, and a new one enters whenever one leaves the last station.
     */
    public record Conwip(int wip) implements Release {
        public Conwip {
            if (wip < 1) {
                throw new IllegalArgumentException("CONWIP needs a work in process of at least 1, was " + wip);
            }
        }
    }

    public FlowLineSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(release, "release");
        stations = List.copyOf(stations);
        if (stations.isEmpty()) {
            throw new IllegalArgumentException("a flow line needs at least one station");
        }
        Set<String> names = new HashSet<>();
        for (StationSpec station : stations) {
            if (!names.add(station.name())) {
                throw new IllegalArgumentException("station name '" + station.name() + "' is used twice");
            }
        }
        // a saturated station that takes no time, or a closed line that takes none, would start items for ever at one instant
        if (release instanceof Saturated && !(meanProcessHours(stations.get(0)) > 0)) {
            throw new IllegalArgumentException("a saturated first station needs a mean process time > 0, station '"
                    + stations.get(0).name() + "' has " + meanProcessHours(stations.get(0)));
        }
        if (release instanceof Conwip && !(rawProcessHours(stations) > 0)) {
            throw new IllegalArgumentException("a closed (CONWIP) line needs a total mean process time > 0");
        }
    }

    /** An open line fed by {@code interarrivalHours}, in batches of {@code batchSize} (null: single arrivals). */
    public FlowLineSpec(String name, double horizonHours, double warmupHours, WorkCalendar calendar,
                        DistributionSpec interarrivalHours, DistributionSpec batchSize, List<StationSpec> stations) {
        this(name, horizonHours, warmupHours, calendar, new Arrivals(interarrivalHours, batchSize), stations);
    }

    /** Whole weeks of warm-up, rounded: per-week statistics after warm-up start at this week index. */
    public int warmupWeeks() {
        return (int) Math.round(warmupHours / Model.HOURS_PER_WEEK);
    }

    /**
     * The bottleneck rate r_b (Hopp and Spearman, Factory Physics, ch. 7): the lowest station
     * capacity, servers ÷ mean process time, in items per working hour.
     */
    public double bottleneckRatePerHour() {
        double rate = Double.POSITIVE_INFINITY;
        for (StationSpec station : stations) {
            rate = Math.min(rate, station.servers() / meanProcessHours(station));
        }
        return rate;
    }

    /** The raw process time T0 (Factory Physics, ch. 7): the mean process times summed over the stations, in working hours. */
    public double rawProcessHours() {
        return rawProcessHours(stations);
    }

    /** The station's mean process time in hours (a truncated distribution's truncated mean). */
    public static double meanProcessHours(StationSpec station) {
        return station.processTime().sampler(new RandomStream("mean")).mean();
    }

    private static double rawProcessHours(List<StationSpec> stations) {
        double sum = 0;
        for (StationSpec station : stations) {
            sum += meanProcessHours(station);
        }
        return sum;
    }

    public static FlowLineSpec of(String name, double horizonHours, double warmupHours,
                                  DistributionSpec interarrivalHours, StationSpec... stations) {
        return new FlowLineSpec(name, horizonHours, warmupHours, WorkCalendar.alwaysOpen(), interarrivalHours, null, List.of(stations));
    }

    /** A line of {@code stations} under {@code release}, on a 24×7 calendar. */
    public static FlowLineSpec of(String name, double horizonHours, double warmupHours, Release release, StationSpec... stations) {
        return new FlowLineSpec(name, horizonHours, warmupHours, WorkCalendar.alwaysOpen(), release, List.of(stations));
    }
}
