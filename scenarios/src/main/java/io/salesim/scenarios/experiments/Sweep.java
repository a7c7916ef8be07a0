package io.salesim.scenarios.experiments;

import io.salesim.core.engine.ExperimentResult;
import io.salesim.core.engine.ReplicationRunner;
import io.salesim.scenarios.Experiment;
import io.salesim.scenarios.RunOptions;
import io.salesim.scenarios.Scenario;
import io.salesim.scenarios.ScenarioException;
import io.salesim.scenarios.schema.KeyPath;
import io.salesim.scenarios.schema.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * A full-factorial sweep over scenario keys: every combination of the settings' values is a
 * point, validated before anything runs and run on the same seed (so points are compared on
 * common random numbers).
 */
public final class Sweep {

    /** One combination: its number (from 1), the value of each key, and the validated scenario. */
    public record Point(int number, LinkedHashMap<String, String> values, Scenario scenario) {
    }

    /** The points that finished (all of them unless stopped early), in point order. */
    public record Result(List<Setting> settings, List<Point> points, List<ExperimentResult> results, int pointsPlanned,
                         boolean complete) {
    }

    private Sweep() {
    }

    /**
     * Every combination, the first setting varying slowest. Each value is checked on its own,
     * then each combination (rules across keys, such as a warm-up shorter than the horizon);
     * every problem found is reported at once.
     */
    public static List<Point> points(Scenario base, List<Setting> settings) throws ScenarioException {
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
     * Runs the points in order. Once {@code stop} is true no new replication starts; the point
     * under way is dropped and the result keeps the points that finished, marked incomplete.
     */
    public static Result run(List<Setting> settings, List<Point> points, RunOptions options,
                             ReplicationRunner.Progress progress, BooleanSupplier stop) {
        List<Point> done = new ArrayList<>();
        List<ExperimentResult> results = new ArrayList<>();
        int total = points.size() * options.replications();
        for (Point point : points) {
            if (stop.getAsBoolean()) {
                break;
            }
            int before = done.size() * options.replications();
            ExperimentResult result = Experiment.run(point.scenario(), options,
                    (d, t) -> progress.replicationDone(before + d, total), stop);
            if (!result.complete()) {
                break;
            }
            done.add(point);
            results.add(result);
        }
        return new Result(settings, done, results, points.size(), done.size() == points.size());
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
