package io.salesim.reports.charts;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A chart written to disk: its file stem under {@code charts/}, title, one-line reading guide,
 * its SVG file, and its PNG file when PNGs were asked for ({@link ChartOptions#png()}).
 */
public record ChartFile(String stem, String title, String caption, Path svg, Optional<Path> png) {
}
