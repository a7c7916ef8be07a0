package io.salesim.reports.charts;

import java.nio.file.Path;

/** A chart written to disk: its file stem under {@code charts/}, title, one-line reading guide, and both files. */
public record ChartFile(String stem, String title, String caption, Path png, Path svg) {
}
