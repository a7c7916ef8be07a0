package io.salesim.reports.charts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Writes every chart whose data the folder holds into {@code <folder>/charts/}: SVG, and PNG when asked. */
public final class Charts {
    private Charts() {
    }

    /**
     * Also removes PNG and SVG files left in {@code charts/} by an earlier build that this one
     * did not write, so the folder always matches the report.
     *
     * @return the charts written, in report order (empty when the folder has no chartable data)
     */
    public static List<ChartFile> writeAll(RunData data) {
        return writeAll(data, ChartOptions.svgOnly());
    }

    /** {@link #writeAll(RunData)} with PNGs too when asked, on the threads given. */
    public static List<ChartFile> writeAll(RunData data, ChartOptions options) {
        return writeAll(data, data.folder().resolve("charts"), options);
    }

    /**
     * {@link #writeAll(RunData, ChartOptions)} into another folder (a folder being built). The
     * charts are built in report order, then painted and encoded {@code options.threads()} at a time.
     */
    public static List<ChartFile> writeAll(RunData data, Path dir, ChartOptions options) {
        ChartWriter writer = new ChartWriter(dir, options);
        List<ChartFile> out = new ArrayList<>();
        out.addAll(new SalesCharts(data, writer).write());
        out.addAll(new FlowLineCharts(data, writer).write());
        out.addAll(new DiceGameCharts(data, writer).write());
        out.addAll(new DecisionCharts(data, writer).write());
        MarginalView.chart(data, writer).ifPresent(out::add);
        writer.finish();
        removeStale(dir, out);
        return out;
    }

    private static void removeStale(Path dir, List<ChartFile> written) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        Set<Path> keep = written.stream().flatMap(c -> Stream.concat(Stream.of(c.svg()), c.png().stream())).collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if ((name.endsWith(".png") || name.endsWith(".svg")) && !keep.contains(file)) {
                    Files.delete(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot tidy " + dir, e);
        }
    }
}
