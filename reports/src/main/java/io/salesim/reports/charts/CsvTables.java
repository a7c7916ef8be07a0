package io.salesim.reports.charts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Reads a CSV file salesim wrote into a Tablesaw table, each column a number or a text column
 * as asked: the table Tablesaw's own reader gives with those column types, UTF-8 and "", "NaN"
 * and "nan" as missing values (CsvTablesTest compares the two), in a fraction of the time on a
 * cold JVM, where the report reads the megabytes of CSV the run has just written. Quoted fields
 * may hold commas, doubled quotes and line breaks; unquoted ones are trimmed; blank lines are
 * skipped. (Numbers as salesim writes them: no grouping commas, no percent signs.)
 */
final class CsvTables {
    private CsvTables() {
    }

    static Table read(Path csv, Predicate<String> numeric) {
        String text;
        try {
            text = Files.readString(csv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + csv, e);
        }
        List<List<String>> rows;
        try {
            rows = rows(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot read " + csv + ": " + e.getMessage(), e);
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("cannot read " + csv + ": no header row");
        }
        List<String> header = rows.get(0);
        int records = rows.size() - 1;
        List<Column<?>> columns = new ArrayList<>(header.size());
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c);
            if (numeric.test(name)) {
                double[] values = new double[records];
                for (int r = 0; r < records; r++) {
                    values[r] = number(cell(rows.get(r + 1), c), csv, r + 2, name);
                }
                columns.add(DoubleColumn.create(name, values));
            } else {
                String[] values = new String[records];
                for (int r = 0; r < records; r++) {
                    String v = cell(rows.get(r + 1), c);
                    values[r] = isMissing(v) ? "" : v;
                }
                columns.add(StringColumn.create(name, values));
            }
        }
        // unnamed, as Tablesaw's reader leaves a table read from a file
        return Table.create("", columns);
    }

    private static String cell(List<String> row, int column) {
        return column < row.size() ? row.get(column) : "";
    }

    private static boolean isMissing(String cell) {
        return cell.isEmpty() || cell.equals("NaN") || cell.equals("nan");
    }

    private static double number(String cell, Path csv, int line, String column) {
        if (isMissing(cell)) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("cannot read " + csv + ": row " + line + ", column " + column + ": not a number: " + cell, e);
        }
    }

    /** The records of the file, each a list of fields. */
    private static List<List<String>> rows(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int n = text.length();
        int i = 0;
        boolean quoted = false;
        while (i <= n) {
            char c = i < n ? text.charAt(i) : '\n';
            if (c == '"' && !quoted && field.toString().isBlank()) {
                field.setLength(0);
                int end = i + 1;
                while (true) {
                    int quote = text.indexOf('"', end);
                    if (quote < 0) {
                        throw new IllegalArgumentException("a quoted field is not closed");
                    }
                    field.append(text, end, quote);
                    if (quote + 1 < n && text.charAt(quote + 1) == '"') {
                        field.append('"');
                        end = quote + 2;
                    } else {
                        i = quote + 1;
                        break;
                    }
                }
                quoted = true;
                continue;
            }
            if (c == ',' || c == '\n' || c == '\r') {
                row.add(quoted ? field.toString() : field.toString().trim());
                field.setLength(0);
                quoted = false;
                if (c != ',') {
                    if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    if (row.size() > 1 || !row.get(0).isEmpty()) {
                        rows.add(row);
                    }
                    row = new ArrayList<>();
                }
            } else if (!quoted) {
                field.append(c);
            }
            i++;
        }
        return rows;
    }
}
