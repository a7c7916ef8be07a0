package io.salesim.scenarios.sales;

import io.salesim.scenarios.BundledScenarios;
import io.salesim.scenarios.ScenarioException;
import io.salesim.scenarios.ScenarioFile;
import io.salesim.scenarios.ScenarioSource;
import io.salesim.scenarios.schema.Node;
import io.salesim.scenarios.schema.Overlay;
import io.salesim.scenarios.schema.Problem;
import io.salesim.scenarios.schema.Problems;
import io.salesim.scenarios.schema.YamlTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Follows {@code extends:}: the named scenario (bundled name, or a path relative to the file
 * that names it) is read, its own {@code extends:} followed, and this document deep-merged
 * over it ({@link Overlay#merge}: mappings key by key, lists and scalars replaced whole).
 * Every node keeps its file and line, so a problem in an inherited value points at its file.
 * A scenario file is data from anywhere, so a path may not leave the folder of the top
 * scenario (the file given to salesim) and its sub-folders, nor be absolute; only regular
 * files of at most {@link ScenarioFile#MAX_BYTES} are read, and a symbolic link loop is a cycle.
 */
final class Extends {
    static final String KEY = "extends";
    private static final String BUNDLED = "bundled:";
    private static final String CYCLES = "a chain of extends: without cycles";

    private Extends() {
    }

    /** The merged document without {@code extends}, or null after adding problems (bad target, cycle, other kind). */
    static Node follow(Node document, Problems problems) {
        String top = document.source();
        return follow(document, problems, topFolder(top), List.of(new Link(identity(top), top)));
    }

    /** A file in the chain: its identity (real path) and its name as given. */
    private record Link(String id, String name) {
    }

    private static Node follow(Node document, Problems problems, Path topFolder, List<Link> chain) {
        Node target = document.isMapping() ? document.get(KEY) : null;
        if (target == null || target.isNull()) {
            return Overlay.without(document, KEY);
        }
        if (target.kind() != Node.Kind.TEXT || target.text().isBlank()) {
            problems.add(target, allowed());
            return null;
        }
        ScenarioSource parent = locate(target, topFolder, problems);
        if (parent == null) {
            return null;
        }
        String id = identity(parent.name());
        List<String> ids = chain.stream().map(Link::id).toList();
        if (ids.contains(id)) {
            List<String> cycle = new ArrayList<>();
            chain.subList(ids.indexOf(id), chain.size()).forEach(link -> cycle.add(link.name()));
            cycle.add(parent.name());
            refuse(target, "which extends back to itself (" + String.join(" -> ", cycle) + ")", CYCLES, problems);
            return null;
        }
        Node parentRoot = YamlTree.parse(parent.name(), parent.text(), problems);
        if (parentRoot == null) {
            return null;
        }
        Node kind = parentRoot.isMapping() ? parentRoot.get("kind") : null;
        if (kind == null || !SalesOrganisationKind.NAME.equals(kind.text())) {
            refuse(target, "which is not a " + SalesOrganisationKind.NAME + " scenario",
                    "a " + SalesOrganisationKind.NAME + " scenario to extend", problems);
            return null;
        }
        List<Link> longer = new ArrayList<>(chain);
        longer.add(new Link(id, parent.name()));
        Node inherited = follow(parentRoot, problems, topFolder, longer);
        return inherited == null ? null : Overlay.merge(inherited, Overlay.without(document, KEY));
    }

    private static String allowed() {
        return "the name of a bundled scenario (" + String.join(", ", BundledScenarios.names())
                + ") or a path to a scenario file, relative to the file that extends it and inside the folder of the "
                + "top scenario";
    }

    private static void refuse(Node target, String why, String allowed, Problems problems) {
        problems.add(new Problem(target.source(), target.line(), target.displayPath(), target.describe() + ", " + why, allowed));
    }

    /**
     * The target's text, or null after adding a problem. A file next to the extending file wins
     * over a bundled scenario of the same name; bundled files extend bundled ones only.
     */
    private static ScenarioSource locate(Node target, Path topFolder, Problems problems) {
        Optional<ScenarioSource> bundled = BundledScenarios.source(target.text());
        Path path = topFolder == null ? null : besideExtendingFile(target);
        if (path == null || !Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            if (bundled.isEmpty()) {
                problems.add(target, allowed());
            }
            return bundled.orElse(null);
        }
        if (Path.of(target.text()).isAbsolute()) {
            refuse(target, "an absolute path", allowed(), problems);
            return null;
        }
        Path real;
        try {
            real = path.toRealPath();
        } catch (IOException e) {
            if (linksBackToItself(path)) {
                refuse(target, "a symbolic link that leads back to itself", CYCLES, problems);
            } else {
                refuse(target, "which cannot be read (" + e.getMessage() + ")", allowed(), problems);
            }
            return null;
        }
        if (!real.startsWith(topFolder)) {
            refuse(target, "which is outside the folder of the top scenario (" + topFolder + ")", allowed(), problems);
            return null;
        }
        try {
            return ScenarioFile.read(path.toString(), real);
        } catch (ScenarioException e) {
            e.problems().forEach(problems::add);
            return null;
        }
    }

    /** The target as a path from the extending file's folder, or null when it cannot be a path. */
    private static Path besideExtendingFile(Node target) {
        try {
            Path folder = Path.of(target.source()).toAbsolutePath().getParent();
            return folder.resolve(target.text()).normalize();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** Whether following the link, and the links it leads to, comes back to one already passed. */
    private static boolean linksBackToItself(Path link) {
        Set<Path> seen = new HashSet<>();
        Path current = link;
        try {
            while (Files.isSymbolicLink(current)) {
                if (!seen.add(current)) {
                    return true;
                }
                current = current.resolveSibling(Files.readSymbolicLink(current)).normalize();
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }

    /** The real folder of the top scenario, or null when it is not a file (bundled, or built in memory). */
    private static Path topFolder(String source) {
        if (source.startsWith(BUNDLED)) {
            return null;
        }
        try {
            Path file = Path.of(source).toAbsolutePath();
            return Files.isRegularFile(file) ? file.getParent().toRealPath() : null;
        } catch (InvalidPathException | IOException e) {
            return null;
        }
    }

    /** The same file under any spelling of its path (links resolved). */
    private static String identity(String source) {
        if (source.startsWith(BUNDLED)) {
            return source;
        }
        try {
            return Path.of(source).toRealPath().toString();
        } catch (InvalidPathException | IOException e) {
            return source;
        }
    }
}
