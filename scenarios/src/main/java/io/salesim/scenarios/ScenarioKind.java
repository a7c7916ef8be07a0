package io.salesim.scenarios;

import io.salesim.scenarios.schema.Node;
import io.salesim.scenarios.schema.Problems;

/**
 * One kind of scenario file (the value of its {@code kind:} key). A kind declares its keys as
 * {@link io.salesim.scenarios.schema.Schema}s and builds its scenario from the values read;
 * register it in {@link ScenarioKinds}.
 */
public interface ScenarioKind {
    String name();

    /** The scenario, or null after adding every problem found to {@code problems}. */
    Scenario read(Node root, ScenarioSource source, Problems problems);
}
