package io.salesim.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Base of the CLI tests: runs {@code salesim ARGS} in-process, as the script would, capturing both streams. */
abstract class InProcessCommands {
    protected final StringWriter out = new StringWriter();
    protected final StringWriter err = new StringWriter();

    protected int salesim(String... args) {
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
