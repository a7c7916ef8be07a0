package io.salesim.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl-C (SIGINT) and SIGTERM for the whole of a command, from before it runs until its folder
 * is in place. The first signal turns into "start no new replication": the finished ones are
 * still written, marked incomplete, with their report. The second ends the process at once,
 * after removing the half-built folder ({@link #onQuit}), so nothing is left behind. Without a
 * usable signal API the signals keep their default effect.
 */
final class StopOnInterrupt implements BooleanSupplier, AutoCloseable {
    private static final List<String> SIGNALS = List.of("INT", "TERM");
    private static final int SIGNAL_EXIT_BASE = 128;

    private final AtomicBoolean stop = new AtomicBoolean();
    private final PrintWriter err;
    private final String finishing;
    private final Map<Signal, SignalHandler> previous = new LinkedHashMap<>();
    private volatile Runnable onQuit = () -> { };

    private StopOnInterrupt(PrintWriter err, String finishing) {
        this.err = err;
        this.finishing = finishing;
    }

    /** @param finishing what the first signal lets finish, e.g. "the replications under way, then writing the results" */
    static StopOnInterrupt install(PrintWriter err, String finishing) {
        StopOnInterrupt handler = new StopOnInterrupt(err, finishing);
        for (String name : SIGNALS) {
            try {
                Signal signal = new Signal(name);
                handler.previous.put(signal, Signal.handle(signal, handler::signalled));
            } catch (IllegalArgumentException | UnsupportedOperationException | LinkageError e) {
                // no such signal here, or the JVM keeps it: it has its default effect
            }
        }
        return handler;
    }

    /** What to undo before quitting at once on a second signal (e.g. remove the folder being built). */
    void onQuit(Runnable cleanup) {
        onQuit = cleanup;
    }

    private void signalled(Signal signal) {
        String what = signal.getName().equals("INT") ? "Ctrl-C" : "SIG" + signal.getName();
        if (stop.getAndSet(true)) {
            err.println();
            err.println("salesim: " + what + " again: stopped at once; nothing was written");
            err.flush();
            onQuit.run();
            Runtime.getRuntime().halt(SIGNAL_EXIT_BASE + signal.getNumber());
        }
        err.println();
        err.println("salesim: " + what + ": finishing " + finishing + " (" + what + " again to quit at once, writing nothing)");
        err.flush();
    }

    @Override
    public boolean getAsBoolean() {
        return stop.get();
    }

    @Override
    public void close() {
        previous.forEach(Signal::handle);
    }
}
