package io.salesim.scenarios;

import io.salesim.core.diagnostics.OfferedLoad;
import io.salesim.core.diagnostics.Window;
import io.salesim.core.engine.Meaning;
import io.salesim.core.engine.Model;
import io.salesim.core.engine.QueueMetrics;
import io.salesim.core.engine.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** A loaded, validated scenario: everything needed to build its model and report on it. */
public interface Scenario {
    String name();

    /** {@code flow-line}, {@code sales-organisation} or {@code dice-game}. */
    String kind();

    String description();

    /** Builds a fresh model; called once per worker thread. */
    Supplier<Model> modelFactory();

    /** For reports: label -> value, e.g. "station desk" -> "3 servers, ...". */
    LinkedHashMap<String, String> keyParameters();

    /** Where the scenario was read from and its text, copied into every run folder. */
    ScenarioSource source();

    /** What one replication is expected to create; a scenario above the limit is refused before it runs. */
    default Workload workload() {
        return Workload.NONE;
    }

    /** The values the scenario marks as assumptions ({@code assumptions:}), in file order; none by default. */
    default List<Assumption> assumptions() {
        return List.of();
    }

    /** Every metric the scenario's model declares, with its meaning, in declaration order (known before running). */
    default Map<String, Meaning> meanings() {
        Map<String, Meaning> out = new LinkedHashMap<>();
        for (Response response : modelFactory().get().responses()) {
            out.putIfAbsent(response.metric(), response.meaning());
        }
        return out;
    }

    /**
     * The metrics worth a line in a short summary table, in order: those declared for the board
     * first, then the other headline ones, each group in declaration order.
     */
    default List<String> headlineMetrics(Map<String, Meaning> meanings) {
        List<String> out = new ArrayList<>();
        for (Meaning.Importance importance : List.of(Meaning.Importance.BOARD, Meaning.Importance.HEADLINE)) {
            meanings.forEach((metric, meaning) -> {
                if (meaning.importance() == importance) {
                    out.add(metric);
                }
            });
        }
        return out;
    }

    /**
     * The metrics a relative {@code --precision} is judged on; by default the headline ones but
     * probabilities: one near zero (a station that is rarely the bottleneck) has no relative
     * precision to reach, and would hold every run to its replication cap.
     */
    default List<String> precisionMetrics(Map<String, Meaning> meanings) {
        return headlineMetrics(meanings).stream().filter(m -> !"probability".equals(meanings.get(m).unit())).toList();
    }

    /** The roles (work centres) of the scenario as run, for reports; none by default (flow lines have stations). */
    default List<RoleRow> roleTable() {
        return List.of();
    }

    /**
     * The head counts {@code salesim size} may change, in file order; none by default.
     *
     * @param defaultUtilizationTarget the highest utilisation to allow for a role whose
     *                                 scenario sets no target of its own (the CLI's default)
     */
    default List<SizableRole> sizableRoles(double defaultUtilizationTarget) {
        return List.of();
    }

    /**
     * One replication ready to be replayed with a journal, for the daily wrap-up and call list
     * ({@code salesim run --wrap-up}); empty for kinds that have no such story (flow lines).
     *
     * @param replication the engine's replication index, 0-based (replications.csv numbers from 1)
     * @param seed        the run's base seed
     */
    default Optional<WrapUpSource> wrapUp(int replication, long seed) {
        return Optional.empty();
    }

    /** The queues the scenario's model declares (known before running), for run diagnostics. */
    default List<QueueMetrics> queues() {
        return modelFactory().get().queues();
    }

    /**
     * The part of a run in which to look for a steady state: by default the whole horizon after the
     * warm-up; a scenario whose inputs change during the run (a plan) ends it at the first change.
     */
    default Window steadyWindow() {
        Model model = modelFactory().get();
        return new Window(model.warmupHours(), model.horizonHours(), true);
    }

    /** Offered loads known before running, by queue subject (arrival rate × work ÷ capacity); none by default. */
    default Map<String, OfferedLoad> offeredLoads() {
        return Map.of();
    }

    /** The key that sets the warm-up in weeks ({@code run --warmup}), or empty if the kind has none. */
    default Optional<String> warmupKey() {
        return Optional.empty();
    }
}
