package io.salesim.reports.charts;

import io.salesim.core.analysis.Verdict;
import io.salesim.core.engine.MetricDirection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import tech.tablesaw.api.Table;

/** Rows of comparison.csv and sweep.csv, and the headline metrics shown first everywhere. */
public final class Decisions {
    private Decisions() {
    }

    /**
     * One paired comparison, as comparison.csv holds it: the metric's declared direction, the
     * difference (alternative − baseline) with its interval, the share of replications the
     * alternative did better in (NaN for a neutral metric), the verdict the interval supports,
     * and — for money metrics when a margin was asked — the margin and the share of replications
     * the alternative did better by at least it. {@code baseline}/{@code alternative} are plan names or, when the file holds
     * numbers there, the plans' means ({@link #baselineMean()} is then finite).
     */
    public record Comparison(String metric, MetricDirection direction, String baseline, String alternative, double meanDiff,
                             double ciLow, double ciHigh, double probBetter, Verdict verdict, double margin,
                             double probBetterByMargin) {
        public double baselineMean() {
            try {
                return Double.parseDouble(baseline);
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
    }

    /**
     * One point of a sweep for one metric: the parameter values as written, the mean with its CI,
     * and the paired difference against the first point with the verdict it supports.
     */
    public record SweepPoint(String point, List<String> parameters, List<String> values, String metric, String unit,
                             MetricDirection direction, double mean, double ciLow, double ciHigh, double diffVsFirst,
                             double diffCiLow, double diffCiHigh, Verdict verdict) {
    }

    /**
     * The metrics a folder leads with, in order: the comparison's or the sweep's own list when
     * it recorded one, else the rows of summary.csv declared board or headline, in file order.
     */
    public static List<String> headline(RunData data) {
        List<String> out = new ArrayList<>();
        data.experimentInfo().path("headline_metrics").forEach(m -> out.add(m.asText()));
        if (!out.isEmpty()) {
            return out;
        }
        data.table("summary").ifPresent(t -> {
            for (int row = 0; row < t.rowCount(); row++) {
                String metric = t.getString(row, "metric");
                if (!"detail".equals(t.getString(row, "importance")) && !out.contains(metric)) {
                    out.add(metric);
                }
            }
        });
        return out;
    }

    /** Position in the folder's headline; other metrics after, in their own order. */
    public static int headlineRank(List<String> headline, String metric) {
        int rank = headline.indexOf(metric);
        return rank >= 0 ? rank : headline.size();
    }

    /**
     * The baseline plan's mean of the compared metric: from the baseline column when it holds a
     * number, else from summary.csv rows of the baseline scenario in the folder, in plans/ or in
     * a sub-folder named after it; NaN when none is there.
     */
    public static double baselineMean(RunData data, Comparison c) {
        if (Double.isFinite(c.baselineMean())) {
            return c.baselineMean();
        }
        return baselineSummary(data, c).map(RunData.MetricSummary::mean).orElse(Double.NaN);
    }

    /** The baseline's summary of the compared metric: in the folder's summary.csv, or its own under plans/. */
    public static Optional<RunData.MetricSummary> baselineSummary(RunData data, Comparison c) {
        Optional<RunData.MetricSummary> inFolder = data.summary(c.baseline(), c.metric());
        if (inFolder.isPresent() || !c.baseline().matches("[A-Za-z0-9_.-]+")) {
            return inFolder;
        }
        // a comparison keeps each plan's own files in plans/<plan>/
        for (Path sub : List.of(Path.of("plans", c.baseline()), Path.of(c.baseline()))) {
            Optional<RunData> plan = data.inside(sub);
            if (plan.isPresent()) {
                return plan.get().summary(c.metric());
            }
        }
        return Optional.empty();
    }

    public static List<Comparison> comparisons(RunData data) {
        List<Comparison> out = new ArrayList<>();
        data.table("comparison").ifPresent(t -> {
            for (int row = 0; row < t.rowCount(); row++) {
                out.add(new Comparison(t.getString(row, "metric"), MetricDirection.fromId(t.getString(row, "direction")),
                        t.getString(row, "baseline"), t.getString(row, "alternative"), RunData.number(t, row, "mean_diff"),
                        RunData.number(t, row, "ci95_low"), RunData.number(t, row, "ci95_high"),
                        RunData.number(t, row, "prob_better"), Verdict.fromId(t.getString(row, "verdict")),
                        t.columnNames().contains("margin") ? RunData.number(t, row, "margin") : Double.NaN,
                        t.columnNames().contains("prob_better_by_margin") ? RunData.number(t, row, "prob_better_by_margin") : Double.NaN));
            }
        });
        List<String> headline = headline(data);
        out.sort(Comparator.comparingInt(c -> headlineRank(headline, c.metric())));
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
                        t.getString(row, "unit"), MetricDirection.fromId(t.getString(row, "direction")),
                        RunData.number(t, row, "mean"), RunData.number(t, row, "ci95_low"), RunData.number(t, row, "ci95_high"),
                        RunData.number(t, row, "diff_vs_first"), RunData.number(t, row, "diff_ci95_low"),
                        RunData.number(t, row, "diff_ci95_high"), Verdict.fromId(t.getString(row, "verdict"))));
            }
        });
        return out;
    }

    /** The columns between {@code point} and {@code metric}. */
    public static List<String> parameterColumns(Table sweep) {
        List<String> names = sweep.columnNames();
        return List.copyOf(names.subList(names.indexOf("point") + 1, names.indexOf("metric")));
    }
}
