package io.salesim.reports.notebook;

import io.salesim.scenarios.ScenarioException;
import io.salesim.scenarios.schema.Problem;
import java.util.List;

/** A scenario or change that does not validate: every problem, one a line, as the command reports them. */
public final class NotebookException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    NotebookException(ScenarioException cause) {
        super(String.join("\n", cause.problems().stream().map(Problem::toString).toList()), cause);
        this.problems = List.copyOf(cause.problems());
    }

    public List<Problem> problems() {
        return problems;
    }
}
