package io.salesim.scenarios;

import java.util.Objects;

/**
 * The text of a scenario and the name its problems are reported under: the path as given,
 * or {@code bundled:<name>.yaml} for a bundled scenario.
 */
public record ScenarioSource(String name, String text) {
    public ScenarioSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }
}
