package io.salesim.core.engine;

import io.salesim.core.random.RandomStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The root of a model-element tree and the executive of one replication at a time: it owns
 * the clock, the event calendar, the named random streams and the responses.
 * A model is used by one thread at a time; build one per worker to run replications in parallel.
 */
public abstract class Model extends ModelElement {
    public static final double HOURS_PER_WEEK = 168.0;
    /**
     * The longest horizon, a hundred years: every weekly series holds a value a week, for every
     * metric and replication, so a longer one only fills the memory.
     */
    public static final int MAX_HORIZON_WEEKS = 5_200;

    private final EventCalendar calendar;
    private final Map<String, RandomStream> streams = new LinkedHashMap<>();
    private final List<Response> responses = new ArrayList<>();
    private final Map<String, Response> responsesByMetric = new LinkedHashMap<>();
    private final List<QueueMetrics> queues = new ArrayList<>();
    private final double horizonHours;
    private final double warmupHours;
    private final int weeks;
    double now;
    // the clock's week, kept up to date as the clock moves; the responses are told as each ends
    private int week;
    private double nextWeekStartHours;
    private long eventsExecuted;

    /** A model on a 4-ary heap: faster than the binary heap at every size from 10 to 10^6 pending (docs/bench.md). */
    protected Model(String name, double horizonHours, double warmupHours) {
        this(name, horizonHours, warmupHours, EventCalendar.fourAryHeap());
    }

    /** A model on a calendar of its own (each run clears it first). */
    protected Model(String name, double horizonHours, double warmupHours, EventCalendar calendar) {
        super(null, name);
        this.calendar = calendar;
        if (!(horizonHours > 0 && horizonHours <= MAX_HORIZON_WEEKS * HOURS_PER_WEEK)) {
            throw new IllegalArgumentException("horizon must be a positive number of hours, at most " + MAX_HORIZON_WEEKS
                    + " weeks, was " + horizonHours);
        }
        if (!(warmupHours >= 0 && warmupHours < horizonHours)) {
            throw new IllegalArgumentException("warm-up must be in [0, horizon), was " + warmupHours);
        }
        this.horizonHours = horizonHours;
        this.warmupHours = warmupHours;
        this.weeks = (int) Math.ceil(horizonHours / HOURS_PER_WEEK);
    }

    public final double horizonHours() {
        return horizonHours;
    }

    public final double warmupHours() {
        return warmupHours;
    }

    public final int weeks() {
        return weeks;
    }

    /** Week index (0-based) of the current time, clamped to the horizon. */
    public final int currentWeek() {
        return week;
    }

    public final List<Response> responses() {
        return List.copyOf(responses);
    }

    /** The queues the model's elements declared, in declaration order: what run diagnostics judge. */
    public final List<QueueMetrics> queues() {
        return List.copyOf(queues);
    }

    /**
     * Runs one replication from a clean state and returns its responses. An event belongs to
     * exactly one window: the run after warm-up is [warm-up, horizon) and week k is
     * [168k, 168(k+1)), so an event at the warm-up instant counts in the run, one at a week
     * boundary in the week it starts, and one at the horizon instant does not happen.
     */
    public final ReplicationResult run(long baseSeed, int replication) {
        calendar.clear();
        week = 0;
        nextWeekStartHours = HOURS_PER_WEEK;
        now = 0;
        eventsExecuted = 0;
        for (RandomStream stream : streams.values()) {
            stream.reseed(baseSeed, replication);
        }
        for (Response response : responses) {
            response.start(weeks);
        }
        initializeTree();
        // Windows are half-open, [0, warm-up) then [warm-up, horizon), and week k is [168k, 168(k+1)):
        // the warm-up ends before any other event at its instant, so those count in the run; an
        // event at the horizon instant is past the run and does not fire
        if (warmupHours > 0) {
            scheduleAt(this::endWarmup, warmupHours, null, Integer.MIN_VALUE);
        }
        // every pending event is before the horizon: scheduleAt keeps no other
        while (!calendar.isEmpty()) {
            advanceClock(calendar.firstTime());
            calendar.fireFirst();
            eventsExecuted++;
        }
        advanceClock(horizonHours);
        beforeResults();
        LinkedHashMap<String, Double> values = new LinkedHashMap<>();
        LinkedHashMap<String, double[]> weekly = new LinkedHashMap<>();
        for (Response response : responses) {
            double value = response.finish(horizonHours);
            if (response.hasValue()) {
                values.put(response.metric(), value);
            }
            double[] series = response.weekly();
            if (series != null) {
                weekly.put(response.metric(), series);
            }
        }
        return new ReplicationResult(replication, values, weekly, eventsExecuted);
    }

    private void advanceClock(double time) {
        now = time;
        while (now >= nextWeekStartHours && week < weeks - 1) {
            for (Response response : responses) {
                response.weekEnded(week);
            }
            week++;
            nextWeekStartHours += HOURS_PER_WEEK;
        }
    }

    /** Hook before responses are read at the horizon, e.g. to close open time-weighted levels. */
    protected void beforeResults() {
    }

    public final long eventsExecuted() {
        return eventsExecuted;
    }

    private void endWarmup(Object ignored) {
        for (Response response : responses) {
            response.endWarmup(now);
        }
    }

    @SuppressWarnings("unchecked")
    final <T> void scheduleAt(EventAction<? super T> action, double time, T payload, int priority) {
        if (!(time >= now)) {
            throw new IllegalStateException("cannot schedule in the past: at " + time + " h when the clock reads " + now + " h");
        }
        // an event at or after the horizon never fires: keeping it would only deepen the heap
        // (repeat orders and lapse timers of a big firm fall far ahead); dropping it changes no
        // other event's order
        if (time < horizonHours) {
            // the action accepts T and is only ever handed this payload, a T
            calendar.add(time, priority, (EventAction<Object>) action, payload);
        }
    }

    final RandomStream registerStream(String fullName) {
        if (streams.containsKey(fullName)) {
            throw new IllegalStateException("random stream '" + fullName + "' is declared twice");
        }
        RandomStream stream = new RandomStream(fullName);
        streams.put(fullName, stream);
        return stream;
    }

    final void declareQueue(QueueMetrics queue) {
        for (String metric : new String[] {queue.length(), queue.departuresPerWeek(), queue.timeHours()}) {
            if (metric != null && !responsesByMetric.containsKey(metric)) {
                throw new IllegalStateException("queue '" + queue.subject() + "' names metric '" + metric + "', which is not declared");
            }
        }
        queues.add(queue);
    }

    final <R extends Response> R register(R response) {
        if (responsesByMetric.putIfAbsent(response.metric(), response) != null) {
            throw new IllegalStateException("metric '" + response.metric() + "' is declared twice");
        }
        responses.add(response);
        return response;
    }
}
