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

    /**
     * The document exactly as {@link #read} understood it: anything it inherits merged in
     * ({@code extends:} followed) and every default written out. Called only on a document
     * {@code read} accepted; the result must read back to the same scenario. Kinds declared
     * with one root {@link io.salesim.scenarios.schema.Schema} return {@code FILE.resolve(root)}.
     */
    default Node resolve(Node root) {
        return root;
    }
}
