package io.salesim.cli;

import io.salesim.core.engine.ReplicationRunner;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Shows replications done and the time left: a progress bar on a terminal, plain lines
 * (at most one every few seconds) when the output is a file or pipe.
 */
abstract class ProgressDisplay implements ReplicationRunner.Progress, AutoCloseable {

    static ProgressDisplay open(String task, int total, PrintWriter err, boolean terminal) {
        return terminal ? new Bar(task, total) : new Lines(task, err);
    }

    /** Shows nothing (--quiet). */
    static ProgressDisplay silent() {
        return new ProgressDisplay() {
            @Override
            public void replicationDone(int done, int total) {
            }

            @Override
            void note(String status) {
            }

            @Override
            public void close() {
            }
        };
    }

    /** Whether stderr is likely an interactive terminal (the JVM only tells us about the console). */
    static boolean onTerminal() {
        return System.console() != null && !"dumb".equals(System.getenv("TERM"));
    }

    /** A short status shown beside the count from now on, e.g. how many plans are still in contention. */
    abstract void note(String status);

    @Override
    public abstract void close();

    private static final class Bar extends ProgressDisplay {
        private static final int DEFAULT_WIDTH = 80;
        private final ProgressBar bar;
        private long shown;

        Bar(String task, int total) {
            bar = new ProgressBarBuilder()
                    .setTaskName(task)
                    .setInitialMax(total)
                    .setUnit(" replications", 1)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(250)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err, terminalWidth() - 1))
                    .build();
        }

        /**
         * The terminal's width, asked of a terminal that leaves signals alone. Left to find it
         * out itself, progressbar opens a JLine terminal that resets Ctrl-C to its default, and
         * Ctrl-C would kill the JVM instead of stopping the run.
         */
        private static int terminalWidth() {
            try (Terminal terminal = TerminalBuilder.builder().system(true).nativeSignals(false).dumb(true).build()) {
                int width = terminal.getWidth();
                return width > 10 ? width : DEFAULT_WIDTH;
            } catch (IOException | RuntimeException e) {
                return DEFAULT_WIDTH;
            }
        }

        @Override
        public synchronized void replicationDone(int done, int total) {
            // a run that grows (precision, selection) raises its total as it goes
            if (total > bar.getMax()) {
                bar.maxHint(total);
            }
            // workers report out of order; never move the bar backwards
            if (done > shown) {
                shown = done;
                bar.stepTo(done);
            }
        }

        @Override
        synchronized void note(String status) {
            bar.setExtraMessage(status);
        }

        @Override
        public void close() {
            bar.close();
        }
    }

    private static final class Lines extends ProgressDisplay {
        private static final long INTERVAL_NANOS = 3_000_000_000L;
        private final String task;
        private final PrintWriter err;
        private final long startNanos = System.nanoTime();
        private long lastNanos = startNanos;
        private int shown;
        private String status = "";

        Lines(String task, PrintWriter err) {
            this.task = task;
            this.err = err;
        }

        @Override
        public synchronized void replicationDone(int done, int total) {
            long now = System.nanoTime();
            if (done <= shown || (shown > 0 && done < total && now - lastNanos < INTERVAL_NANOS)) {
                return;
            }
            shown = done;
            lastNanos = now;
            double elapsedSeconds = (now - startNanos) / 1e9;
            double etaSeconds = elapsedSeconds / done * (total - done);
            err.println(String.format(Locale.ROOT, "%s: %d/%d replications done, %.0f s elapsed, about %.0f s left%s",
                    task, done, total, elapsedSeconds, etaSeconds, status));
            err.flush();
        }

        @Override
        synchronized void note(String newStatus) {
            String line = "; " + newStatus;
            if (!line.equals(status)) {
                status = line;
                // a change in contention is news: said at once, not at the next timed line
                err.println(task + ": " + newStatus);
                err.flush();
            }
        }

        @Override
        public void close() {
            err.flush();
        }
    }
}
