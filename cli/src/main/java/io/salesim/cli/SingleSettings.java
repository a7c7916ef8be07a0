package io.salesim.cli;

import io.salesim.scenarios.Scenario;
import io.salesim.scenarios.ScenarioException;
import io.salesim.scenarios.experiments.Overrides;
import io.salesim.scenarios.experiments.Setting;
import io.salesim.scenarios.schema.KeyPath;
import io.salesim.scenarios.schema.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --set KEY=VALUE} for the commands that run one scenario (run, constraint): one value per key. */
final class SingleSettings {
    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Run with a key changed: a key path as in the file and problem messages (e.g. release.conwip=6 or "
                    + "stations[0].servers=3), the value YAML as it would be written in the file. Repeatable; one value each "
                    + "(several values are a sweep: 'salesim sweep').")
    List<String> sets = new ArrayList<>();

    /** The scenario with every {@code --set} applied in order, validated as a file would be; {@code command} names the refusing command. */
    Scenario applyTo(Scenario base, String scenario, String command) throws ScenarioException {
        if (sets.isEmpty()) {
            return base;
        }
        LinkedHashMap<KeyPath, String> values = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (String set : sets) {
            try {
                Setting setting = Setting.parse(set);
                if (setting.values().size() > 1) {
                    problems.add(new Problem("--set " + set, 0, setting.key().toString(), setting.values().size() + " values",
                            "one value with " + command + "; several are a sweep: salesim sweep " + scenario + " --set " + set));
                } else if (values.put(setting.key(), setting.values().get(0)) != null) {
                    problems.add(new Problem("--set " + set, 0, setting.key().toString(), "this key in a second --set", "each key once"));
                }
            } catch (ScenarioException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return Overrides.apply(base, values);
    }
}
