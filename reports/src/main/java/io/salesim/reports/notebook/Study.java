package io.salesim.reports.notebook;

import io.salesim.core.engine.ExperimentResult;
import io.salesim.core.engine.ReplicationRunner;
import io.salesim.reports.tables.ResultTables;
import io.salesim.scenarios.Assumption;
import io.salesim.scenarios.Experiment;
import io.salesim.scenarios.RunChecks;
import io.salesim.scenarios.RunOptions;
import io.salesim.scenarios.Scenario;
import io.salesim.scenarios.ScenarioException;
import io.salesim.scenarios.ScenarioLoader;
import io.salesim.scenarios.experiments.Comparison;
import io.salesim.scenarios.experiments.Overrides;
import io.salesim.scenarios.experiments.Setting;
import io.salesim.scenarios.experiments.Sweep;
import io.salesim.scenarios.schema.KeyPath;
import io.salesim.scenarios.schema.Node;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;

/**
 * A validated scenario with the options to run it by (replications, seed, threads). Immutable:
 * {@link #set} and the option methods return a new study, so a notebook can branch from one.
 */
public final class Study {
    private final Scenario scenario;
    private final int replications;
    private final long seed;
    private final int threads;

    private Study(Scenario scenario, int replications, long seed, int threads) {
        this.scenario = scenario;
        this.replications = replications;
        this.seed = seed;
        this.threads = threads;
    }

    static Study of(Scenario scenario) {
        return new Study(scenario, Salesim.DEFAULT_REPLICATIONS, 1, Salesim.defaultThreads());
    }

    public String name() {
        return scenario.name();
    }

    /** The scenario as loaded or changed, for the library's own calls. */
    public Scenario scenario() {
        return scenario;
    }

    public int replications() {
        return replications;
    }

    public long seed() {
        return seed;
    }

    public int threads() {
        return threads;
    }

    public Study replications(int n) {
        return new Study(scenario, n, seed, threads);
    }

    public Study seed(long s) {
        return new Study(scenario, replications, s, threads);
    }

    /** Worker threads; the results are the same for any number. */
    public Study threads(int t) {
        return new Study(scenario, replications, seed, t);
    }

    RunOptions options() {
        return new RunOptions(replications, seed, threads);
    }

    /**
     * The scenario with {@code key} set to {@code value}, as {@code --set key=value} does: on the
     * resolved document, validated by every rule of the file format. The value is written as YAML
     * ({@code 0.85}, {@code 3}, {@code "{exponential: {mean: 1}}"}).
     */
    public Study set(String key, Object value) {
        return set(Map.of(key, value));
    }

    /** Several keys at once, in the map's order. */
    public Study set(Map<String, ?> values) {
        LinkedHashMap<KeyPath, String> changes = new LinkedHashMap<>();
        values.forEach((key, value) -> changes.put(KeyPath.parse(key), String.valueOf(value)));
        try {
            return new Study(Overrides.apply(scenario, changes), replications, seed, threads);
        } catch (ScenarioException e) {
            throw new NotebookException(e);
        }
    }

    /** {@code KEY=VALUE}, written as on the command line. */
    public Study set(String keyEqualsValue) {
        try {
            Setting setting = Setting.parse(keyEqualsValue);
            if (setting.values().size() != 1) {
                throw new IllegalArgumentException("set takes one value; sweep takes several: " + keyEqualsValue);
            }
            return set(setting.key().toString(), setting.values().get(0));
        } catch (ScenarioException e) {
            throw new NotebookException(e);
        }
    }

    /** The value at a key of the resolved scenario (defaults written out), as YAML text: {@code "0.75"}, {@code "3"}. */
    public String get(String key) {
        Node node = KeyPath.parse(key).find(ScenarioLoader.resolvedTree(scenario));
        if (node == null) {
            throw new IllegalArgumentException(name() + " has no key " + key);
        }
        return node.isMapping() || node.kind() == Node.Kind.LIST ? node.describe() : node.text();
    }

    /** {@link #get} as a number. */
    public double number(String key) {
        return Double.parseDouble(get(key));
    }

    /** The scenario with every default written out, as {@code scenario.resolved.yaml} holds it. */
    public String yaml() {
        return ScenarioLoader.resolvedYaml(scenario);
    }

    /** The values the scenario marks as assumptions, with unit, reason and range. */
    public List<Assumption> assumptions() {
        return scenario.assumptions();
    }

    public Table assumptionsTable() {
        return ResultTables.assumptions(scenario.assumptions());
    }

    /** The roles as run: head count, salary, utilisation target (sales organisations; empty for flow lines). */
    public Table roles() {
        return ResultTables.roles(scenario.roleTable());
    }

    /** Runs the replications and judges them ({@code salesim run} without writing a folder; its warnings too). */
    public Run run() {
        RunChecks checks = RunChecks.of(scenario);
        ExperimentResult result = Experiment.run(scenario, options(), ReplicationRunner.Progress.NONE, () -> false, checks);
        return new Run(scenario, result, checks.judge(result));
    }

    /**
     * This plan (the baseline) against the others on common random numbers, each run with this
     * study's replications, seed and threads ({@code salesim compare}).
     */
    public Compared compare(Study... others) {
        List<Scenario> plans = new ArrayList<>(List.of(scenario));
        Arrays.stream(others).map(Study::scenario).forEach(plans::add);
        Comparison.Result result = Comparison.run(plans, options(), null, ReplicationRunner.Progress.NONE, () -> false);
        return new Compared(result, options());
    }

    /** The scenario at each value of one key, on common random numbers ({@code salesim sweep --set key=v1,v2,...}). */
    public Swept sweep(String key, Object... values) {
        return sweep(Map.of(key, List.of(values)));
    }

    /** A full factorial over several keys, the first varying slowest. */
    public Swept sweep(Map<String, List<?>> values) {
        List<Setting> settings = new ArrayList<>();
        values.forEach((key, list) -> settings.add(new Setting(KeyPath.parse(key), list.stream().map(String::valueOf).toList())));
        try {
            List<Sweep.Point> points = Sweep.points(scenario, settings);
            return new Swept(Sweep.run(settings, points, options(), ReplicationRunner.Progress.NONE, () -> false));
        } catch (ScenarioException e) {
            throw new NotebookException(e);
        }
    }

    @Override
    public String toString() {
        return scenario.kind() + " " + name() + ": " + scenario.description() + " (" + replications + " replications, seed "
                + seed + ")";
    }
}
