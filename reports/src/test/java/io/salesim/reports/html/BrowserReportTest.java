package io.salesim.reports.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.salesim.reports.fixtures.RunFolders;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Renders report.html in headless Chromium (Debian package {@code chromium}); skipped where it is not installed. */
class BrowserReportTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path tmp;

    @Test
    void chromiumRendersEveryChartWithoutErrors() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "headless browser test skipped: /usr/bin/chromium is not installed (apt-get install -y chromium)");
        Path folder = RunFolders.salesOrganisation(tmp.resolve("sales"));
        Path report = ReportBuilder.build(folder);
        long charts;
        try (var files = Files.list(folder.resolve("charts"))) {
            charts = files.filter(p -> p.toString().endsWith(".svg")).count();
        }

        Path screenshot = tmp.resolve("report.png");
        Result shot = chromium(tmp, "--screenshot=" + screenshot, "--window-size=1400,3000", report.toUri().toString());
        BufferedImage image = ImageIO.read(screenshot.toFile());
        assertNotNull(image, "no screenshot: " + shot.stderr);
        assertEquals(1400, image.getWidth());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 5) {
            for (int x = 0; x < image.getWidth(); x += 5) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 50, "screenshot looks blank: " + colours.size() + " colours");

        // The DOM after rendering: every chart is there, and its SVG has a laid-out size (width from the viewBox).
        Result dom = chromium(tmp, "--dump-dom", report.toUri().toString());
        Matcher svgs = Pattern.compile("<svg class=\"chart\"").matcher(dom.stdout);
        int rendered = 0;
        while (svgs.find()) {
            rendered++;
        }
        assertEquals(charts, rendered, "charts in the rendered page");
        assertFalse(dom.stderr.contains("CONSOLE"), "the page logged to the console: " + dom.stderr);
        assertFalse(dom.stderr.contains("net::ERR"), "the page tried to load something: " + dom.stderr);
    }

    private record Result(String stdout, String stderr) {
    }

    private static Result chromium(Path tmp, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--enable-logging=stderr", "--v=0", "--user-data-dir=" + tmp.resolve("chromium-profile")));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(tmp, "chromium", ".out");
        Path err = Files.createTempFile(tmp, "chromium", ".err");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("chromium did not finish within 90 s");
        }
        return new Result(Files.readString(out), Files.readString(err));
    }
}
