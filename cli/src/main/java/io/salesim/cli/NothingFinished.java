package io.salesim.cli;

import java.io.PrintWriter;

/** Stopped before a single replication finished: there is nothing worth a folder, so none is left. */
final class NothingFinished {
    private NothingFinished() {
    }

    static int report(CommandOutput output, PrintWriter err) {
        output.discard();
        err.println("salesim: stopped before any replication finished; nothing was written");
        err.flush();
        return ExitCodes.FAILED;
    }
}
