package io.salesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.salesim.scenarios.Scenario;
import io.salesim.scenarios.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code salesim fit} on the CRM sample: the files it writes, the scenario loads, and bad input writes nothing. */
class FitCommandTest extends InProcessCommands {
    private static final String SAMPLE = Path.of("../examples/crm-sample").toAbsolutePath().normalize().toString();

    @TempDir
    Path dir;

    @Test
    void aBacktestWritesTheFitTheScenarioTheReportAndTheCoverage() throws Exception {
        Path out = dir.resolve("fit");
        int code = salesim("fit", SAMPLE, "--until", "2017-06-30", "--backtest", "--replications", "20", "--out", out.toString());
        assertEquals(ExitCodes.OK, code, err.toString());
        for (String file : List.of("fitted.yaml", "fit.json", "fit-report.html", "backtest.csv", "backtest.json", "mapping.yaml")) {
            assertTrue(Files.isRegularFile(out.resolve(file)), file);
        }
        Scenario fitted = ScenarioLoader.load(out.resolve("fitted.yaml").toString());
        assertEquals("sales-organisation", fitted.kind());
        JsonNode fit = new ObjectMapper().readTree(out.resolve("fit.json").toFile());
        for (String key : List.of("win_probability", "never_close_share", "cycle_mean_days", "cycle_mean_days_naive", "arrivals_per_week")) {
            JsonNode e = fit.get(key);
            assertTrue(e.get("ci95_low").asDouble() <= e.get("value").asDouble() && e.get("value").asDouble() <= e.get("ci95_high").asDouble(),
                    key + " " + e);
        }
        assertEquals(30, fit.get("agents").asInt());
        assertTrue(fit.get("open_at_cutoff").asInt() > 0);
        JsonNode backtest = new ObjectMapper().readTree(out.resolve("backtest.json").toFile());
        for (String metric : List.of("won_deals", "won_value", "open_pipeline")) {
            assertTrue(backtest.get("coverage").get(metric).has("coverage"), metric);
            assertTrue(backtest.get("coverage").get(metric).get("mean_band_width").asDouble() > 0, metric);
        }
        String html = Files.readString(out.resolve("fit-report.html"));
        assertTrue(html.contains("<svg class=\"chart\""), "charts inlined as SVG");
        assertTrue(out.resolve("charts/backtest-won_deals.svg").toFile().isFile());
    }

    @Test
    void theWholeExportFitsWithoutABacktest() throws Exception {
        Path out = dir.resolve("all");
        assertEquals(ExitCodes.OK, salesim("fit", SAMPLE, "--out", out.toString()), err.toString());
        JsonNode fit = new ObjectMapper().readTree(out.resolve("fit.json").toFile());
        // README: 4,238 won and 2,473 lost among closed deals
        assertEquals(4238.0 / (4238 + 2473), fit.get("win_probability").get("value").asDouble(), 1e-6);
        assertEquals(6711, fit.get("win_probability").get("n").asInt());
        assertEquals(1589, fit.get("open_at_cutoff").asInt());
        assertFalse(Files.exists(out.resolve("backtest.csv")));
    }

    @Test
    void badInputExitsTwoAndWritesNothing() throws Exception {
        Path out = dir.resolve("never");
        assertEquals(ExitCodes.BAD_INPUT, salesim("fit", SAMPLE, "--until", "2015-01-01", "--backtest", "--out", out.toString()));
        assertTrue(err.toString().contains("--until: found 2015-01-01"), err.toString());
        assertEquals(ExitCodes.BAD_INPUT, salesim("fit", SAMPLE, "--as", "mmc", "--out", out.toString()));
        Path broken = dir.resolve("broken");
        Files.createDirectories(broken);
        Files.writeString(broken.resolve("sales_teams.csv"), "sales_agent,manager,regional_office\n");
        Files.writeString(broken.resolve("sales_pipeline.csv"), "opportunity_id,sales_agent,product,account,deal_stage,engage_date,"
                + "close_date,close_value\nA,Ann,P,,Won,10/20/2016,31/2/2017,5\n");
        assertEquals(ExitCodes.BAD_INPUT, salesim("fit", broken.toString(), "--out", out.toString()));
        assertTrue(err.toString().contains("sales_pipeline.csv:2: column close_date (field 7): found \"31/2/2017\""), err.toString());
        assertFalse(Files.exists(out), "nothing written");
    }
}
