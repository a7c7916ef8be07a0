package io.salesim.core.engine;

import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/** A value derived at the end of a replication from other state, optionally with a weekly series; or a weekly series alone. */
final class Computed extends Response {
    private final DoubleSupplier value;
    private final Supplier<double[]> weekly;

    Computed(Model model, String metric, Meaning meaning, DoubleSupplier value, Supplier<double[]> weekly) {
        super(model, metric, meaning);
        this.value = value;
        this.weekly = weekly;
    }

    @Override
    void start(int weeks) {
    }

    @Override
    void endWarmup(double now) {
    }

    @Override
    boolean hasValue() {
        return value != null;
    }

    @Override
    double finish(double now) {
        return value == null ? Double.NaN : value.getAsDouble();
    }

    @Override
    double[] weekly() {
        return weekly == null ? null : weekly.get();
    }
}
