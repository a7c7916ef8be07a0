package io.salesim.scenarios.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salesim.scenarios.Scenario;
import io.salesim.scenarios.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** start_date reaches the wrap-up and survives the resolved file; without it the fixed default applies. */
class StartDateTest {
    @Test
    void aStartDateReachesTheWrapUpAndTheResolvedFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("dated.yaml");
        Files.writeString(file, "kind: sales-organisation\nextends: traditional\nname: dated\nstart_date: 2026-03-02\n");
        Scenario dated = ScenarioLoader.load(file.toString());
        assertEquals(LocalDate.of(2026, 3, 2), dated.wrapUp(0, 1).orElseThrow().startDate());
        String resolved = ScenarioLoader.resolvedYaml(dated);
        assertTrue(resolved.contains("start_date: 2026-03-02") || resolved.contains("start_date: \"2026-03-02\""), resolved);
        Path again = dir.resolve("again.yaml");
        Files.writeString(again, resolved);
        assertEquals(LocalDate.of(2026, 3, 2), ScenarioLoader.load(again.toString()).wrapUp(0, 1).orElseThrow().startDate());
    }

    @Test
    void withoutAStartDateTheFirstMondayOf2026() throws Exception {
        Scenario traditional = ScenarioLoader.load("traditional");
        assertEquals(LocalDate.of(2026, 1, 5), traditional.wrapUp(0, 1).orElseThrow().startDate());
    }
}
