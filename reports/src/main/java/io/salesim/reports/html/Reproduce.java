package io.salesim.reports.html;

import com.fasterxml.jackson.databind.JsonNode;
import io.salesim.reports.charts.Decisions;
import io.salesim.reports.charts.MarginalView;
import io.salesim.reports.charts.RunData;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The salesim command that reproduces a folder's results, from run.json and the result files. */
final class Reproduce {
    private Reproduce() {
    }

    static String command(RunData data) {
        JsonNode run = data.runInfo();
        JsonNode given = run.has("command") ? run.path("command") : data.experimentInfo().path("command");
        if (given.isTextual()) {
            return given.asText();
        }
        if (given.isArray()) {
            List<String> words = new ArrayList<>();
            given.forEach(word -> words.add(shellWord(word.asText())));
            String recorded = String.join(" ", words);
            if (run.has("command") && Files.isRegularFile(data.folder().resolve("scenario.yaml")) && words.size() > 2
                    && words.get(1).equals("run")) {
                words.set(2, shellWord(data.folderName() + "/scenario.yaml"));
                return recorded + "\n# or with the exact scenario file this run used, saved in its folder:\n" + String.join(" ", words);
            }
            return recorded;
        }
        String options = (run.has("seed") ? " --seed " + run.path("seed").asText() : "")
                + (run.has("replications") ? " --replications " + run.path("replications").asInt() : "");
        List<Decisions.Comparison> comparisons = Decisions.comparisons(data);
        if (!comparisons.isEmpty()) {
            Set<String> plans = new LinkedHashSet<>();
            plans.add(comparisons.get(0).baseline());
            comparisons.forEach(c -> plans.add(c.alternative()));
            return "./salesim compare " + String.join(" ", plans)
                    + (data.selection().isMissingNode() ? options : selectOptions(data.selection()));
        }
        List<MarginalView.Row> probes = MarginalView.rows(data);
        if (!probes.isEmpty()) {
            return "./salesim constraint " + scenarioArgument(data) + " --weeks " + probes.get(0).weeks() + options;
        }
        List<Decisions.SweepPoint> points = Decisions.sweep(data);
        if (!points.isEmpty()) {
            Map<String, Set<String>> values = new LinkedHashMap<>();
            for (Decisions.SweepPoint p : points) {
                for (int i = 0; i < p.parameters().size(); i++) {
                    values.computeIfAbsent(p.parameters().get(i), k -> new LinkedHashSet<>()).add(p.values().get(i));
                }
            }
            StringBuilder sets = new StringBuilder();
            values.forEach((key, vs) -> sets.append(" --set ").append(key).append('=').append(String.join(",", vs)));
            return "./salesim sweep " + scenarioArgument(data) + sets + options;
        }
        String saved = "./salesim run " + scenarioArgument(data) + options;
        String name = scenarioName(run);
        if (name.isEmpty() || !Files.isRegularFile(data.folder().resolve("scenario.yaml"))) {
            return saved;
        }
        return "./salesim run " + name + options + "\n# or with the exact scenario file this run used, saved in its folder:\n" + saved;
    }

    /** A word as a POSIX shell reads it back: quoted when it holds anything but plain path and option characters. */
    static String shellWord(String word) {
        if (!word.isEmpty() && word.matches("[A-Za-z0-9_./=,:@%+-]+")) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }

    /** The options of {@code compare --select}, from selection.json. */
    private static String selectOptions(JsonNode selection) {
        return " --seed " + selection.path("seed").asText() + " --replications " + selection.path("first_stage").asInt()
                + " --select " + selection.path("metric").asText() + " --indifference " + selection.path("indifference").asText()
                + " --pcs " + selection.path("pcs").asText() + " --max-replications " + selection.path("max_replications").asInt();
    }

    /** The name to run: a bundled scenario by name ("bundled:x.yaml" → x), a file by its path, else the scenario's name. */
    private static String scenarioName(JsonNode run) {
        String source = run.path("scenario_source").asText("");
        if (source.startsWith("bundled:")) {
            return source.substring("bundled:".length()).replaceFirst("\\.ya?ml$", "");
        }
        return source.isEmpty() ? run.path("scenario").asText("") : source;
    }

    /** The saved copy of the scenario file when the folder has one, else the scenario's name. */
    private static String scenarioArgument(RunData data) {
        if (Files.isRegularFile(data.folder().resolve("scenario.yaml"))) {
            return data.folderName() + "/scenario.yaml";
        }
        return data.runInfo().path("scenario").asText(data.scenarioName());
    }
}
