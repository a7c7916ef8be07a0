package io.salesim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.List;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** Cells show what a Jupyter user expects: the last expression's value, nothing for statements, errors as errors. */
class CellsTest {
    private static Cells cells;

    @BeforeAll
    static void start() {
        cells = new Cells();
    }

    @AfterAll
    static void stop() {
        cells.close();
    }

    @Test
    void theLastExpressionIsTheCellsValue() {
        Cells.Value value = cells.run("int a = 20;\nint b = 22;\na + b");
        assertTrue(value.present());
        assertEquals(42, value.object());
        assertEquals("42", value.text());
    }

    @Test
    void declarationsStatementsAndATrailingSemicolonShowNothing() {
        assertFalse(cells.run("int c = 1;").present());
        assertFalse(cells.run("c;").present());
        assertFalse(cells.run("for (int i = 0; i < 2; i++) { c++; }").present());
        assertEquals(3, cells.run("c").object(), "the loop ran in the same session");
    }

    @Test
    void aVariableReferenceHandsBackTheObjectItself() {
        Object table = cells.run("Table t = Table.create(\"t\", DoubleColumn.create(\"x\", new double[]{1.5, 2.5}));\nt").object();
        assertInstanceOf(Table.class, table);
        assertEquals(2, ((Table) table).rowCount());
    }

    @Test
    void aTableIsShownAsHtmlAndAChartAsAPng() {
        Object table = cells.run("Table.create(\"t\", StringColumn.create(\"name\", List.of(\"a<b\")))").object();
        DisplayData tableData = Rendering.render(table, "");
        assertTrue(((String) tableData.getData(MIMEType.TEXT_HTML)).contains("<th>name</th>"));
        assertTrue(((String) tableData.getData(MIMEType.TEXT_HTML)).contains("a&lt;b"), "cell text is escaped");

        Object chart = cells.run("var ch = new XYChartBuilder().title(\"T\").build();\n"
                + "ch.addSeries(\"s\", new double[]{1, 2}, new double[]{3, 4});\nch").object();
        DisplayData chartData = Rendering.render(chart, "");
        byte[] png = Base64.getDecoder().decode((String) chartData.getData(MIMEType.IMAGE_PNG));
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
        assertEquals("T", chartData.getData(MIMEType.TEXT_PLAIN));
    }

    @Test
    void markdownFromComputedValues() {
        Object md = cells.run("markdown(\"**%.1f** h\", 2.25)").object();
        assertEquals("**2.3** h", ((Rendering.Markdown) md).text());
        assertEquals("**2.3** h", Rendering.render(md, "").getData(MIMEType.TEXT_MARKDOWN));
    }

    @Test
    void aCellThatDoesNotCompileIsAnErrorThatPointsAtTheCode() {
        Cells.CellError error = assertThrows(Cells.CellError.class, () -> cells.run("int bad = \"text\";"));
        assertEquals("CompilationError", error.name());
        assertTrue(error.lines().stream().anyMatch(line -> line.contains("incompatible types")), error.lines().toString());
        assertTrue(error.lines().stream().anyMatch(line -> line.trim().equals("^")), "a caret under the place");
    }

    @Test
    void anExceptionIsAnErrorWithItsClassAndMessage() {
        Cells.CellError error = assertThrows(Cells.CellError.class,
                () -> cells.run("throw new IllegalStateException(\"deliberately broken\");"));
        assertEquals("java.lang.IllegalStateException", error.name());
        assertEquals("java.lang.IllegalStateException: deliberately broken", error.lines().get(0));
    }

    @Test
    void aCellStopsAtItsFirstFailingSnippet() {
        assertThrows(Cells.CellError.class, () -> cells.run("int before = 1;\nthrow new RuntimeException(\"x\");\nint after = 2;"));
        assertEquals(1, cells.run("before").object());
        assertThrows(Cells.CellError.class, () -> cells.run("after"), "the snippet after the failure never ran");
    }

    @Test
    void completionAndCompleteness() {
        assertEquals("incomplete", cells.completeness("for (int i = 0; i < 3; i++) {"));
        assertEquals("complete", cells.completeness("int z = 1;"));
        Cells.Completion completion = cells.complete("Salesim.bun", 11);
        assertEquals(List.of("bundled()"), completion.replacements());
        assertEquals(8, completion.start());
    }

    @Test
    void theNotebookApiIsOnTheClassPath() {
        Object names = cells.run("Salesim.bundled()").object();
        assertTrue(((List<?>) names).contains("mmc"), String.valueOf(names));
    }
}
