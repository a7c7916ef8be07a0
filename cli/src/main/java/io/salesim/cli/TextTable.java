package io.salesim.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table with aligned columns: text left-aligned, numbers right-aligned. When it is
 * wider than the screen, the widest text columns are narrowed and their cells wrapped onto
 * continuation lines (at a space, dot, underscore or comma where there is one).
 */
final class TextTable {
    private static final int NARROWEST_COLUMN = 10;
    private final List<String[]> rows = new ArrayList<>();
    private final boolean[] rightAligned;

    TextTable(String... header) {
        rows.add(header);
        rightAligned = new boolean[header.length];
    }

    /** Marks columns whose cells are numbers. */
    TextTable numbers(int... columns) {
        for (int column : columns) {
            rightAligned[column] = true;
        }
        return this;
    }

    TextTable row(String... cells) {
        rows.add(cells);
        return this;
    }

    static String interval(double low, double high) {
        return Double.isNaN(low) ? "-" : "[" + SummaryTable.number(low) + ", " + SummaryTable.number(high) + "]";
    }

    /** Fitted to the screen ({@link Screen#width()}). */
    String render() {
        return render(Screen.width());
    }

    String render(int maxWidth) {
        int columns = rows.get(0).length;
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        narrow(widths, maxWidth);
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            List<List<String>> cells = new ArrayList<>();
            int lines = 1;
            for (int c = 0; c < row.length; c++) {
                List<String> wrapped = wrap(row[c], widths[c]);
                cells.add(wrapped);
                lines = Math.max(lines, wrapped.size());
            }
            for (int l = 0; l < lines; l++) {
                StringBuilder line = new StringBuilder();
                for (int c = 0; c < row.length; c++) {
                    String text = l < cells.get(c).size() ? cells.get(c).get(l) : "";
                    String pad = " ".repeat(Math.max(0, widths[c] - text.length()));
                    line.append(c == 0 ? "" : "  ").append(rightAligned[c] ? pad + text : text + pad);
                }
                out.append(line.toString().stripTrailing()).append('\n');
            }
        }
        return out.toString();
    }

    /** Takes a column at a time off the widest text column until the table fits (or none can give more). */
    private void narrow(int[] widths, int maxWidth) {
        int total = 2 * (widths.length - 1);
        for (int width : widths) {
            total += width;
        }
        while (total > maxWidth) {
            int widest = -1;
            for (int c = 0; c < widths.length; c++) {
                if (!rightAligned[c] && widths[c] > NARROWEST_COLUMN && (widest < 0 || widths[c] > widths[widest])) {
                    widest = c;
                }
            }
            if (widest < 0) {
                return;
            }
            widths[widest]--;
            total--;
        }
    }

    /** The text in lines of at most {@code width}, broken after a space where one is near, else after a dot, underscore, comma, slash or hyphen. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        String rest = text;
        while (rest.length() > width) {
            int cut = -1;
            // a space first (words stay whole), then a dot or underscore, then a comma, slash or hyphen
            for (String breaks : new String[] {" ", "._", ",/-"}) {
                for (int i = width - 1; cut < 0 && i >= width / 3; i--) {
                    if (breaks.indexOf(rest.charAt(i)) >= 0) {
                        cut = i + 1;
                    }
                }
            }
            if (cut < 0) {
                cut = width;
            }
            lines.add(rest.substring(0, cut).stripTrailing());
            rest = "  " + rest.substring(cut).stripLeading(); // continuation lines indented
        }
        lines.add(rest);
        return lines;
    }
}
