package io.salesim.scenarios.sales;

import io.salesim.scenarios.BundledScenarios;
import io.salesim.scenarios.ScenarioSource;
import io.salesim.scenarios.schema.Node;
import io.salesim.scenarios.schema.Overlay;
import io.salesim.scenarios.schema.Problem;
import io.salesim.scenarios.schema.Problems;
import io.salesim.scenarios.schema.YamlTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Follows {@code extends:}: the named scenario (bundled name, or a path relative to the file
 * that names it) is read, its own {@code extends:} followed, and this document deep-merged
 * over it ({@link Overlay#merge}: mappings key by key, lists and scalars replaced whole).
 * Every node keeps its file and line, so a problem in an inherited value points at its file.
 */
final class Extends {
    static final String KEY = "extends";
    private static final String BUNDLED = "bundled:";

    private Extends() {
    }

    /** The merged document without {@code extends}, or null after adding problems (bad target, cycle, other kind). */
    static Node follow(Node document, Problems problems) {
        return follow(document, problems, List.of(new Link(identity(document.source()), document.source())));
    }

    /** A file in the chain: its identity (absolute path) and its name as given. */
    private record Link(String id, String name) {
    }

    private static Node follow(Node document, Problems problems, List<Link> chain) {
        Node target = document.isMapping() ? document.get(KEY) : null;
        if (target == null || target.isNull()) {
            return Overlay.without(document, KEY);
        }
        if (target.kind() != Node.Kind.TEXT || target.text().isBlank()) {
            problems.add(target, allowed());
            return null;
        }
        Optional<ScenarioSource> parent = locate(target.text(), document.source());
        if (parent.isEmpty()) {
            problems.add(target, allowed());
            return null;
        }
        String id = identity(parent.get().name());
        List<String> ids = chain.stream().map(Link::id).toList();
        if (ids.contains(id)) {
            List<String> cycle = new ArrayList<>();
            chain.subList(ids.indexOf(id), chain.size()).forEach(link -> cycle.add(link.name()));
            cycle.add(parent.get().name());
            problems.add(new Problem(target.source(), target.line(), target.displayPath(),
                    target.describe() + ", which extends back to itself (" + String.join(" -> ", cycle) + ")",
                    "a chain of extends: without cycles"));
            return null;
        }
        Node parentRoot = YamlTree.parse(parent.get().name(), parent.get().text(), problems);
        if (parentRoot == null) {
            return null;
        }
        Node kind = parentRoot.isMapping() ? parentRoot.get("kind") : null;
        if (kind == null || !SalesOrganisationKind.NAME.equals(kind.text())) {
            problems.add(new Problem(target.source(), target.line(), target.displayPath(),
                    target.describe() + ", which is not a " + SalesOrganisationKind.NAME + " scenario",
                    "a " + SalesOrganisationKind.NAME + " scenario to extend"));
            return null;
        }
        List<Link> longer = new ArrayList<>(chain);
        longer.add(new Link(id, parent.get().name()));
        Node inherited = follow(parentRoot, problems, longer);
        return inherited == null ? null : Overlay.merge(inherited, Overlay.without(document, KEY));
    }

    private static String allowed() {
        return "the name of a bundled scenario (" + String.join(", ", BundledScenarios.names())
                + ") or a path to a scenario file, relative to the file that extends it";
    }

    /** A file next to the extending file wins over a bundled scenario of the same name; bundled files extend bundled ones. */
    private static Optional<ScenarioSource> locate(String target, String extendingSource) {
        if (!extendingSource.startsWith(BUNDLED)) {
            try {
                Path folder = Path.of(extendingSource).getParent();
                Path path = (folder == null ? Path.of(target) : folder.resolve(target)).normalize();
                if (Files.isRegularFile(path)) {
                    return Optional.of(new ScenarioSource(path.toString(), Files.readString(path, StandardCharsets.UTF_8)));
                }
            } catch (InvalidPathException | IOException e) {
                // not a readable file: try the bundled scenarios
            }
        }
        return BundledScenarios.source(target);
    }

    /** The same file under any spelling of its path. */
    private static String identity(String source) {
        if (source.startsWith(BUNDLED)) {
            return source;
        }
        try {
            return Path.of(source).toAbsolutePath().normalize().toString();
        } catch (InvalidPathException e) {
            return source;
        }
    }
}
