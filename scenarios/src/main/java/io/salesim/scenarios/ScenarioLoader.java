package io.salesim.scenarios;

import io.salesim.scenarios.schema.Suggestions;
import io.salesim.scenarios.schema.KeyPath;
import io.salesim.scenarios.schema.Node;
import io.salesim.scenarios.schema.Problem;
import io.salesim.scenarios.schema.Problems;
import io.salesim.scenarios.schema.Types;
import io.salesim.scenarios.schema.YamlTree;
import io.salesim.scenarios.schema.YamlWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Reads and validates scenario files; nothing runs until a scenario has loaded without problems. */
public final class ScenarioLoader {
    private ScenarioLoader() {
    }

    /** A YAML file path, or the name of a bundled scenario (see {@link BundledScenarios}). */
    public static Scenario load(String pathOrBundledName) throws ScenarioException {
        return parse(resolve(pathOrBundledName));
    }

    /** Finds the text: an existing file wins over a bundled scenario of the same name. */
    public static ScenarioSource resolve(String pathOrBundledName) throws ScenarioException {
        Path path;
        try {
            path = Path.of(pathOrBundledName);
        } catch (InvalidPathException e) {
            path = null; // a name no file system accepts (e.g. a NUL byte) can still be no bundled scenario
        }
        if (path != null && Files.exists(path) && !Files.isDirectory(path)) {
            return ScenarioFile.read(pathOrBundledName, path);
        }
        Optional<ScenarioSource> bundled = BundledScenarios.source(pathOrBundledName);
        if (bundled.isPresent()) {
            return bundled.get();
        }
        String found = path != null && Files.isDirectory(path) ? "a folder, not a file" : "no such file or bundled scenario";
        String stem = pathOrBundledName.replaceFirst("\\.ya?ml$", "");
        String closest = path == null || path.getParent() != null ? null : Suggestions.closest(stem, BundledScenarios.names());
        throw new ScenarioException(new Problem(pathOrBundledName, 0, "SCENARIO", found, closest != null
                ? "a YAML file path or a bundled scenario: did you mean " + closest + "? (./salesim list shows them all)"
                : "a YAML file path or a bundled scenario: " + String.join(", ", BundledScenarios.names())));
    }

    /** Validates a scenario's text and builds it, or reports every problem found. */
    public static Scenario parse(ScenarioSource source) throws ScenarioException {
        Problems problems = new Problems();
        Node root = YamlTree.parse(source.name(), source.text(), problems);
        return withoutProblems(root == null ? null : read(root, source, problems), problems);
    }

    /**
     * Validates a document tree that was built or changed in memory (e.g. by {@code --set});
     * every rule of the file format applies.
     */
    public static Scenario read(Node root, ScenarioSource source) throws ScenarioException {
        Problems problems = new Problems();
        return withoutProblems(read(root, source, problems), problems);
    }

    /** The scenario read, or every problem found while reading it. */
    private static Scenario withoutProblems(Scenario scenario, Problems problems) throws ScenarioException {
        if (scenario == null || !problems.isEmpty()) {
            throw new ScenarioException(problems.list());
        }
        return scenario;
    }

    /** The scenario's document with everything inherited merged in and every default written out. */
    public static Node resolvedTree(Scenario scenario) {
        Problems problems = new Problems();
        Node root = YamlTree.parse(scenario.source().name(), scenario.source().text(), problems);
        if (root == null || !problems.isEmpty()) {
            throw new IllegalStateException("a loaded scenario no longer parses: " + problems.list());
        }
        return ScenarioKinds.find(scenario.kind()).orElseThrow().resolve(root);
    }

    /** {@link #resolvedTree} as YAML text that {@link #load} accepts and reads back to the same scenario. */
    public static String resolvedYaml(Scenario scenario) {
        return YamlWriter.write(resolvedTree(scenario));
    }

    private static Scenario read(Node root, ScenarioSource source, Problems problems) {
        String allowedKinds = "one of " + String.join(", ", ScenarioKinds.byName().keySet());
        if (!root.isMapping()) {
            problems.add(root, "a mapping that starts with kind: (" + allowedKinds + ")");
            return null;
        }
        Node kindNode = root.get("kind");
        if (kindNode == null || kindNode.isNull()) {
            problems.missing(root, "kind", allowedKinds);
            return null;
        }
        String kind = Types.oneOf(ScenarioKinds.byName().keySet()).read(kindNode, problems);
        Scenario scenario = kind == null ? null : ScenarioKinds.find(kind).orElseThrow().read(root, source, problems);
        return scenario == null ? null : withinWorkload(scenario, root, problems);
    }

    /** The scenario, or null after a problem at the key that drives its workload when one replication would be too big. */
    private static Scenario withinWorkload(Scenario scenario, Node root, Problems problems) {
        Workload workload = scenario.workload();
        if (workload.withinLimit()) {
            return scenario;
        }
        Node at = KeyPath.parse(workload.keyPath()).find(root);
        String found = String.format(Locale.ROOT, "about %.3g items per replication (%s)", workload.itemsPerReplication(),
                workload.breakdown());
        String allowed = String.format(Locale.ROOT, "at most %,.0f items per replication: a shorter horizon or lower rates",
                Workload.MAX_ITEMS_PER_REPLICATION);
        // an inherited key is not in this document: the problem is the document's as a whole
        problems.add(at == null ? new Problem(root.source(), root.line(), workload.keyPath(), found, allowed)
                : new Problem(at.source(), at.line(), at.displayPath(), found, allowed));
        return null;
    }
}
