package io.salesim.cli;

/** What the process exit code means. */
final class ExitCodes {
    /** The command did what it was asked. */
    static final int OK = 0;
    /** Something failed while running (including a run stopped early with Ctrl-C). */
    static final int FAILED = 1;
    /** Bad input: an invalid scenario or command-line argument; nothing ran. */
    static final int BAD_INPUT = 2;

    private ExitCodes() {
    }
}
