package io.salesim.reports.charts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import tech.tablesaw.api.Table;

/** Rows of comparison.csv and sweep.csv, and the headline metrics shown first everywhere. */
public final class Decisions {
    /** Metrics an executive asks about first, in the order they are shown. */
    public static final List<String> HEADLINE = List.of("sales.bd_meetings_per_week", "sales.bd_meetings_per_salesperson_week",
            "sales.win_rate", "sales.open_opportunities_per_salesperson", "cs.on_time_pct", "production.lead_time_weeks",
            "production.backlog_hours", "finance.revenue_per_week", "finance.net_per_week", "finance.payroll_per_year",
            "system.throughput_per_week", "system.time_in_system_hours", "system.wip");

    private Decisions() {
    }

    /**
     * One paired comparison. {@code baseline}/{@code alternative} are plan names or, when the
     * file holds numbers there, the plans' means ({@link #baselineMean()} is then finite).
     */
    public record Comparison(String metric, String baseline, String alternative, double meanDiff, double ciLow,
                             double ciHigh, double probBetter) {
        public double baselineMean() {
            try {
                return Double.parseDouble(baseline);
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }

        /** The interval excludes zero and most replications favour one side. */
        public Verdict verdict() {
            boolean clear = ciLow > 0 || ciHigh < 0;
            if (!clear || Double.isNaN(probBetter) || probBetter == 0.5) {
                return Verdict.UNCLEAR;
            }
            return probBetter > 0.5 ? Verdict.BETTER : Verdict.WORSE;
        }
    }

    public enum Verdict { BETTER, WORSE, UNCLEAR }

    /** One point of a sweep for one metric: the parameter values as written, and the mean with its CI. */
    public record SweepPoint(String point, List<String> parameters, List<String> values, String metric, double mean,
                             double ciLow, double ciHigh) {
    }

    /**
     * The baseline plan's mean of the compared metric: from the baseline column when it holds a
     * number, else from summary.csv rows of the baseline scenario in the folder or in a
     * sub-folder named after it; NaN when none is there.
     */
    public static double baselineMean(RunData data, Comparison c) {
        if (Double.isFinite(c.baselineMean())) {
            return c.baselineMean();
        }
        double inFolder = data.summary(c.baseline(), c.metric()).map(RunData.MetricSummary::mean).orElse(Double.NaN);
        if (Double.isFinite(inFolder)) {
            return inFolder;
        }
        Path sub = data.folder().resolve(c.baseline());
        if (c.baseline().matches("[A-Za-z0-9_.-]+") && Files.isDirectory(sub)) {
            return RunData.read(sub).summary(c.metric()).map(RunData.MetricSummary::mean).orElse(Double.NaN);
        }
        return Double.NaN;
    }

    public static List<Comparison> comparisons(RunData data) {
        List<Comparison> out = new ArrayList<>();
        data.table("comparison").ifPresent(t -> {
            for (int row = 0; row < t.rowCount(); row++) {
                out.add(new Comparison(t.getString(row, "metric"), t.getString(row, "baseline"), t.getString(row, "alternative"),
                        RunData.number(t, row, "mean_diff"), RunData.number(t, row, "ci95_low"),
                        RunData.number(t, row, "ci95_high"), RunData.number(t, row, "prob_better")));
            }
        });
        out.sort(Comparator.comparingInt(c -> headlineRank(c.metric())));
        return out;
    }

    public static List<SweepPoint> sweep(RunData data) {
        List<SweepPoint> out = new ArrayList<>();
        data.table("sweep").ifPresent(t -> {
            List<String> parameters = parameterColumns(t);
            for (int row = 0; row < t.rowCount(); row++) {
                List<String> values = new ArrayList<>();
                for (String p : parameters) {
                    values.add(t.getString(row, p));
                }
                out.add(new SweepPoint(t.getString(row, "point"), parameters, values, t.getString(row, "metric"),
                        RunData.number(t, row, "mean"), RunData.number(t, row, "ci95_low"), RunData.number(t, row, "ci95_high")));
            }
        });
        return out;
    }

    /** The columns between {@code point} and {@code metric}. */
    public static List<String> parameterColumns(Table sweep) {
        List<String> names = sweep.columnNames();
        return List.copyOf(names.subList(names.indexOf("point") + 1, names.indexOf("metric")));
    }

    /** Position in the headline list; other metrics after, in their own order. */
    public static int headlineRank(String metric) {
        int rank = HEADLINE.indexOf(metric);
        return rank >= 0 ? rank : HEADLINE.size();
    }

    /** A unit guessed from a metric's name, for files (sweep.csv) that carry none. */
    public static String unitFromName(String metric) {
        if (metric.endsWith("_pct")) {
            return "%";
        }
        for (String suffix : List.of("hours", "weeks", "per_week", "per_year", "fraction", "utilization", "rate")) {
            if (metric.endsWith(suffix)) {
                return switch (suffix) {
                    case "per_week", "per_year" -> ""; // the metric's name already says it
                    case "utilization", "rate", "fraction" -> "fraction";
                    default -> suffix;
                };
            }
        }
        return "";
    }
}
