package io.salesim.scenarios;

import io.salesim.scenarios.schema.Problem;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A scenario was refused before anything ran (bad input: exit code 2). The message has one
 * line per problem: {@code <file>:<line>: <key.path>: found <value>; allowed <what>}.
 */
public final class ScenarioException extends Exception {
    private final List<Problem> problems;

    public ScenarioException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a scenario exception needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public ScenarioException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
