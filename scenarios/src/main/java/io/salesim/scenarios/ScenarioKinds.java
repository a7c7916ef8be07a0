package io.salesim.scenarios;

import io.salesim.scenarios.flow.FlowLineKind;
import io.salesim.scenarios.sales.SalesOrganisationKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The scenario kinds this build knows, by the name a file gives in {@code kind:}. */
public final class ScenarioKinds {
    private static final List<ScenarioKind> ALL = List.of(new FlowLineKind(), new SalesOrganisationKind());

    private ScenarioKinds() {
    }

    public static Map<String, ScenarioKind> byName() {
        Map<String, ScenarioKind> out = new LinkedHashMap<>();
        for (ScenarioKind kind : ALL) {
            out.put(kind.name(), kind);
        }
        return out;
    }

    public static Optional<ScenarioKind> find(String name) {
        return Optional.ofNullable(byName().get(name));
    }
}
