package io.salesim.scenarios.experiments;

import io.salesim.core.diagnostics.Diagnostic;
import io.salesim.core.engine.ExperimentResult;
import io.salesim.core.engine.ReplicationRunner;
import io.salesim.scenarios.RunOptions;
import io.salesim.scenarios.Scenario;
import io.salesim.scenarios.ScenarioException;
import io.salesim.scenarios.schema.KeyPath;
import io.salesim.scenarios.schema.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * A full-factorial sweep over scenario keys: every combination of the settings' values is a
 * point, validated before anything runs and run on the same seed (so points are compared on
 * common random numbers).
 */
public final class Sweep {
    /** The most points of one sweep: every point is a scenario, validated and held with its results. */
    public static final int MAX_POINTS = 1_000;

    /** One combination: its number (from 1), the value of each key, and the validated scenario. */
    public record Point(int number, LinkedHashMap<String, String> values, Scenario scenario) {
    }

    /**
     * Every point's result, in point order. Without a precision, every point is reported over
     * the {@code replications} every point finished (all that were asked for unless stopped
     * early); with one, each point over all the replications it ran ({@code replications} is then
     * the fewest any point ran), and {@code limits} says per point which headline metric limited it.
     *
     * @param precision null for a fixed number of replications
     * @param limits    with a precision: each point's limiting metric, in point order (else empty)
     */
    /**
     * @param warnings           each point's run diagnostics, in point order
     * @param precisionBlockedBy with a precision, per point: a warning that says the mean of the point's
     *                           limiting metric is off, so its precision is not claimed (null for none)
     */
    public record Result(List<Setting> settings, List<Point> points, List<ExperimentResult> results, int replications,
                         boolean complete, Precision precision, List<Precision.Limit> limits, List<List<Diagnostic>> warnings,
                         List<Diagnostic> precisionBlockedBy) {
    }

    private Sweep() {
    }

    /**
     * Every combination, the first setting varying slowest. Each value is checked on its own,
     * then each combination (rules across keys, such as a warm-up shorter than the horizon);
     * every problem found is reported at once.
     */
    public static List<Point> points(Scenario base, List<Setting> settings) throws ScenarioException {
        double count = settings.stream().mapToDouble(setting -> setting.values().size()).reduce(1, (a, b) -> a * b);
        if (count > MAX_POINTS) {
            String sizes = String.join(" x ", settings.stream().map(setting -> String.valueOf(setting.values().size())).toList());
            throw new ScenarioException(new Problem("--set", 0, "(--set)", sizes + " = " + String.format(Locale.ROOT, "%.0f", count)
                    + " points", "at most " + MAX_POINTS + " points in one sweep"));
        }
        Set<Problem> problems = new LinkedHashSet<>();
        Set<KeyPath> keys = new LinkedHashSet<>();
        for (Setting setting : settings) {
            if (!keys.add(setting.key())) {
                problems.add(new Problem("--set " + setting.key() + "=...", 0, setting.key().toString(),
                        "this key in a second --set", "each key in one --set, with all its values: KEY=V1,V2,..."));
            }
            for (String value : setting.values()) {
                try {
                    Overrides.apply(base, Map.of(setting.key(), value));
                } catch (ScenarioException e) {
                    problems.addAll(e.problems());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(List.copyOf(problems));
        }
        List<Point> points = new ArrayList<>();
        for (List<String> combination : combinations(settings)) {
            LinkedHashMap<KeyPath, String> values = new LinkedHashMap<>();
            LinkedHashMap<String, String> labels = new LinkedHashMap<>();
            for (int i = 0; i < settings.size(); i++) {
                values.put(settings.get(i).key(), combination.get(i));
                labels.put(settings.get(i).key().toString(), combination.get(i));
            }
            try {
                points.add(new Point(points.size() + 1, labels, Overrides.apply(base, values)));
            } catch (ScenarioException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(List.copyOf(problems));
        }
        return points;
    }

    /**
     * Runs the points together in rounds of replications (see {@link Rounds}). Once {@code stop}
     * is true no new replication starts; every point is then reported over the replications all
     * points finished, and the result is marked incomplete.
     */
    public static Result run(List<Setting> settings, List<Point> points, RunOptions options,
                             ReplicationRunner.Progress progress, BooleanSupplier stop) {
        return run(settings, points, options, null, progress, stop);
    }

    /**
     * @param precision null to run exactly {@code options.replications()} per point; else each
     *                  point is extended on its own until its headline metrics reach it (or the cap),
     *                  replication r of every point still drawing the same streams
     */
    public static Result run(List<Setting> settings, List<Point> points, RunOptions options, Precision precision,
                             ReplicationRunner.Progress progress, BooleanSupplier stop) {
        List<Scenario> scenarios = points.stream().map(Point::scenario).toList();
        List<String> names = points.stream().map(p -> p.scenario().name() + "#" + p.number()).toList();
        List<List<String>> headline = precision == null ? List.of() : scenarios.stream().map(Precision::precisionMetrics).toList();
        Rounds.Outcome outcome = Rounds.run(scenarios, names, headline, options, precision, false, progress, stop);
        List<ExperimentResult> results = new ArrayList<>();
        for (ExperimentResult result : outcome.results()) {
            // weekly series are not part of a sweep's output; without a precision the replications are cut to the common prefix
            int kept = precision == null ? outcome.paired() : result.replications().size();
            results.add(new ExperimentResult(result.name(), result.seed(), result.replications().subList(0, kept),
                    result.meanings(), Map.of(), outcome.complete()));
        }
        return new Result(settings, points, results, outcome.paired(), outcome.complete(), precision, outcome.limits(),
                outcome.warnings(), outcome.blockedBy());
    }

    private static List<List<String>> combinations(List<Setting> settings) {
        List<List<String>> out = new ArrayList<>();
        out.add(List.of());
        for (Setting setting : settings) {
            List<List<String>> next = new ArrayList<>();
            for (List<String> prefix : out) {
                for (String value : setting.values()) {
                    List<String> extended = new ArrayList<>(prefix);
                    extended.add(value);
                    next.add(extended);
                }
            }
            out = next;
        }
        return out;
    }
}
