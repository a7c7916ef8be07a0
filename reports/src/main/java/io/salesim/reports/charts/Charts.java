package io.salesim.reports.charts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes every chart whose data the folder holds into {@code <folder>/charts/}, PNG and SVG. */
public final class Charts {
    private Charts() {
    }

    /** @return the charts written, in report order (empty when the folder has no chartable data) */
    public static List<ChartFile> writeAll(RunData data) {
        Path dir = data.folder().resolve("charts");
        List<ChartFile> out = new ArrayList<>();
        out.addAll(new SalesCharts(data, dir).write());
        out.addAll(new FlowLineCharts(data, dir).write());
        out.addAll(new DecisionCharts(data, dir).write());
        return out;
    }
}
