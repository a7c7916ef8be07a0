package io.salesim.reports.charts;

import io.salesim.reports.tables.ResultFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Collects the charts of a folder as they are built ({@link #save}), then writes them all at
 * once ({@link #finish}), several at a time: each chart is painted on its own into SVG and, when
 * asked, PNG; each file is written to a temporary name first and then moved into place.
 * The SVG is painted onto JFreeSVG's Graphics2D, which appends each shape to the text as it is
 * drawn (no DOM, no serializer), with coordinates rounded to a tenth of a pixel (transforms to
 * four decimals).
 */
final class ChartWriter {
    private final Path dir;
    private final ChartOptions options;
    private final List<Pending> pending = new ArrayList<>();

    ChartWriter(Path dir, ChartOptions options) {
        this.dir = dir;
        this.options = options;
    }

    private record Pending(Chart<?, ?> chart, ChartFile file) {
    }

    /** Plans a chart; its files exist once {@link #finish} has returned. The chart must not change after this. */
    ChartFile save(Chart<?, ?> chart, String stem, String caption) {
        ChartFile file = new ChartFile(stem, chart.getTitle(), caption, dir.resolve(stem + ".svg"),
                options.png() ? Optional.of(dir.resolve(stem + ".png")) : Optional.empty());
        synchronized (pending) {
            pending.add(new Pending(chart, file));
        }
        return file;
    }

    /**
     * Runs independent chart builders on the options' threads, each saving its charts here; their
     * charts in the builders' order (the order they are painted in does not change a byte).
     */
    List<ChartFile> build(List<Supplier<List<ChartFile>>> builders) {
        return options.inOrder(builders, Supplier::get).stream().flatMap(List::stream).toList();
    }

    /** Writes every chart planned, in parallel; the bytes of each file depend on its chart alone. */
    void finish() {
        if (pending.isEmpty()) {
            return;
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(ResultFiles.cannotWrite(dir, e));
        }
        options.inOrder(List.copyOf(pending), ChartWriter::write);
        pending.clear();
    }

    private static Void write(Pending p) {
        ChartFile file = p.file();
        Path svg = file.svg();
        try {
            String text = svg(p.chart(), file.stem());
            moveIntoPlace(svg, text.getBytes(StandardCharsets.UTF_8));
            file.painted(text);
            if (file.png().isPresent()) {
                moveIntoPlace(file.png().get(), BitmapEncoder.getBitmapBytes(p.chart(), BitmapEncoder.BitmapFormat.PNG));
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(ResultFiles.cannotWrite(svg, e));
        }
    }

    /**
     * The chart as an SVG document, with a viewBox so that the page can scale it. Its ids (clip paths)
     * are the chart's name and a counter: "cs-on-time-clip-0", so charts inlined in one page never clash.
     */
    static String svg(Chart<?, ?> chart, String stem) {
        int width = chart.getWidth();
        int height = chart.getHeight();
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        // instead of the default prefix, the clock's nanoseconds
        g.setDefsKeyPrefix(stem + "-");
        g.setGeomDoubleConverter(ChartWriter::tenths);
        g.setTransformDoubleConverter(ChartWriter::transformEntry);
        chart.paint(g, width, height);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + g.getSVGElement(null, true, new ViewBox(0, 0, width, height), null, null) + "\n";
    }

    /** A coordinate to a tenth of a pixel, without trailing zeros: 12.64 → "12.6", 3.0 → "3", −0.04 → "0". */
    static String tenths(double value) {
        return rounded(value, 1, 10);
    }

    /** A transform's entry to four decimals (enough for a rotation's sines), without trailing zeros. */
    static String transformEntry(double value) {
        return rounded(value, 4, 10_000);
    }

    /**
     * {@code value} rounded (halves toward +∞, as Math.round) to {@code places} decimals, {@code scale} = 10^places, in plain
     * notation without trailing zeros or a minus sign on zero. Every coordinate of every chart passes
     * here, so the digits go straight into a small array (no StringBuilder, no Long.toString).
     */
    private static String rounded(double value, int places, long scale) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        long units = Math.round(value * scale);
        boolean negative = units < 0;
        // negated after the division, so that even Long.MIN_VALUE's parts fit
        long whole = negative ? -(units / scale) : units / scale;
        long fraction = negative ? -(units % scale) : units % scale;
        char[] digits = new char[22 + places];
        int at = digits.length;
        if (fraction != 0) {
            int shown = places;
            while (fraction % 10 == 0) {
                fraction /= 10;
                shown--;
            }
            for (int i = 0; i < shown; i++) {
                digits[--at] = (char) ('0' + fraction % 10);
                fraction /= 10;
            }
            digits[--at] = '.';
        }
        do {
            digits[--at] = (char) ('0' + whole % 10);
            whole /= 10;
        } while (whole != 0);
        if (negative) {
            digits[--at] = '-';
        }
        return new String(digits, at, digits.length - at);
    }

    private static void moveIntoPlace(Path target, byte[] bytes) throws IOException {
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
        Files.write(tmp, bytes);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
