package io.salesim.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Option;

/** --quiet and --json, for scripts: what a command says while it runs, and what it prints on stdout at the end. */
final class ScriptOptions {
    @Option(names = "--quiet", description = "No progress and no tables: only the 'Results written to' line and errors.")
    boolean quiet;

    @Option(names = "--json", description = "Print the summary as JSON on stdout (with the folder written), and nothing else on stdout.")
    boolean json;

    /** A line of news on stderr (what runs, the report being written), unless --quiet. */
    void say(PrintWriter err, String line) {
        if (!quiet) {
            err.println(line);
            err.flush();
        }
    }

    /** The progress display: none with --quiet, a bar on a terminal, plain lines otherwise. */
    ProgressDisplay progress(String task, int total, PrintWriter err) {
        return quiet ? ProgressDisplay.silent() : ProgressDisplay.open(task, total, err, ProgressDisplay.onTerminal());
    }

    /** Whether to print the tables and hints on stdout. */
    boolean tables() {
        return !quiet && !json;
    }
}
