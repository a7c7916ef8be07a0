package io.salesim.reports.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.knowm.xchart.XYChart;

/**
 * Charts of a dice game, whose weekly series are per round (round r is week r): what the
 * line ships each round against its capacity on paper, and the items piling up in the buffers.
 */
final class DiceGameCharts {
    private final RunData data;
    private final ChartWriter writer;

    DiceGameCharts(RunData data, ChartWriter writer) {
        this.data = data;
        this.writer = writer;
    }

    List<ChartFile> write() {
        List<ChartFile> out = new ArrayList<>();
        Optional<WeeklySeries> shipped = data.weekly("system", "throughput_per_round");
        if (shipped.isEmpty()) {
            return out;
        }
        out.add(throughput(shipped.get()));
        data.weekly("system", "wip").ifPresent(wip -> out.add(wip(wip)));
        return out;
    }

    private ChartFile throughput(WeeklySeries shipped) {
        XYChart chart = ChartStyle.xyChart("Items shipped each round", "Round", "Items shipped by the last station");
        WeeklySeries s = shipped.floored(0);
        Plots.lineWithBand(chart, "Shipped (mean over replications)", s, ChartStyle.seriesColour(0));
        double rounds = Plots.maxWeek(s);
        Optional<RunData.MetricSummary> capacity = data.summary("system.capacity_per_round");
        capacity.ifPresent(c -> Plots.target(chart, String.format(Locale.ROOT, "Capacity on paper (%.3g a round)", c.mean()),
                1, rounds, c.mean()));
        chart.getStyler().setXAxisMin(1.0).setXAxisMax(Math.max(2, rounds)).setYAxisMin(0.0);
        chart.getStyler().setXAxisDecimalPattern("0");
        return writer.save(chart, "dice-throughput",
                "Mean items the last station moved out in each round, with its 95% band, against the slowest die's mean roll: "
                        + "the gap is capacity lost to fluctuations and dependent events.");
    }

    private ChartFile wip(WeeklySeries wip) {
        XYChart chart = ChartStyle.xyChart("Items waiting in the buffers after each round", "Round", "Items waiting (end of round)");
        WeeklySeries total = wip.floored(0);
        Plots.lineWithBand(chart, "All buffers", total, ChartStyle.seriesColour(0));
        int position = 1;
        for (String station : data.resourcesWith("buffer")) {
            Plots.lineWithBand(chart, "In front of " + station, data.weekly(station, "buffer").orElseThrow().floored(0),
                    ChartStyle.seriesColour(position++));
        }
        chart.getStyler().setXAxisMin(1.0).setXAxisMax(Math.max(2, Plots.maxWeek(total))).setYAxisMin(0.0);
        chart.getStyler().setXAxisDecimalPattern("0");
        return writer.save(chart, "dice-wip",
                "Mean items waiting at the end of each round (the first station's unlimited supply not counted), with 95% bands: "
                        + "a balanced line has no steady state, so the total keeps growing.");
    }
}
