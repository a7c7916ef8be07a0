package io.salesim.scenarios.flow;

import io.salesim.core.engine.Model;
import io.salesim.core.engine.WorkCalendar;
import io.salesim.core.flow.FlowLineSpec;
import io.salesim.core.flow.StationSpec;
import io.salesim.core.random.DistributionSpec;
import io.salesim.scenarios.Scenario;
import io.salesim.scenarios.ScenarioKind;
import io.salesim.scenarios.ScenarioSource;
import io.salesim.scenarios.schema.DistributionType;
import io.salesim.scenarios.schema.Key;
import io.salesim.scenarios.schema.KeyPath;
import io.salesim.scenarios.schema.Node;
import io.salesim.scenarios.schema.Problem;
import io.salesim.scenarios.schema.Problems;
import io.salesim.scenarios.schema.Schema;
import io.salesim.scenarios.schema.Suggestions;
import io.salesim.scenarios.schema.Types;
import io.salesim.scenarios.schema.ValueType;
import io.salesim.scenarios.schema.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The {@code flow-line} scenario kind: a line of stations in series, fed by one arrival stream
 * ({@code arrivals: {interarrival: ..., batch_size: ...}}), by a first station that always has
 * work ({@code arrivals: saturated}), or closed with a fixed work in process
 * ({@code release: {conwip: W}}). Times are in hours. This class is where the file's
 * vocabulary meets the engine's.
 */
public final class FlowLineKind implements ScenarioKind {
    public static final String NAME = "flow-line";

    static final Key<Double> WEEKS = Key.required("weeks", Types.real().above(0).atMost(Model.MAX_HORIZON_WEEKS));
    static final Key<Double> WARMUP_WEEKS = Key.withDefault("warmup_weeks", Types.real().atLeast(0), 0.0);
    static final Schema HORIZON = new Schema("the horizon", WEEKS, WARMUP_WEEKS)
            .withCheck(FlowLineKind::warmupInsideHorizon);

    static final Key<Double> HOURS_PER_DAY = Key.withDefault("hours_per_day", Types.real().above(0).atMost(24), 24.0);
    static final Key<Integer> DAYS_PER_WEEK = Key.withDefault("days_per_week", Types.ints(Types.integer().between(1, 7)), 7);
    static final Key<List<Integer>> HOLIDAYS = Key.withDefault("holidays", Types.listOf(Types.count(), 0), List.of());
    static final Schema CALENDAR = new Schema("the calendar", HOURS_PER_DAY, DAYS_PER_WEEK, HOLIDAYS);

    static final Key<DistributionSpec> INTERARRIVAL = Key.required("interarrival", DistributionType.intervalHours());
    static final Key<DistributionSpec> BATCH_SIZE = Key.optional("batch_size", DistributionType.counts());
    static final Schema ARRIVALS = new Schema("the arrivals", INTERARRIVAL, BATCH_SIZE);
    static final String SATURATED = "saturated";

    /** The work in process of a closed line; the workload limit refuses one too large to hold. */
    static final Key<Integer> CONWIP = Key.required("conwip", Types.ints(Types.integer().atLeast(1)));
    static final Schema RELEASE = new Schema("the release", CONWIP);

    static final Key<String> STATION_NAME = Key.required("name", Types.name());
    static final Key<Integer> SERVERS = Key.withDefault("servers", Types.ints(Types.integer().atLeast(1)), 1);
    static final Key<DistributionSpec> PROCESS_TIME = Key.required("process_time", DistributionType.hours());
    static final Key<Integer> BUFFER = Key.optional("buffer", Types.count());
    static final Schema STATION = new Schema("a station", STATION_NAME, SERVERS, PROCESS_TIME, BUFFER);

    static final Key<String> KIND = Key.required("kind", Types.oneOf(Set.of(NAME)));
    static final Key<String> SCENARIO_NAME = Key.required("name", Types.name());
    static final Key<String> DESCRIPTION = Key.withDefault("description", Types.text(), "");
    static final Key<Values> HORIZON_KEY = Key.required("horizon", HORIZON);
    static final Key<Values> CALENDAR_KEY = Key.optional("calendar", CALENDAR);
    static final Key<FlowLineSpec.Release> ARRIVALS_KEY = Key.optional("arrivals", new ArrivalsType());
    static final Key<Values> RELEASE_KEY = Key.optional("release", RELEASE);
    static final Key<List<Values>> STATIONS = Key.required("stations", Types.listOf(STATION, 1));
    static final Schema FILE = new Schema("a flow-line scenario", KIND, SCENARIO_NAME, DESCRIPTION,
            HORIZON_KEY, CALENDAR_KEY, ARRIVALS_KEY, RELEASE_KEY, STATIONS)
            .withCheck(FlowLineKind::arrivalsOrRelease)
            .withCheck(Schema.uniqueNames(STATIONS, STATION_NAME, "station"))
            .withCheck(FlowLineKind::releaseTakesTime)
            .withCheck(FlowLineKind::noBufferOnFirstStation);

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
        Values horizon = file.get(HORIZON_KEY);
        List<StationSpec> stations = new ArrayList<>();
        for (Values station : file.get(STATIONS)) {
            stations.add(new StationSpec(station.get(STATION_NAME), station.get(SERVERS),
                    station.get(PROCESS_TIME), station.get(BUFFER)));
        }
        FlowLineSpec spec = new FlowLineSpec(file.get(SCENARIO_NAME),
                horizon.get(WEEKS) * Model.HOURS_PER_WEEK, horizon.get(WARMUP_WEEKS) * Model.HOURS_PER_WEEK,
                calendar(file.get(CALENDAR_KEY)), release(file), stations);
        return new FlowLineScenario(spec, file.get(DESCRIPTION), source);
    }

    @Override
    public Node resolve(Node root) {
        // no calendar means open around the clock, which is what the calendar's defaults say: write them out
        Node withCalendar = root.get(CALENDAR_KEY.name()) != null ? root
                : KeyPath.parse(CALENDAR_KEY.name()).set(root, "{}", root.source(), new Problems());
        return FILE.resolve(withCalendar);
    }

    private static FlowLineSpec.Release release(Values file) {
        Values release = file.get(RELEASE_KEY);
        return release != null ? new FlowLineSpec.Conwip(release.get(CONWIP)) : file.get(ARRIVALS_KEY);
    }

    /** {@code arrivals:} is either the word {@code saturated} or the mapping of an arrival stream. */
    private static final class ArrivalsType implements ValueType<FlowLineSpec.Release> {
        @Override
        public FlowLineSpec.Release read(Node node, Problems problems) {
            if (node.isMapping()) {
                Values arrivals = ARRIVALS.read(node, problems);
                return arrivals == null ? null : new FlowLineSpec.Arrivals(arrivals.get(INTERARRIVAL), arrivals.get(BATCH_SIZE));
            }
            if (node.kind() == Node.Kind.TEXT && SATURATED.equals(node.text())) {
                return new FlowLineSpec.Saturated();
            }
            String closest = node.kind() == Node.Kind.TEXT ? Suggestions.closest(node.text(), Set.of(SATURATED)) : null;
            problems.add(node, (closest == null ? "" : "\"" + closest + "\" (closest match) or ") + allowed());
            return null;
        }

        @Override
        public String allowed() {
            return SATURATED + " (the first station always has work), or " + ARRIVALS.allowed();
        }

        @Override
        public Node resolve(Node node) {
            return node.isMapping() ? ARRIVALS.resolve(node) : node;
        }
    }

    private static void arrivalsOrRelease(Values file, Problems problems) {
        Node root = file.node();
        String either = "either arrivals (an arrival stream, or saturated) or release: {conwip: W} (a closed line of W items)";
        if (file.has(ARRIVALS_KEY) && file.has(RELEASE_KEY)) {
            Node release = file.nodeOf(RELEASE_KEY);
            Node arrivals = file.nodeOf(ARRIVALS_KEY);
            int arrivalsLine = root.keyLine(ARRIVALS_KEY.name());
            // arrivals from a --set has no line of the file to point at
            String where = arrivals.source().equals(release.source()) && arrivalsLine > 0 ? "line " + arrivalsLine : arrivals.source();
            problems.add(new Problem(release.source(), root.keyLine(RELEASE_KEY.name()), release.displayPath(),
                    "release beside arrivals (" + where + ")", either + ", not both"));
        } else if (!file.has(ARRIVALS_KEY) && !file.has(RELEASE_KEY)) {
            problems.missing(root, ARRIVALS_KEY.name(), either);
        }
    }

    /** A saturated first station, or a closed line, that takes no time would start items for ever at one instant. */
    private static void releaseTakesTime(Values file, Problems problems) {
        List<Values> stations = file.get(STATIONS);
        if (file.get(ARRIVALS_KEY) instanceof FlowLineSpec.Saturated) {
            Values first = stations.get(0);
            StationSpec station = new StationSpec(first.get(STATION_NAME), first.get(SERVERS), first.get(PROCESS_TIME), null);
            if (!(FlowLineSpec.meanProcessHours(station) > 0)) {
                problems.add(first.nodeOf(PROCESS_TIME), "a process time with a mean > 0 on the first station of a saturated line");
            }
        }
        if (file.has(RELEASE_KEY)) {
            double sum = 0;
            for (Values s : stations) {
                sum += FlowLineSpec.meanProcessHours(new StationSpec(s.get(STATION_NAME), 1, s.get(PROCESS_TIME), null));
            }
            if (!(sum > 0)) {
                problems.add(stations.get(0).nodeOf(PROCESS_TIME), "a process time with a mean > 0 on some station of a closed (CONWIP) line");
            }
        }
    }

    private static WorkCalendar calendar(Values calendar) {
        if (calendar == null) {
            return WorkCalendar.alwaysOpen();
        }
        int[] holidays = calendar.get(HOLIDAYS).stream().mapToInt(Integer::intValue).toArray();
        return new WorkCalendar(calendar.get(HOURS_PER_DAY), calendar.get(DAYS_PER_WEEK), holidays);
    }

    private static void warmupInsideHorizon(Values horizon, Problems problems) {
        double weeks = horizon.get(WEEKS);
        if (horizon.get(WARMUP_WEEKS) >= weeks) {
            problems.add(horizon.nodeOf(WARMUP_WEEKS), "a number >= 0 and below weeks (" + horizon.nodeOf(WEEKS).text() + ")");
        }
    }

    private static void noBufferOnFirstStation(Values file, Problems problems) {
        Values first = file.get(STATIONS).get(0);
        if (first.has(BUFFER)) {
            Node buffer = first.nodeOf(BUFFER);
            problems.add(new Problem(buffer.source(), first.node().keyLine(BUFFER.name()), buffer.displayPath(),
                    buffer.describe(), "no buffer on the first station: its queue is unbounded"));
        }
    }
}
