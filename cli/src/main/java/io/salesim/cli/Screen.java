package io.salesim.cli;

import java.io.IOException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** How wide the printed tables may be: the terminal's width, else COLUMNS, else 100 columns. */
final class Screen {
    static final int DEFAULT_WIDTH = 100;
    private static final int NARROWEST = 40;

    private Screen() {
    }

    static int width() {
        String columns = System.getenv("COLUMNS");
        if (columns != null && columns.matches("\\d{2,4}")) {
            return Math.max(NARROWEST, Integer.parseInt(columns));
        }
        if (System.console() == null) {
            return DEFAULT_WIDTH;
        }
        // a terminal that leaves Ctrl-C alone (see ProgressDisplay)
        try (Terminal terminal = TerminalBuilder.builder().system(true).nativeSignals(false).dumb(true).build()) {
            int width = terminal.getWidth();
            return width >= NARROWEST ? width : DEFAULT_WIDTH;
        } catch (IOException | RuntimeException e) {
            return DEFAULT_WIDTH;
        }
    }

    /** A line of prose wrapped to the screen, continuation lines indented. */
    static String fit(String line) {
        return String.join("\n", TextTable.wrap(line, width()));
    }
}
