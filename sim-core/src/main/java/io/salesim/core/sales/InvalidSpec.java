package io.salesim.core.sales;

import java.util.ArrayList;
import java.util.List;

/**
 * A spec value the model cannot accept, named by the record components that lead to it from
 * the record being built (e.g. {@code [roles, bid_manager, maxUtilization]}; map keys such
 * as role and activity ids appear as they are). The scenarios module turns the path into a
 * {@code file:line: key} message; sim-core knows nothing of files.
 */
public final class InvalidSpec extends IllegalArgumentException {
    private final List<String> path;
    private final String found;
    private final String allowed;
    private final List<String> choices;

    public InvalidSpec(List<String> path, String found, String allowed) {
        this(path, found, allowed, List.of());
    }

    /** @param choices the values that would be accepted, when they are a short list (ids), for a "did you mean" */
    public InvalidSpec(List<String> path, String found, String allowed, List<String> choices) {
        super(String.join(".", path) + ": found " + found + "; allowed " + allowed);
        this.path = List.copyOf(path);
        this.found = found;
        this.allowed = allowed;
        this.choices = List.copyOf(choices);
    }

    public InvalidSpec(String component, Object found, String allowed) {
        this(List.of(component), String.valueOf(found), allowed);
    }

    /** Record components (camelCase) and map keys from the record being built to the bad value. */
    public List<String> path() {
        return path;
    }

    public String found() {
        return found;
    }

    public String allowed() {
        return allowed;
    }

    /** Accepted values, when they are a short list; empty otherwise. */
    public List<String> choices() {
        return choices;
    }

    /** The same problem seen from an enclosing record, one step further from the value. */
    public InvalidSpec under(String... components) {
        List<String> longer = new ArrayList<>(List.of(components));
        longer.addAll(path);
        return new InvalidSpec(longer, found, allowed, choices);
    }
}
