package io.salesim.reports.html;

import io.salesim.core.analysis.Verdict;
import io.salesim.reports.charts.Decisions;
import io.salesim.reports.charts.MetricNames;
import io.salesim.reports.charts.RunData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What robustness.csv says of each headline verdict: it holds across the varied values, or where it flips. */
final class Robustness {
    private Robustness() {
    }

    /** One sentence per headline metric, alternative and varied key, in the comparison's order. */
    static List<String> sentences(RunData data) {
        List<String> out = new ArrayList<>();
        data.table("robustness").ifPresent(t -> {
            Map<String, Verdict> filed = new LinkedHashMap<>();
            for (Decisions.Comparison c : Decisions.comparisons(data)) {
                filed.put(c.metric() + "\u0000" + c.alternative(), c.verdict());
            }
            Map<String, List<Integer>> groups = new LinkedHashMap<>();
            for (int row = 0; row < t.rowCount(); row++) {
                groups.computeIfAbsent(t.getString(row, "metric") + "\u0000" + t.getString(row, "alternative") + "\u0000"
                        + t.getString(row, "key"), k -> new ArrayList<>()).add(row);
            }
            groups.forEach((group, rows) -> {
                int first = rows.get(0);
                String metric = t.getString(first, "metric");
                String alternative = t.getString(first, "alternative");
                String key = t.getString(first, "key");
                Verdict asFiled = filed.getOrDefault(metric + "\u0000" + alternative, Verdict.NONE);
                List<String> values = rows.stream().map(r -> t.getString(r, "value")).toList();
                String flip = rows.stream().filter(r -> Verdict.fromId(t.getString(r, "verdict")) != asFiled)
                        .map(r -> t.getString(r, "value") + " (" + t.getString(r, "verdict") + ")").findFirst().orElse(null);
                out.add(MetricNames.label(metric) + ", " + alternative + " against " + t.getString(first, "baseline") + ": "
                        + asFiled.id() + " as filed; " + (flip == null
                        ? "holds for " + key + " = " + String.join(", ", values) + "."
                        : "flips at " + key + " = " + flip + " (varied over " + String.join(", ", values) + ")."));
            });
        });
        return out;
    }
}
