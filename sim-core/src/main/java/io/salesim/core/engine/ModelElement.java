package io.salesim.core.engine;

import io.salesim.core.random.DistributionSpec;
import io.salesim.core.random.RandomStream;
import io.salesim.core.random.Sampler;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/**
 * A part of a model: it schedules its own events, owns its random streams and responses,
 * and resets its own state in {@link #initialize()} before every replication.
 */
public abstract class ModelElement {
    private static final EventAction<Runnable> RUN = Runnable::run;

    private final Model model;
    private final String name;
    private final String path;
    private final String streamPrefix;
    private final List<ModelElement> children = new ArrayList<>();

    protected ModelElement(ModelElement parent, String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a model element needs a name");
        }
        this.name = name;
        if (parent == null) {
            this.model = (Model) this;
            this.path = name;
            this.streamPrefix = "";
        } else {
            this.model = parent.model;
            this.path = parent.path + "/" + name;
            this.streamPrefix = parent.streamPrefix.isEmpty() ? name : parent.streamPrefix + "/" + name;
            parent.children.add(this);
        }
    }

    public final String name() {
        return name;
    }

    /** Slash-separated names from the root; the prefix of this element's stream names. */
    public final String path() {
        return path;
    }

    public final Model model() {
        return model;
    }

    /** The simulation clock, in hours since the start of the replication. */
    public final double now() {
        return model.now;
    }

    /** Resets this element's state before a replication; children are initialised after their parent. */
    protected void initialize() {
    }

    final void initializeTree() {
        initialize();
        for (ModelElement child : children) {
            child.initializeTree();
        }
    }

    protected final <T> void schedule(EventAction<? super T> action, double delayHours, T payload) {
        model.scheduleAt(action, model.now() + delayHours, payload, 0);
    }

    protected final <T> void schedule(EventAction<? super T> action, double delayHours, T payload, int priority) {
        model.scheduleAt(action, model.now() + delayHours, payload, priority);
    }

    protected final <T> void scheduleAt(EventAction<? super T> action, double timeHours, T payload) {
        model.scheduleAt(action, timeHours, payload, 0);
    }

    protected final void schedule(Runnable action, double delayHours) {
        model.scheduleAt(RUN, model.now() + delayHours, action, 0);
    }

    /**
     * A random stream named after this element's path below the model, e.g. {@code desk.process}.
     * The model's own name is left out so that differently named models (plans, scenarios)
     * draw the same numbers from the same stream: common random numbers.
     */
    protected final RandomStream stream(String streamName) {
        return model.registerStream(streamPrefix.isEmpty() ? streamName : streamPrefix + "." + streamName);
    }

    /** A distribution drawing from this element's stream of that name. */
    protected final Sampler sampler(String streamName, DistributionSpec spec) {
        return spec.sampler(stream(streamName));
    }

    protected final Observations observations(String metric, Meaning meaning) {
        return model.register(new Observations(model, metric, meaning, false));
    }

    /** Observations that also keep every value after warm-up, for {@link Observations#quantile}. */
    protected final Observations observationsWithQuantiles(String metric, Meaning meaning) {
        return model.register(new Observations(model, metric, meaning, true));
    }

    protected final Proportion proportion(String metric, Meaning meaning) {
        return model.register(new Proportion(model, metric, meaning));
    }

    protected final Level level(String metric, Meaning meaning) {
        return model.register(new Level(model, metric, meaning, null));
    }

    /** A level whose time-average counts only the calendar's working hours. */
    protected final Level level(String metric, Meaning meaning, WorkCalendar calendar) {
        return model.register(new Level(model, metric, meaning, calendar.isAlwaysOpen() ? null : calendar));
    }

    protected final Counter counter(String metric, Meaning meaning) {
        return model.register(new Counter(model, metric, meaning));
    }

    /**
     * Declares that {@code length}, {@code departures} and {@code timeHours} are one queue's L, λ
     * and W (Little's law), owned by {@code subject}; all three must be this model's responses.
     */
    protected final void declareQueue(String subject, Level length, Counter departures, Observations timeHours) {
        model.declareQueue(new QueueMetrics(subject, length.metric(), departures.metric(), timeHours.metric()));
    }

    /** Declares {@code length} (any response with a weekly series) as a pile of work owned by {@code subject}, with no Little triple. */
    protected final void declareQueue(String subject, Response length) {
        model.declareQueue(QueueMetrics.lengthOnly(subject, length.metric()));
    }

    /** A value computed once at the end of each replication from other state. */
    protected final void computed(String metric, Meaning meaning, DoubleSupplier value) {
        model.register(new Computed(model, metric, meaning, value, null));
    }

    /** A weekly series computed at the end of each replication, with no value of its own (e.g. a 0/1 indicator). */
    protected final void weeklySeries(String metric, Meaning meaning, Supplier<double[]> weekly) {
        model.register(new Computed(model, metric, meaning, null, weekly));
    }

    /** A value and a weekly series computed at the end of each replication, e.g. a ratio of two levels. */
    protected final void computed(String metric, Meaning meaning, DoubleSupplier value, Supplier<double[]> weekly) {
        model.register(new Computed(model, metric, meaning, value, weekly));
    }
}
