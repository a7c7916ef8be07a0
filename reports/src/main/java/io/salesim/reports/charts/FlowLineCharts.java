package io.salesim.reports.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.XYChart;

/** Charts of a flow line: work waiting in front of each station, and what leaves the line. */
final class FlowLineCharts {
    private final RunData data;
    private final ChartWriter writer;

    FlowLineCharts(RunData data, ChartWriter writer) {
        this.data = data;
        this.writer = writer;
    }

    List<ChartFile> write() {
        List<ChartFile> out = new ArrayList<>();
        wip().ifPresent(out::add);
        throughput().ifPresent(out::add);
        return out;
    }

    private Optional<ChartFile> wip() {
        RoleTable roles = RoleTable.of(data);
        List<String> stations = roles.isEmpty() ? data.resourcesWith("queue_length") : List.of();
        if (stations.isEmpty()) {
            return Optional.empty();
        }
        XYChart chart = ChartStyle.xyChart("Work waiting in front of each station", "Week", "Items waiting (weekly mean)");
        double maxWeek = 1;
        int position = 0;
        for (String station : stations) {
            WeeklySeries s = data.weekly(station, "queue_length").orElseThrow().floored(0);
            Plots.lineWithBand(chart, ChartStyle.label(station), s, ChartStyle.seriesColour(position++));
            maxWeek = Math.max(maxWeek, Plots.maxWeek(s));
        }
        chart.getStyler().setXAxisMin(1.0).setXAxisMax(maxWeek).setYAxisMin(0.0);
        chart.getStyler().setXAxisDecimalPattern("0");
        // a queue that is nearly always empty (a closed line at its critical WIP) would otherwise be ticked ".07142857143"
        chart.getStyler().setYAxisDecimalPattern("#,##0.###");
        return Optional.of(writer.save(chart, "flow-wip",
                "Time-average number of items queued before each station per week, with 95% bands; the queue that grows sits in front of the constraint."));
    }

    private Optional<ChartFile> throughput() {
        Optional<WeeklySeries> throughput = data.weekly("system", "throughput_per_week");
        if (throughput.isEmpty()) {
            return Optional.empty();
        }
        XYChart chart = ChartStyle.xyChart("Throughput of the line", "Week", "Items finished per week");
        WeeklySeries s = throughput.get().floored(0);
        Plots.lineWithBand(chart, "Throughput", s, ChartStyle.seriesColour(0));
        chart.getStyler().setXAxisMin(1.0).setXAxisMax(Plots.maxWeek(s)).setYAxisMin(0.0);
        chart.getStyler().setXAxisDecimalPattern("0");
        return Optional.of(writer.save(chart, "flow-throughput",
                "Mean items leaving the last station each week, with its 95% band."));
    }
}
