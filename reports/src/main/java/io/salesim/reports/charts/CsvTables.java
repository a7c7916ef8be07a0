package io.salesim.reports.charts;

import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import java.io.IOException;
import java.io.StringReader;
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
 * cold JVM, where the report reads the megabytes of CSV the run has just written. The records
 * are parsed by univocity (the parser under Tablesaw's reader); what is saved is Tablesaw's
 * handling of each cell. Quoted fields may hold commas, doubled quotes and line breaks; unquoted
 * ones are trimmed; blank lines are skipped. (Numbers as salesim writes them: no grouping
 * commas, no percent signs.)
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
        List<String[]> rows;
        try {
            rows = rows(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot read " + csv + ": " + e.getMessage(), e);
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("cannot read " + csv + ": no header row");
        }
        String[] header = rows.get(0);
        int records = rows.size() - 1;
        List<Column<?>> columns = new ArrayList<>(header.length);
        for (int c = 0; c < header.length; c++) {
            String name = header[c];
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

    private static String cell(String[] row, int column) {
        return column < row.length ? row[column] : "";
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

    /** The records of the file, each an array of fields, by univocity's parser (Tablesaw's own). */
    private static List<String[]> rows(String text) {
        CsvParserSettings settings = new CsvParserSettings();
        settings.setLineSeparatorDetectionEnabled(true);
        settings.setMaxCharsPerColumn(-1);
        settings.setNullValue("");
        settings.setEmptyValue("");
        List<String[]> rows = new CsvParser(settings).parseAll(new StringReader(text));
        if (!text.isEmpty() && unclosedQuote(text)) {
            throw new IllegalArgumentException("a quoted field is not closed");
        }
        return rows;
    }

    /** An odd number of quotes: univocity reads an unclosed quoted field to the end of the file without a word. */
    private static boolean unclosedQuote(String text) {
        int quotes = 0;
        for (int at = text.indexOf('"'); at >= 0; at = text.indexOf('"', at + 1)) {
            quotes++;
        }
        return quotes % 2 == 1;
    }
}
