package io.salesim.core.flow;

import io.salesim.core.engine.Meaning;
import io.salesim.core.engine.Counter;
import io.salesim.core.engine.EventAction;
import io.salesim.core.engine.Level;
import io.salesim.core.engine.Model;
import io.salesim.core.engine.Observations;
import io.salesim.core.random.Sampler;
import io.salesim.core.resource.ShiftingBottleneck;
import java.util.ArrayList;
import java.util.List;

/**
 * A line of stations in series: the model educators use for theory-of-constraints effects
 * and we use to validate the engine. Records {@code system.time_in_system_hours},
 * {@code system.throughput_per_week} and {@code system.wip}, plus each station's own metrics and
 * {@code station.<name>.bottleneck_probability}: the share of weeks after warm-up in which that
 * station was the bottleneck (Roser's shifting-bottleneck rule, {@link ShiftingBottleneck}),
 * with a 0/1 weekly series whose mean across replications is the probability per week.
 */
public final class FlowLine extends Model {
    private final FlowLineSpec spec;
    private final Sampler interarrivalHours;
    private final Sampler batchSize;
    private final List<Station> stations = new ArrayList<>();
    private final Observations timeInSystemHours;
    private final Counter throughput;
    private final Level wip;
    private final EventAction<Object> arrive = this::arrive;
    private double[][] bottleneckShares;

    /** An item flowing down the line; it remembers when it arrived. */
    static final class Item {
        final double arrivedAt;

        Item(double arrivedAt) {
            this.arrivedAt = arrivedAt;
        }
    }

    public FlowLine(FlowLineSpec spec) {
        super(spec.name(), spec.horizonHours(), spec.warmupHours());
        this.spec = spec;
        this.interarrivalHours = sampler("interarrival", spec.interarrivalHours());
        this.batchSize = sampler("batch", spec.batchSize());
        Station previous = null;
        for (StationSpec stationSpec : spec.stations()) {
            Station station = new Station(this, stationSpec, previous);
            stations.add(station);
            previous = station;
        }
        this.timeInSystemHours = observations("system.time_in_system_hours", Meaning.lower("hours").headline());
        this.throughput = counter("system.throughput_per_week", Meaning.higher("items/week").board());
        this.wip = level("system.wip", Meaning.lower("items").headline());
        declareQueue("system", wip, throughput, timeInSystemHours);
        for (int i = 0; i < stations.size(); i++) {
            int station = i;
            computed("station." + stations.get(i).name() + ".bottleneck_probability", Meaning.neutral("probability").board(),
                    () -> afterWarmup(bottleneckShares[station]), () -> bottleneckShares[station].clone());
        }
    }

    @Override
    protected void beforeResults() {
        int n = stations.size();
        double[][] longest = new double[n][];
        double[][] active = new double[n][];
        double[][] utilization = new double[n][];
        for (int i = 0; i < n; i++) {
            Station station = stations.get(i);
            station.activePeriods().finish(now());
            longest[i] = station.activePeriods().longestHours();
            active[i] = station.activePeriods().activeHours();
            utilization[i] = station.weeklyUtilization();
        }
        bottleneckShares = ShiftingBottleneck.weeklyShares(longest, active, utilization);
    }

    private double afterWarmup(double[] weekly) {
        int from = spec.warmupWeeks();
        double sum = 0;
        for (int w = from; w < weekly.length; w++) {
            sum += weekly[w];
        }
        return weekly.length > from ? sum / (weekly.length - from) : Double.NaN;
    }

    public FlowLineSpec spec() {
        return spec;
    }

    public List<Station> stations() {
        return List.copyOf(stations);
    }

    @Override
    protected void initialize() {
        schedule(arrive, interarrivalHours.sample(), null);
    }

    private void arrive(Object ignored) {
        long batch = Math.max(1, Math.round(batchSize.sample()));
        for (long i = 0; i < batch; i++) {
            wip.add(1);
            stations.get(0).arrive(new Item(now()));
        }
        schedule(arrive, interarrivalHours.sample(), null);
    }

    void depart(Item item) {
        wip.add(-1);
        timeInSystemHours.record(now() - item.arrivedAt);
        throughput.increment();
    }
}
