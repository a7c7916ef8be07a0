package io.salesim.scenarios;

import java.util.List;

/**
 * A value the scenario assumes rather than takes from a source: its key path (as for
 * {@code --set}), the value as run, its unit, the stated reason and, optionally, the range of
 * values a verdict should survive ({@code compare --vary-assumptions} reruns at each). Scenario
 * files list them in an {@code assumptions:} block; reports list them so a reader sees what the
 * verdicts rest on.
 *
 * @param range values as written for {@code --set}; empty when the file gives none
 */
public record Assumption(String keyPath, String value, String unit, String reason, List<String> range) {
    public Assumption {
        range = List.copyOf(range);
    }
}
