package io.salesim.reports.charts;

import io.salesim.reports.tables.ResultFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Collects the charts of a folder as they are built ({@link #save}), then writes them all at
 * once ({@link #finish}), several at a time: each chart is painted and encoded on its own, into
 * SVG (decimals cut to one place: a tenth of a pixel, a third of the size) and, when asked, PNG;
 * each file is written to a temporary name first and then moved into place.
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
        pending.add(new Pending(chart, file));
        return file;
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
            ByteArrayOutputStream encoded = new ByteArrayOutputStream(1 << 19);
            VectorGraphicsEncoder.saveVectorGraphic(p.chart(), encoded, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
            moveIntoPlace(svg, compact(encoded.toString(StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
            if (file.png().isPresent()) {
                moveIntoPlace(file.png().get(), BitmapEncoder.getBitmapBytes(p.chart(), BitmapEncoder.BitmapFormat.PNG));
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(ResultFiles.cannotWrite(svg, e));
        }
    }

    private static void moveIntoPlace(Path target, byte[] bytes) throws IOException {
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
        Files.write(tmp, bytes);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Every decimal number cut to one decimal place ("12.640625" → "12.6"), in one pass. */
    static String compact(String svg) {
        StringBuilder out = new StringBuilder(svg.length() / 2);
        int n = svg.length();
        int i = 0;
        while (i < n) {
            char c = svg.charAt(i);
            out.append(c);
            i++;
            if (c == '.' && i < n && isDigit(svg.charAt(i)) && i >= 2 && isDigit(svg.charAt(i - 2))) {
                out.append(svg.charAt(i));
                i++;
                while (i < n && isDigit(svg.charAt(i))) {
                    i++;
                }
            }
        }
        return out.toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
