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
    private final boolean[] whole;

    TextTable(String... header) {
        rows.add(header);
        rightAligned = new boolean[header.length];
        whole = new boolean[header.length];
    }

    /** Marks text columns that are never narrowed, e.g. confidence intervals. */
    TextTable whole(int... columns) {
        for (int column : columns) {
            whole[column] = true;
        }
        return this;
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
                // continuation lines are indented in the first column only, where they would pass for a new row
                List<String> wrapped = wrap(row[c], widths[c], c == 0 ? "  " : "");
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

    /**
     * Takes a column at a time off the widest text column until the table fits: first down to
     * each column's longest word (so names stay whole where they can), then to a floor.
     */
    private void narrow(int[] widths, int maxWidth) {
        int total = 2 * (widths.length - 1);
        for (int width : widths) {
            total += width;
        }
        int[] longestWord = new int[widths.length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                for (String word : row[c].split(" ")) {
                    longestWord[c] = Math.max(longestWord[c], word.length());
                }
            }
        }
        for (boolean wholeWords : new boolean[] {true, false}) {
            while (total > maxWidth) {
                int widest = -1;
                for (int c = 0; c < widths.length; c++) {
                    int floor = wholeWords ? Math.max(NARROWEST_COLUMN, longestWord[c]) : NARROWEST_COLUMN;
                    if (!rightAligned[c] && !whole[c] && widths[c] > floor && (widest < 0 || widths[c] > widths[widest])) {
                        widest = c;
                    }
                }
                if (widest < 0) {
                    break;
                }
                widths[widest]--;
                total--;
            }
        }
    }

    /** The text in lines of at most {@code width}, broken after a space where one is near, else after a dot, underscore, comma, slash or hyphen. */
    static List<String> wrap(String text, int width) {
        return wrap(text, width, "  ");
    }

    static List<String> wrap(String text, int width, String indent) {
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
            rest = indent + rest.substring(cut).stripLeading();
        }
        lines.add(rest);
        return lines;
    }
}
