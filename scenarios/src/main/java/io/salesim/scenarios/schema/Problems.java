package io.salesim.scenarios.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects every problem found while reading a scenario, so the user sees them all at once. */
public final class Problems {
    private final List<Problem> found = new ArrayList<>();

    public void add(Problem problem) {
        found.add(problem);
    }

    /** The node's value is not allowed. */
    public void add(Node node, String allowed) {
        add(Problem.at(node, allowed));
    }

    /** A required key is absent from (or empty in) this mapping. */
    public void missing(Node mapping, String key, String allowed) {
        add(new Problem(mapping.source(), mapping.keyLine(key), mapping.childPath(key), "nothing", allowed));
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public int size() {
        return found.size();
    }

    /** In file order: by source, then line; problems on the same line keep the order they were found. */
    public List<Problem> list() {
        List<Problem> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparing(Problem::source).thenComparingInt(Problem::line));
        return List.copyOf(sorted);
    }
}
