package io.salesim.core.engine;

/** What happens when a scheduled event fires; written as a method reference, e.g. {@code this::endService}. */
@FunctionalInterface
public interface EventAction<T> {
    void handle(T payload);
}
