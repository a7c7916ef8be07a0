package io.salesim.reports.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salesim.reports.fixtures.Folders;
import io.salesim.reports.fixtures.RunFolders;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.io.Source;
import tech.tablesaw.io.csv.CsvReadOptions;

/** The report's CSV reader gives the table Tablesaw's reader gives, for every file of every kind of folder and for awkward cells. */
class CsvTablesTest {
    @TempDir
    Path tmp;

    @Test
    void everyResultFileReadsAsTablesawReadsIt() throws Exception {
        List<Path> csvs = new ArrayList<>();
        for (Path folder : List.of(RunFolders.salesOrganisation(Folders.under(tmp, "sales")), RunFolders.flowLine(Folders.under(tmp, "flow")),
                RunFolders.diceGame(Folders.under(tmp, "dice")), RunFolders.comparison(Folders.under(tmp, "compare")),
                RunFolders.sweep(Folders.under(tmp, "sweep")))) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.filter(p -> p.toString().endsWith(".csv")).sorted().forEach(csvs::add);
            }
        }
        assertTrue(csvs.size() >= 10, "files compared: " + csvs);
        for (Path csv : csvs) {
            assertSameTable(tablesaw(csv, RunData.NUMERIC::contains), CsvTables.read(csv, RunData.NUMERIC::contains), csv.toString());
        }
    }

    @Test
    void quotedMissingAndSpecialCellsReadAsTablesawReadsThem() throws Exception {
        Path csv = tmp.resolve("awkward.csv");
        Files.writeString(csv, "name, value ,note\n"
                + "plain,1.5,a\n"
                + "\"comma, inside\",-0.25,\"say \"\"hi\"\"\"\n"
                + "\n"
                + "  padded  ,NaN,\"  kept  \"\n"
                + "missing,,nan\n"
                + "\"two\nlines\",Infinity,NaN\n"
                + "ünïcode,-Infinity,\"\"\n", StandardCharsets.UTF_8);
        Table ours = CsvTables.read(csv, "value"::equals);
        assertSameTable(tablesaw(csv, "value"::equals), ours, "awkward.csv");
        assertEquals(6, ours.rowCount());
        assertEquals("comma, inside", ours.getString(1, "name"));
        assertEquals("say \"hi\"", ours.getString(1, "note"));
        assertEquals("  kept  ", ours.getString(2, "note"));
        assertEquals("two\nlines", ours.getString(4, "name"));
    }

    @Test
    void anUnclosedQuoteOrANonNumberNamesTheFile() throws Exception {
        Path unclosed = tmp.resolve("unclosed.csv");
        Files.writeString(unclosed, "name,value\n\"open,1\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CsvTables.read(unclosed, "value"::equals)).getMessage()
                .startsWith("cannot read " + unclosed));
        Path text = tmp.resolve("text.csv");
        Files.writeString(text, "name,value\na,lots\n");
        String message = assertThrows(IllegalArgumentException.class, () -> CsvTables.read(text, "value"::equals)).getMessage();
        assertTrue(message.startsWith("cannot read " + text) && message.contains("lots"), message);
    }

    private static Table tablesaw(Path csv, Predicate<String> numeric) {
        return Table.read().csv(CsvReadOptions.builder(new Source(csv.toFile(), StandardCharsets.UTF_8))
                .missingValueIndicator("", "NaN", "nan")
                .columnTypes(column -> numeric.test(column) ? ColumnType.DOUBLE : ColumnType.STRING)
                .build());
    }

    private static void assertSameTable(Table expected, Table actual, String what) {
        assertEquals(expected.name(), actual.name(), what);
        assertEquals(expected.columnNames(), actual.columnNames(), what);
        assertEquals(expected.rowCount(), actual.rowCount(), what);
        assertFalse(expected.isEmpty() && expected.columnCount() == 0, what + " has columns");
        for (int c = 0; c < expected.columnCount(); c++) {
            Column<?> e = expected.column(c);
            Column<?> a = actual.column(c);
            assertEquals(e.type(), a.type(), what + ": " + e.name());
            for (int row = 0; row < e.size(); row++) {
                assertEquals(e.isMissing(row), a.isMissing(row), what + ": " + e.name() + " row " + row);
                assertEquals(e.get(row), a.get(row), what + ": " + e.name() + " row " + row);
                assertEquals(e.getString(row), a.getString(row), what + ": " + e.name() + " row " + row);
            }
        }
    }
}
