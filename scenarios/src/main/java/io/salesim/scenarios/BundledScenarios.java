package io.salesim.scenarios;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The scenario library in the jar: {@code scenarios/<name>.yaml}, listed in
 * {@code scenarios/index.txt} (a resource folder cannot be listed portably inside a jar).
 */
public final class BundledScenarios {
    private static final String FOLDER = "/scenarios/";

    private BundledScenarios() {
    }

    public static List<String> names() {
        String index = resource(FOLDER + "index.txt").orElseThrow(() -> new IllegalStateException("scenarios/index.txt is missing"));
        return index.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    /** Every bundled scenario with the first line of its description. */
    public static List<BundledScenario> list() {
        List<BundledScenario> out = new ArrayList<>();
        for (String name : names()) {
            try {
                String description = ScenarioLoader.parse(source(name).orElseThrow()).description();
                out.add(new BundledScenario(name, description.strip().lines().findFirst().orElse("")));
            } catch (ScenarioException e) {
                throw new IllegalStateException("bundled scenario " + name + " is invalid:\n" + e.getMessage(), e);
            }
        }
        return out;
    }

    /** The text of a bundled scenario, by name with or without {@code .yaml}. */
    public static Optional<ScenarioSource> source(String name) {
        String bare = name.endsWith(".yaml") ? name.substring(0, name.length() - 5) : name;
        if (!names().contains(bare)) {
            return Optional.empty();
        }
        return resource(FOLDER + bare + ".yaml").map(text -> new ScenarioSource("bundled:" + bare + ".yaml", text));
    }

    private static Optional<String> resource(String path) {
        try (InputStream in = BundledScenarios.class.getResourceAsStream(path)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
