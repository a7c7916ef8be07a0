package io.salesim.cli;

import io.salesim.scenarios.ScenarioException;
import io.salesim.scenarios.schema.Printable;
import java.io.PrintWriter;

/** Reports refused input (scenario files, --set values, arguments) the way every command does: the problems, exit code 2. */
final class BadInput {
    private BadInput() {
    }

    static int report(ScenarioException e, PrintWriter err) {
        err.println(e.getMessage());
        err.flush();
        return ExitCodes.BAD_INPUT;
    }

    /** One refused argument or option, as {@code salesim: message}. */
    static int report(String message, PrintWriter err) {
        err.println("salesim: " + Printable.escape(message));
        err.flush();
        return ExitCodes.BAD_INPUT;
    }
}
