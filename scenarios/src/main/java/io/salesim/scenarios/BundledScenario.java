package io.salesim.scenarios;

/** A scenario shipped inside the jar: its name (what {@code salesim run} takes) and one-line description. */
public record BundledScenario(String name, String description) {
}
