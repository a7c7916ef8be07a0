package io.salesim.reports.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salesim.reports.fixtures.Folders;
import io.salesim.reports.fixtures.RunFolders;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class ChartsTest {
    @TempDir
    Path tmp;

    @Test
    void salesRunGetsEverySalesChart() throws Exception {
        List<ChartFile> charts = Charts.writeAll(RunData.read(RunFolders.salesOrganisation(Folders.under(tmp, "sales"))));
        assertEquals(List.of("bottleneck-timeline", "utilisation-heatmap", "protective-capacity", "bd-meetings-team", "bd-meetings-per-salesperson", "cs-on-time",
                "production-backlog", "cumulative-money"), charts.stream().map(ChartFile::stem).toList());
        charts.forEach(ChartsTest::assertValidFiles);
    }

    @Test
    void flowLineGetsWipAndThroughputOnly() throws Exception {
        List<ChartFile> charts = Charts.writeAll(RunData.read(RunFolders.flowLine(Folders.under(tmp, "flow"))));
        assertEquals(List.of("flow-wip", "flow-throughput"), charts.stream().map(ChartFile::stem).toList());
        charts.forEach(ChartsTest::assertValidFiles);
    }

    /** The dice game's series are per round: shipped each round against capacity, and the items waiting; no flow-line charts. */
    @Test
    void diceGameGetsShippedAndWaitingPerRound() throws Exception {
        RunData data = RunData.read(RunFolders.diceGame(Folders.under(tmp, "dice")));
        List<ChartFile> charts = Charts.writeAll(data);
        assertEquals(List.of("dice-throughput", "dice-wip"), charts.stream().map(ChartFile::stem).toList());
        charts.forEach(ChartsTest::assertValidFiles);
        assertEquals(20, data.weekly("system", "throughput_per_round").orElseThrow().size(), "one point per round");
    }

    @Test
    void comparisonGetsForestPlot() throws Exception {
        List<ChartFile> charts = Charts.writeAll(RunData.read(RunFolders.comparison(Folders.under(tmp, "compare"))));
        assertEquals(List.of("comparison-forest"), charts.stream().map(ChartFile::stem).toList());
        charts.forEach(ChartsTest::assertValidFiles);
    }

    @Test
    void sweepGetsOneChartPerMetric() throws Exception {
        List<ChartFile> charts = Charts.writeAll(RunData.read(RunFolders.sweep(Folders.under(tmp, "sweep"))));
        // Metrics with a direction first, then neutral ones (utilisation), each in sweep.csv's order; none for
        // the sales manager's wait, 0 with no spread at every point (a flat line says nothing)
        assertEquals(List.of("sweep-cs.on_time_pct", "sweep-finance.net_per_week", "sweep-role.customer_service.utilization"),
                charts.stream().map(ChartFile::stem).toList());
        charts.forEach(ChartsTest::assertValidFiles);
    }

    @Test
    void emptyFolderGetsNoCharts() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertEquals(List.of(), Charts.writeAll(RunData.read(empty)));
    }

    /** PNG decodes at slide size and is not one flat colour; SVG parses as XML with an svg root. */
    static void assertValidFiles(ChartFile chart) {
        try {
            BufferedImage image = ImageIO.read(chart.png().toFile());
            assertNotNull(image, chart.png() + " is not a PNG");
            assertEquals(ChartStyle.WIDTH, image.getWidth(), chart.stem());
            assertTrue(image.getHeight() >= ChartStyle.HEIGHT, chart.stem());
            Set<Integer> colours = new HashSet<>();
            for (int y = 0; y < image.getHeight(); y += 7) {
                for (int x = 0; x < image.getWidth(); x += 7) {
                    colours.add(image.getRGB(x, y));
                }
            }
            assertTrue(colours.size() > 10, chart.stem() + " looks blank: " + colours.size() + " colours");
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            Document svg = factory.newDocumentBuilder().parse(chart.svg().toFile());
            assertEquals("svg", svg.getDocumentElement().getNodeName(), chart.svg().toString());
            assertTrue(Files.size(chart.svg()) > 1000, chart.svg() + " is nearly empty");
        } catch (IOException | javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new AssertionError(chart.stem() + ": " + e.getMessage(), e);
        }
    }
}
