package io.salesim.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Turns the first Ctrl-C into "start no new replication" so the finished ones can still be
 * written (marked incomplete); a second Ctrl-C ends the process at once. Without a usable
 * signal API Ctrl-C keeps its default effect.
 */
final class StopOnInterrupt implements BooleanSupplier, AutoCloseable {
    private static final int INTERRUPTED_EXIT = 130;
    private final AtomicBoolean stop = new AtomicBoolean();
    private final PrintWriter err;
    private SignalHandler previous;

    private StopOnInterrupt(PrintWriter err) {
        this.err = err;
    }

    static StopOnInterrupt install(PrintWriter err) {
        StopOnInterrupt handler = new StopOnInterrupt(err);
        try {
            handler.previous = Signal.handle(new Signal("INT"), signal -> handler.interrupted());
        } catch (IllegalArgumentException | UnsupportedOperationException | LinkageError e) {
            handler.previous = null; // no SIGINT on this platform: Ctrl-C ends the JVM as usual
        }
        return handler;
    }

    private void interrupted() {
        if (stop.getAndSet(true)) {
            err.println();
            err.println("salesim: stopped.");
            err.flush();
            Runtime.getRuntime().halt(INTERRUPTED_EXIT);
        }
        err.println();
        err.println("salesim: Ctrl-C: finishing the replications under way, then writing the results (Ctrl-C again to quit now)");
        err.flush();
    }

    @Override
    public boolean getAsBoolean() {
        return stop.get();
    }

    @Override
    public void close() {
        if (previous != null) {
            Signal.handle(new Signal("INT"), previous);
        }
    }
}
