package io.salesim.core.flow;

import io.salesim.core.engine.Meaning;
import io.salesim.core.engine.Counter;
import io.salesim.core.engine.EventAction;
import io.salesim.core.engine.Level;
import io.salesim.core.engine.Model;
import io.salesim.core.engine.Observations;
import io.salesim.core.random.DistributionSpec;
import io.salesim.core.random.Sampler;
import io.salesim.core.resource.ShiftingBottleneck;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A line of stations in series: the model educators use for theory-of-constraints effects
 * and we use to validate the engine. Work enters as its {@link FlowLineSpec.Release} says: an
 * arrival stream, a saturated first station (it starts a new item whenever a server is free),
 * or a fixed work in process (CONWIP: a new item enters when one leaves). Records {@code system.time_in_system_hours},
 * {@code system.throughput_per_week} and {@code system.wip}, plus each station's own metrics and
 * {@code station.<name>.bottleneck_probability}: the share of weeks after warm-up in which that
 * station was the bottleneck (Roser's shifting-bottleneck rule, {@link ShiftingBottleneck}),
 * with a 0/1 weekly series whose mean across replications is the probability per week.
 */
public final class FlowLine extends Model {
    private final FlowLineSpec spec;
    private final Sampler interarrivalHours;  // null unless the line is fed by arrivals
    private final Sampler batchSize;
    // a constant batch size (1 for single arrivals), worked out once: drawing and rounding it at
    // every arrival was a call into commons-math3 and a Math.round for the same number; 0 if random
    private final long constantBatch;
    private final int conwip;  // 0 unless the line is closed
    private final List<Station> stations = new ArrayList<>();
    private final Station first;  // where items enter, looked up at every arrival
    private final Observations timeInSystemHours;
    private final Counter throughput;
    private final Level wip;
    // every arrival and end of processing on the line is one action: the calendar's call of it
    // then sees one receiver, which the JIT inlines, where an action per kind and station made
    // that call megamorphic (an arrival carries no item, an end of processing its item)
    private final EventAction<Item> itemEvent = this::itemEvent;
    private final EventAction<Object> releaseAtStart = this::releaseAtStart;
    private final EventAction<Object> cutActivePeriods = this::cutActivePeriods;
    private double[][] bottleneckShares;

    /** An item flowing down the line; it remembers when it arrived. Departed items are reused. */
    static final class Item {
        final int number;  // its index among the line's items
        double arrivedAt;
        Station processedAt;  // the station processing the item, while one does

        Item(int number) {
            this.number = number;
        }
    }

    // every item made so far, and the numbers of those free to enter (departed, or left over from
    // the last replication): a run allocates only its peak WIP, and reusing an item stores no
    // reference, as keeping free items in an array of references would (G1 fences a reference
    // stored into an old array)
    private Item[] items = new Item[64];
    private int itemCount;
    private int[] freeItems = new int[64];
    private int freeCount;

    public FlowLine(FlowLineSpec spec) {
        super(spec.name(), spec.horizonHours(), spec.warmupHours());
        this.spec = spec;
        if (spec.release() instanceof FlowLineSpec.Arrivals arrivals) {
            this.interarrivalHours = sampler("interarrival", arrivals.interarrivalHours());
            this.batchSize = sampler("batch", arrivals.batchSize());
            this.constantBatch = arrivals.batchSize() instanceof DistributionSpec.Constant constant ? batch(constant.value()) : 0;
        } else {
            this.interarrivalHours = null;
            this.batchSize = null;
            this.constantBatch = 0;
        }
        this.conwip = spec.release() instanceof FlowLineSpec.Conwip closed ? closed.wip() : 0;
        Station previous = null;
        for (StationSpec stationSpec : spec.stations()) {
            boolean saturated = previous == null && spec.release() instanceof FlowLineSpec.Saturated;
            Station station = new Station(this, stationSpec, previous, saturated);
            stations.add(station);
            previous = station;
        }
        this.first = stations.get(0);
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
            station.cutActivePeriod();
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
        for (int i = 0; i < itemCount; i++) {
            freeItems[i] = i;
        }
        freeCount = itemCount;
        if (spec.warmupHours() > 0) {
            scheduleAt(cutActivePeriods, spec.warmupHours(), null);
        }
        if (interarrivalHours != null) {
            schedule(itemEvent, interarrivalHours.sample(), null);
        } else {
            // an event rather than a call: the stations reset their state after this method
            schedule(releaseAtStart, 0, null);
        }
    }

    /** Every arrival (no item) and end of processing (its item) of the line. */
    private void itemEvent(Item item) {
        if (item == null) {
            arrive();
        } else {
            item.processedAt.endProcess(item);
        }
    }

    /** Schedules the end of an item's processing at a station. */
    void scheduleEndOfProcess(Station station, Item item, double delayHours) {
        // stored only when it changes, never on a one-station line: G1 fences a reference stored into an old object
        if (item.processedAt != station) {
            item.processedAt = station;
        }
        schedule(itemEvent, delayHours, item);
    }

    private void arrive() {
        long batch = constantBatch > 0 ? constantBatch : batch(batchSize.sample());
        for (long i = 0; i < batch; i++) {
            first.arrive(enter());
        }
        schedule(itemEvent, interarrivalHours.sample(), null);
    }

    /** A batch size drawn as a real number: the nearest whole number, at least 1. */
    private static long batch(double size) {
        return Math.max(1, Math.round(size));
    }

    /**
     * At the warm-up, every station's active period is cut: otherwise one that began at time 0
     * (the first station of a closed line holds all W items then) would outlast its equals by the
     * start-up alone and win every week's bottleneck by it.
     */
    private void cutActivePeriods(Object ignored) {
        for (Station station : stations) {
            station.cutActivePeriod();
        }
    }

    /** Time 0 of a saturated or closed line: the first station's servers start, or the fixed WIP enters. */
    private void releaseAtStart(Object ignored) {
        if (conwip > 0) {
            for (int i = 0; i < conwip; i++) {
                first.arrive(enter());
            }
        } else {
            first.fillFreeServers();
        }
    }

    /** A new item enters the line now. */
    Item enter() {
        wip.add(1);
        Item item = freeCount > 0 ? items[freeItems[--freeCount]] : newItem();
        item.arrivedAt = now();
        return item;
    }

    private Item newItem() {
        if (itemCount == items.length) {
            items = Arrays.copyOf(items, 2 * itemCount);
            freeItems = Arrays.copyOf(freeItems, 2 * itemCount);
        }
        Item item = new Item(itemCount);
        items[itemCount++] = item;
        return item;
    }

    void depart(Item item) {
        wip.add(-1);
        timeInSystemHours.record(now() - item.arrivedAt);
        throughput.increment();
        freeItems[freeCount++] = item.number;
        if (conwip > 0) {
            first.arrive(enter());
        }
    }
}
