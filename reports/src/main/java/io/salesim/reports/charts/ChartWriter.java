package io.salesim.reports.charts;

import io.salesim.reports.tables.ResultFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/** Saves a chart as PNG and SVG, each written to a temporary name first and then moved into place. */
final class ChartWriter {
    private ChartWriter() {
    }

    static ChartFile save(Chart<?, ?> chart, Path dir, String stem, String caption) {
        try {
            Files.createDirectories(dir);
            Path png = dir.resolve(stem + ".png");
            Path svg = dir.resolve(stem + ".svg");
            // The encoders append the extension themselves, so the temporary stem carries none.
            Path tmpPng = dir.resolve("." + stem + ".tmp-png");
            Path tmpSvg = dir.resolve("." + stem + ".tmp-svg");
            BitmapEncoder.saveBitmap(chart, tmpPng.toString(), BitmapEncoder.BitmapFormat.PNG);
            VectorGraphicsEncoder.saveVectorGraphic(chart, tmpSvg.toString(), VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
            Files.move(withExtension(tmpPng, "png"), png, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.move(withExtension(tmpSvg, "svg"), svg, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new ChartFile(stem, chart.getTitle(), caption, png, svg);
        } catch (IOException e) {
            throw new UncheckedIOException(ResultFiles.cannotWrite(dir.resolve(stem + ".png"), e));
        }
    }

    private static Path withExtension(Path stem, String extension) {
        return stem.resolveSibling(stem.getFileName() + "." + extension);
    }
}
