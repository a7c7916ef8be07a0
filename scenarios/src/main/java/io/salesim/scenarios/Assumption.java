package io.salesim.scenarios;

/**
 * A value the scenario assumes rather than takes from a source: its key path (as for
 * {@code --set}), the value as run, its unit and the stated reason. Scenario files list them in
 * an {@code assumptions:} block; reports list them so a reader sees what the verdicts rest on.
 */
public record Assumption(String keyPath, String value, String unit, String reason) {
}
