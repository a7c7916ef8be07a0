package io.salesim.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salesim.scenarios.ScenarioException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad exports are refused with the file, the line and the column; good ones read as written. */
class CrmExportTest {
    private static final String HEADER = "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value\n";
    private static final String GOOD = HEADER
            + "A1,Ann,GTX Basic,Acme,Won,10/20/2016,3/1/2017,1054\n"
            + "A2,Bob,MG Special,\"Acme, Inc.\",Lost,11/2/2016,3/11/2017,0\n"
            + "A3,Ann,GTX Basic,,Engaging,12/1/2016,,\n"
            + "A4,Bob,GTX Basic,,Prospecting,,,\n";

    @TempDir
    Path dir;

    private CrmExport read(String pipeline) throws IOException, ScenarioException {
        Files.writeString(dir.resolve("sales_pipeline.csv"), pipeline);
        Files.writeString(dir.resolve("sales_teams.csv"), "sales_agent,manager,regional_office\nAnn,M,West\nBob,M,East\n");
        return CrmExport.read(dir, ColumnMapping.crmSample());
    }

    private String refused(String pipeline) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> read(pipeline));
        return e.getMessage();
    }

    @Test
    void aGoodExportReadsAsWritten() throws Exception {
        CrmExport export = read(GOOD);
        assertEquals(4, export.deals().size());
        Deal won = export.deals().get(0);
        assertEquals(LocalDate.of(2016, 10, 20), won.engaged());
        assertEquals(LocalDate.of(2017, 3, 1), won.closed());
        assertEquals(1054, won.valueWon());
        assertEquals("West", won.team());
        assertEquals(Stage.LOST, export.deals().get(1).stage(), "a quoted comma stays inside its field");
        assertEquals(Stage.OPEN, export.deals().get(2).stage());
        assertEquals(null, export.deals().get(3).engaged());
        assertEquals(LocalDate.of(2017, 3, 11), export.lastDate());
    }

    @Test
    void aMissingColumnIsNamedWithTheHeaderLine() {
        String message = refused(GOOD.replace("close_value", "amount"));
        assertTrue(message.contains("sales_pipeline.csv:1: column close_value: found a header without it"), message);
    }

    @Test
    void anUnparseableDateIsRefusedAtItsLineAndColumn() {
        String message = refused(GOOD.replace("11/2/2016", "2016-11-02"));
        assertTrue(message.contains("sales_pipeline.csv:3: column engage_date (field 6): found \"2016-11-02\"; allowed a date written M/d/yyyy"),
                message);
    }

    @Test
    void aDayTheMonthDoesNotHaveIsRefusedNotMoved() {
        String message = refused(GOOD.replace("3/11/2017", "2/30/2017"));
        assertTrue(message.contains("sales_pipeline.csv:3: column close_date (field 7): found \"2/30/2017\""), message);
    }

    @Test
    void aNegativeValueIsRefused() {
        String message = refused(GOOD.replace(",1054", ",-1054"));
        assertTrue(message.contains("sales_pipeline.csv:2: column close_value (field 8): found -1054; allowed an amount of 0 or more"),
                message);
    }

    @Test
    void aCloseBeforeTheEngagementAndAnUnknownStageAreRefused() {
        assertTrue(refused(GOOD.replace("3/1/2017", "3/1/2015")).contains("sales_pipeline.csv:2: column close_date"));
        assertTrue(refused(GOOD.replace("Engaging", "Negotiating")).contains("sales_pipeline.csv:4: column deal_stage (field 5): "
                + "found \"Negotiating\""));
    }

    @Test
    void anEmptyExportIsRefused() {
        assertTrue(refused("").contains("sales_pipeline.csv:1: rows: found an empty file"));
        assertTrue(refused(HEADER).contains("sales_pipeline.csv:2: rows: found a header and no opportunities"));
        assertTrue(refused(HEADER + "A4,Bob,GTX Basic,,Prospecting,,,\n").contains("found no engaged opportunity"));
    }

    @Test
    void aCutoffOutsideTheDataIsRefused() throws Exception {
        CrmExport export = read(GOOD);
        ScenarioException before = assertThrows(ScenarioException.class, () -> export.cutoff(LocalDate.of(2015, 1, 1), false));
        assertTrue(before.getMessage().contains("--until: found 2015-01-01; allowed a date from 2016-10-20"), before.getMessage());
        ScenarioException after = assertThrows(ScenarioException.class, () -> export.cutoff(LocalDate.of(2017, 3, 11), true));
        assertTrue(after.getMessage().contains("the day before the last close"), after.getMessage());
    }

    @Test
    void aCutoffBeforeEnoughClosesIsRefused() throws Exception {
        StringBuilder rows = new StringBuilder(HEADER);
        for (int i = 0; i < CrmExport.MIN_CLOSED; i++) {
            rows.append("B").append(i).append(",Ann,GTX Basic,,Won,1/").append(i + 1).append("/2017,3/").append(i + 1).append("/2017,500\n");
        }
        CrmExport export = read(rows.toString());
        assertEquals(LocalDate.of(2017, 3, 10), export.cutoff(LocalDate.of(2017, 3, 10), false), "ten closes by 10 March");
        ScenarioException early = assertThrows(ScenarioException.class, () -> export.cutoff(LocalDate.of(2017, 3, 9), false));
        assertTrue(early.getMessage().contains("--until: found 9 deals closed by 2017-03-09; allowed a cutoff with at least 10 closed "
                + "deals to fit a cycle to (the first close is 2017-03-01)"), early.getMessage());
    }

    @Test
    void aMappingWithoutAColumnIsRefusedWithItsKey() throws IOException {
        Path mapping = dir.resolve("mapping.yaml");
        Files.writeString(mapping, ColumnMapping.crmSampleText().replace("    close_value: close_value", ""));
        ScenarioException e = assertThrows(ScenarioException.class, () -> ColumnMapping.read(mapping));
        assertTrue(e.getMessage().contains("mapping.yaml: opportunities.columns.close_value: found nothing"), e.getMessage());
    }
}
