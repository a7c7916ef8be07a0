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

/** Writes every chart whose data the folder holds into {@code <folder>/charts/}, PNG and SVG. */
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
        return writeAll(data, data.folder().resolve("charts"));
    }

    /** {@link #writeAll(RunData)} into another folder (a folder being built). */
    public static List<ChartFile> writeAll(RunData data, Path dir) {
        List<ChartFile> out = new ArrayList<>();
        out.addAll(new SalesCharts(data, dir).write());
        out.addAll(new FlowLineCharts(data, dir).write());
        out.addAll(new DiceGameCharts(data, dir).write());
        out.addAll(new DecisionCharts(data, dir).write());
        MarginalView.chart(data, dir).ifPresent(out::add);
        removeStale(dir, out);
        return out;
    }

    private static void removeStale(Path dir, List<ChartFile> written) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        Set<Path> keep = written.stream().flatMap(c -> Stream.of(c.png(), c.svg())).collect(Collectors.toSet());
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
