package io.salesim.reports.charts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A chart written to disk: its file stem under {@code charts/}, title, one-line reading guide,
 * its SVG file, and its PNG file when PNGs were asked for ({@link ChartOptions#png()}). Once
 * written, it also holds the SVG text it wrote ({@link #svgText()}), so the report inlines
 * the chart without reading the file back.
 */
public final class ChartFile {
    private final String stem;
    private final String title;
    private final String caption;
    private final Path svg;
    private final Optional<Path> png;
    // set once, by the thread that painted it, before ChartWriter.finish returns
    private volatile String svgText;

    public ChartFile(String stem, String title, String caption, Path svg, Optional<Path> png) {
        this.stem = stem;
        this.title = title;
        this.caption = caption;
        this.svg = svg;
        this.png = png;
    }

    public String stem() {
        return stem;
    }

    public String title() {
        return title;
    }

    public String caption() {
        return caption;
    }

    public Path svg() {
        return svg;
    }

    public Optional<Path> png() {
        return png;
    }

    /** The text of the SVG file: as painted when this chart was written here, else read from the file. */
    public String svgText() {
        String text = svgText;
        if (text != null) {
            return text;
        }
        try {
            return Files.readString(svg);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + svg, e);
        }
    }

    void painted(String text) {
        svgText = text;
    }

    @Override
    public String toString() {
        return "ChartFile[" + stem + ", " + svg + "]";
    }
}
