package io.salesim.reports.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.stream.Stream;
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
        List<ChartFile> charts = Charts.writeAll(RunData.read(RunFolders.salesOrganisation(Folders.under(tmp, "sales"))),
                new ChartOptions(true, 2));
        assertEquals(List.of("bottleneck-timeline", "utilisation-heatmap", "protective-capacity", "bd-meetings-team", "bd-meetings-per-salesperson", "cs-on-time",
                "production-backlog", "cumulative-money"), charts.stream().map(ChartFile::stem).toList());
        charts.forEach(chart -> assertTrue(chart.png().isPresent(), chart.stem() + ": PNG asked for"));
        charts.forEach(ChartsTest::assertValidFiles);
    }

    /** Without --png only the SVG is written: the report inlines it. */
    @Test
    void pngsAreWrittenOnlyWhenAsked() throws Exception {
        Path folder = RunFolders.flowLine(Folders.under(tmp, "svg-only"));
        List<ChartFile> charts = Charts.writeAll(RunData.read(folder));
        assertFalse(charts.isEmpty());
        charts.forEach(chart -> assertTrue(chart.png().isEmpty() && Files.isRegularFile(chart.svg()), chart.stem()));
        try (Stream<Path> files = Files.list(folder.resolve("charts"))) {
            assertEquals(List.of(), files.filter(p -> p.toString().endsWith(".png")).toList());
        }
    }

    /**
     * A chart written holds its file's text, so the report inlines what the file says without
     * reading it back (it still has it once the file is gone); one known by its file alone reads it.
     */
    @Test
    void aWrittenChartHoldsItsFilesText() throws Exception {
        List<ChartFile> charts = Charts.writeAll(RunData.read(RunFolders.salesOrganisation(Folders.under(tmp, "held"))));
        assertFalse(charts.isEmpty());
        for (ChartFile chart : charts) {
            String file = Files.readString(chart.svg());
            ChartFile byFile = new ChartFile(chart.stem(), chart.title(), chart.caption(), chart.svg(), chart.png());
            assertEquals(file, byFile.svgText(), chart.stem() + " read from its file");
            Files.delete(chart.svg());
            assertEquals(file, chart.svgText(), chart.stem() + " held, not read back");
        }
    }

    /** Same folder, same chart files byte for byte, drawn on one thread or on several (sales run, comparison, sweep). */
    @Test
    void theFilesDoNotDependOnTheThreadCount() throws Exception {
        for (Path folder : List.of(RunFolders.salesOrganisation(Folders.under(tmp, "threads-sales")),
                RunFolders.comparison(Folders.under(tmp, "threads-compare")), RunFolders.sweep(Folders.under(tmp, "threads-sweep")))) {
            RunData data = RunData.read(folder);
            List<ChartFile> one = Charts.writeAll(data, folder.resolve("charts-1"), new ChartOptions(true, 1));
            List<ChartFile> four = Charts.writeAll(data, folder.resolve("charts-4"), new ChartOptions(true, 4));
            assertEquals(one.stream().map(ChartFile::stem).toList(), four.stream().map(ChartFile::stem).toList(), "same charts, same order");
            for (int i = 0; i < one.size(); i++) {
                assertArrayEquals(Files.readAllBytes(one.get(i).svg()), Files.readAllBytes(four.get(i).svg()), one.get(i).stem() + ".svg");
                assertArrayEquals(Files.readAllBytes(one.get(i).png().orElseThrow()), Files.readAllBytes(four.get(i).png().orElseThrow()),
                        one.get(i).stem() + ".png");
            }
        }
    }

    @Test
    void svgCoordinatesAreRoundedToATenthAndTransformsToFourDecimals() {
        assertEquals(List.of("-7.7", "-4.3", "12", "0", "2", "10.4", "0", "1280"),
                Stream.of(-7.65625, -4.328125, 12.0, 0.0, 1.99, 10.40625, -0.04, 1280.0).map(ChartWriter::tenths).toList());
        assertEquals(List.of("1", "0", "-1", "0.7071", "-0.05", "852", "629.9688"),
                Stream.of(1.0, 6.123233995736766E-17, -1.0, Math.sqrt(0.5), -0.05, 852.0, 629.96875).map(ChartWriter::transformEntry).toList());
    }

    /**
     * Every rounding is the decimal Math.round gives at that scale, spelled by BigDecimal: plain, no trailing zeros, "0" for
     * zero; over coordinates of every size (fixed seed), halves and the ends of a chart.
     */
    @Test
    void roundedCoordinatesAreTheDecimalsOfMathRound() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(15);
        List<Double> values = new java.util.ArrayList<>(List.of(0.05, -0.05, 0.15, 2.5e-5, -2.5e-5, 0.99995, -0.99995, 1e15, -1e15,
                -0.0, 5e-324, 1280.0, 720.0));
        for (int i = 0; i < 20_000; i++) {
            values.add((random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-6, 12)));
        }
        for (double v : values) {
            assertEquals(decimal(Math.round(v * 10), 1), ChartWriter.tenths(v), "tenths of " + v);
            assertEquals(decimal(Math.round(v * 10_000), 4), ChartWriter.transformEntry(v), "transform entry " + v);
        }
        assertEquals("NaN", ChartWriter.tenths(Double.NaN));
        assertEquals("Infinity", ChartWriter.transformEntry(Double.POSITIVE_INFINITY));
    }

    private static String decimal(long units, int places) {
        return units == 0 ? "0" : java.math.BigDecimal.valueOf(units, places).stripTrailingZeros().toPlainString();
    }

    /** Items run on several threads come back in their own order, and a failure is rethrown. */
    @Test
    void inOrderKeepsTheItemsOrder() {
        List<Integer> items = java.util.stream.IntStream.range(0, 50).boxed().toList();
        assertEquals(items.stream().map(i -> i * i).toList(), new ChartOptions(false, 4).inOrder(items, i -> i * i));
        IllegalStateException thrown = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> new ChartOptions(false, 3).inOrder(items, i -> {
                    if (i == 17) {
                        throw new IllegalStateException("item 17");
                    }
                    return i;
                }));
        assertEquals("item 17", thrown.getMessage());
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

    /** SVG parses as XML with an svg root; a PNG, when written, decodes at slide size and is not one flat colour. */
    static void assertValidFiles(ChartFile chart) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            Document svg = factory.newDocumentBuilder().parse(chart.svg().toFile());
            assertEquals("svg", svg.getDocumentElement().getNodeName(), chart.svg().toString());
            assertTrue(Files.size(chart.svg()) > 1000, chart.svg() + " is nearly empty");
            if (chart.png().isEmpty()) {
                return;
            }
            BufferedImage image = ImageIO.read(chart.png().get().toFile());
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
        } catch (IOException | javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new AssertionError(chart.stem() + ": " + e.getMessage(), e);
        }
    }
}
