package io.salesim.scenarios;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The scenario kinds this build knows, by the name a file gives in {@code kind:}. Each kind
 * registers itself as a {@link ScenarioKind} service (META-INF/services), so this package
 * never depends on the kinds' own packages and they may depend on it.
 */
public final class ScenarioKinds {
    private static final Map<String, ScenarioKind> BY_NAME = load();

    private ScenarioKinds() {
    }

    private static Map<String, ScenarioKind> load() {
        Map<String, ScenarioKind> out = new LinkedHashMap<>();
        for (ScenarioKind kind : ServiceLoader.load(ScenarioKind.class, ScenarioKinds.class.getClassLoader())) {
            out.put(kind.name(), kind);
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("no scenario kinds registered (META-INF/services/" + ScenarioKind.class.getName() + ")");
        }
        return Collections.unmodifiableMap(out);
    }

    public static Map<String, ScenarioKind> byName() {
        return BY_NAME;
    }

    public static Optional<ScenarioKind> find(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }
}
