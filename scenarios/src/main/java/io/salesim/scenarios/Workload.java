package io.salesim.scenarios;

/**
 * What one replication of a scenario is expected to create (items, opportunities, orders,
 * tasks), estimated from its parameters before anything runs. A model holds what it creates
 * until it is done, so memory and time grow with it: {@link ScenarioLoader} refuses a scenario
 * above {@link #MAX_ITEMS_PER_REPLICATION}.
 *
 * @param itemsPerReplication the estimate (an upper bound where the model's behaviour is not known in advance)
 * @param keyPath             the key that drives it most, where the problem points
 * @param breakdown           how the estimate is made, for the message
 */
public record Workload(double itemsPerReplication, String keyPath, String breakdown) {
    /** About 1 GB of items in the worst case (an overloaded model that finishes none), per worker thread. */
    public static final double MAX_ITEMS_PER_REPLICATION = 10_000_000;

    /** For scenarios built in code whose size is known to be small. */
    public static final Workload NONE = new Workload(0, "", "");

    public boolean withinLimit() {
        return itemsPerReplication <= MAX_ITEMS_PER_REPLICATION; // false for NaN too
    }
}
