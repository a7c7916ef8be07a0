package io.salesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salesim.scenarios.BundledScenario;
import io.salesim.scenarios.BundledScenarios;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bundled scenario goes end to end through 'salesim run': exit 0, the CSV files, charts and report.html. */
class BundledRunsTest extends InProcessCommands {

    static Stream<String> bundled() {
        return BundledScenarios.list().stream().map(BundledScenario::name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundled")
    void runsAndWritesItsReport(String name, @TempDir Path dir) throws Exception {
        Path run = dir.resolve(name);
        assertEquals(0, salesim("run", name, "--replications", "2", "--out", run.toString()), err.toString());
        for (String file : new String[] {"summary.csv", "replications.csv", "weekly.csv", "run.json", "scenario.yaml",
                "scenario.resolved.yaml", "report.html"}) {
            assertTrue(Files.isRegularFile(run.resolve(file)), name + ": " + file);
        }
        try (Stream<Path> charts = Files.list(run.resolve("charts"))) {
            List<String> files = charts.map(p -> p.getFileName().toString()).toList();
            assertTrue(files.stream().anyMatch(f -> f.endsWith(".svg")), name + ": charts");
            assertTrue(files.stream().noneMatch(f -> f.endsWith(".png")), name + ": PNGs only with --png");
        }
    }
}
