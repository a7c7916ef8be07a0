package io.salesim.core.flow;

import io.salesim.core.engine.Model;
import io.salesim.core.engine.WorkCalendar;
import io.salesim.core.random.DistributionSpec;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A line of stations in series fed by one arrival stream. Items arrive in batches of
 * {@code batchSize} (constant 1 for single arrivals). Times are in hours.
 */
public record FlowLineSpec(String name, double horizonHours, double warmupHours, WorkCalendar calendar,
                           DistributionSpec interarrivalHours, DistributionSpec batchSize, List<StationSpec> stations) {
    public FlowLineSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(interarrivalHours, "interarrivalHours");
        batchSize = batchSize == null ? new DistributionSpec.Constant(1) : batchSize;
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
    }

    /** Whole weeks of warm-up, rounded: per-week statistics after warm-up start at this week index. */
    public int warmupWeeks() {
        return (int) Math.round(warmupHours / Model.HOURS_PER_WEEK);
    }

    public static FlowLineSpec of(String name, double horizonHours, double warmupHours,
                                  DistributionSpec interarrivalHours, StationSpec... stations) {
        return new FlowLineSpec(name, horizonHours, warmupHours, WorkCalendar.alwaysOpen(), interarrivalHours, null, List.of(stations));
    }
}
