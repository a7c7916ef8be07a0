package io.salesim.scenarios.experiments;

import io.salesim.core.analysis.PlanComparison;
import io.salesim.core.analysis.Verdict;
import io.salesim.core.engine.ReplicationRunner;
import io.salesim.core.stats.Summary;
import io.salesim.scenarios.RunOptions;
import io.salesim.scenarios.Scenario;
import io.salesim.scenarios.ScenarioException;
import io.salesim.scenarios.schema.KeyPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Does a comparison's verdict rest on an assumed value? The comparison is rerun with each
 * varied key set to each of its values in every plan (one key at a time, the others as filed),
 * on the same random numbers, and each headline metric's paired difference and verdict are
 * recorded per value. A verdict holds when it is the same at every value; otherwise it flips,
 * and the first value at which it differs from the verdict as filed is where.
 */
public final class Robustness {
    private Robustness() {
    }

    /** One headline metric, one alternative, at one value of one varied key. */
    public record Row(String metric, String baseline, String alternative, String key, String value, Summary difference,
                      Verdict verdict) {
    }

    /** A headline verdict as filed and, for each varied key where it differs, the first value at which it does. */
    public record Flips(PlanComparison.Row filed, List<Row> flips) {
        public boolean holds() {
            return flips.isEmpty();
        }
    }

    /** Each headline verdict with a direction, in the comparison's order, and where the varied values change it. */
    public static List<Flips> flips(Comparison.Result result, List<Row> rows) {
        List<String> keys = rows.stream().map(Row::key).distinct().toList();
        List<Flips> out = new ArrayList<>();
        for (PlanComparison.Row filed : result.rows()) {
            if (!result.headlineMetrics().contains(filed.metric()) || filed.direction().isNeutral()) {
                continue;
            }
            List<Row> flipped = new ArrayList<>();
            for (String key : keys) {
                rows.stream().filter(r -> r.key().equals(key) && r.metric().equals(filed.metric())
                        && r.alternative().equals(filed.alternative()) && r.verdict() != filed.verdict()).findFirst()
                        .ifPresent(flipped::add);
            }
            out.add(new Flips(filed, List.copyOf(flipped)));
        }
        return out;
    }

    /** The plans with {@code key} set to {@code value} in each; a key or value a plan refuses is bad input. */
    public static List<Scenario> varied(List<Scenario> plans, KeyPath key, String value) throws ScenarioException {
        List<Scenario> out = new ArrayList<>();
        Map<KeyPath, String> change = new LinkedHashMap<>();
        change.put(key, value);
        for (Scenario plan : plans) {
            out.add(Overrides.apply(plan, change, "--vary"));
        }
        return out;
    }

    /** Checks every value of every setting applies to every plan, before anything runs. */
    public static void check(List<Scenario> plans, List<Setting> settings) throws ScenarioException {
        for (Setting setting : settings) {
            for (String value : setting.values()) {
                varied(plans, setting.key(), value);
            }
        }
    }

    /** Every setting, every value: the headline rows with a direction, in the comparison's order. */
    public static List<Row> run(List<Scenario> plans, List<Setting> settings, RunOptions options,
                                ReplicationRunner.Progress progress, BooleanSupplier stop) throws ScenarioException {
        List<Row> out = new ArrayList<>();
        // the progress counts on from the comparison as filed, which ran first
        int perRun = plans.size() * options.replications();
        int runs = 1 + settings.stream().mapToInt(s -> s.values().size()).sum();
        int[] finished = {1};
        ReplicationRunner.Progress counted = (done, total) -> progress.replicationDone(finished[0] * perRun + done, runs * perRun);
        for (Setting setting : settings) {
            for (String value : setting.values()) {
                if (stop.getAsBoolean()) {
                    return out;
                }
                Comparison.Result result = Comparison.run(varied(plans, setting.key(), value), options, null, counted, stop);
                finished[0]++;
                for (PlanComparison.Row row : result.rows()) {
                    if (result.headlineMetrics().contains(row.metric()) && !row.direction().isNeutral()) {
                        out.add(new Row(row.metric(), row.baseline(), row.alternative(), setting.key().toString(), value,
                                row.difference().difference(), row.verdict()));
                    }
                }
            }
        }
        return out;
    }
}
