package io.salesim.scenarios.experiments;

import io.salesim.scenarios.Scenario;
import io.salesim.scenarios.ScenarioException;
import io.salesim.scenarios.ScenarioLoader;
import io.salesim.scenarios.ScenarioSource;
import io.salesim.scenarios.schema.KeyPath;
import io.salesim.scenarios.schema.Node;
import io.salesim.scenarios.schema.Problems;
import io.salesim.scenarios.schema.YamlWriter;
import java.util.Map;

/**
 * Changes values of a scenario by key path and validates the result through its kind, so
 * every rule of the file format applies to changed values too. Works on the resolved
 * document ({@code extends:} followed, defaults written out), so any key can be changed,
 * including inherited ones and ones the file leaves at their default.
 */
public final class Overrides {
    private Overrides() {
    }

    /**
     * @param values key path -> YAML value text, applied in order
     * @return the changed scenario, whose source text is the changed document
     */
    public static Scenario apply(Scenario base, Map<KeyPath, String> values) throws ScenarioException {
        return apply(base, values, "--set");
    }

    /** As {@link #apply(Scenario, Map)}, problems named after {@code option} (e.g. {@code --vary}). */
    public static Scenario apply(Scenario base, Map<KeyPath, String> values, String option) throws ScenarioException {
        Node tree = ScenarioLoader.resolvedTree(base);
        Problems problems = new Problems();
        StringBuilder label = new StringBuilder(base.source().name());
        for (Map.Entry<KeyPath, String> entry : values.entrySet()) {
            String source = option + " " + entry.getKey() + "=" + entry.getValue();
            Node changed = entry.getKey().set(tree, entry.getValue(), source, problems);
            if (changed == null) {
                throw new ScenarioException(problems.list());
            }
            tree = changed;
            label.append(' ').append(source);
        }
        return ScenarioLoader.read(tree, new ScenarioSource(label.toString(), YamlWriter.write(tree)));
    }
}
