package io.salesim.reports.html;

import io.salesim.core.analysis.Verdict;
import io.salesim.reports.charts.Decisions;
import io.salesim.reports.charts.MetricNames;
import io.salesim.reports.charts.RunData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tech.tablesaw.api.Table;

/** What robustness.csv says of each headline verdict: it holds across the varied values, or where it flips. */
final class Robustness {
    private static final String SEP = "\u0000";

    private Robustness() {
    }

    /** One headline verdict (a metric, an alternative) and what became of it at each varied value. */
    private record Verdicts(String metric, String baseline, String alternative, Verdict asFiled, List<String> holds,
                            List<String> flips) {
        String sentence() {
            String held = holds.isEmpty() ? "" : "holds across " + String.join("; ", holds);
            String flipped = flips.isEmpty() ? "" : "flips to " + String.join(", to ", flips);
            return MetricNames.label(metric) + ", " + alternative + " against " + baseline + ": " + asFiled.id() + " as filed; "
                    + flipped + (flipped.isEmpty() || held.isEmpty() ? "" : "; ") + held + ".";
        }
    }

    /** One sentence per headline metric and alternative, in the comparison's order. */
    static List<String> sentences(RunData data) {
        return verdicts(data).stream().map(Verdicts::sentence).toList();
    }

    /**
     * For the executive summary: how many headline verdicts hold at every varied value, then the
     * first {@code limit} that flip, in the comparison's order (money first).
     */
    static List<String> summary(RunData data, int limit) {
        List<Verdicts> all = verdicts(data);
        if (all.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        long held = all.stream().filter(v -> v.flips().isEmpty()).count();
        out.add(held + " of " + all.size() + " headline verdicts hold at every value of the assumptions varied "
                + "(\"Does the verdict hold?\" below).");
        all.stream().filter(v -> !v.flips().isEmpty()).limit(limit).forEach(v -> out.add("The verdict rests on an assumption: "
                + MetricNames.label(v.metric()) + ", " + v.alternative() + " is " + v.asFiled().id() + " as filed but "
                + String.join(" and ", v.flips()) + "."));
        return out;
    }

    private static List<Verdicts> verdicts(RunData data) {
        Optional<Table> table = data.table("robustness");
        if (table.isEmpty()) {
            return List.of();
        }
        Table t = table.get();
        Map<String, Verdict> filed = new LinkedHashMap<>();
        for (Decisions.Comparison c : Decisions.comparisons(data)) {
            filed.put(c.metric() + SEP + c.alternative(), c.verdict());
        }
        // rows come metric by metric, alternative by alternative, within each varied key and value
        Map<String, Map<String, List<Integer>>> byVerdict = new LinkedHashMap<>();
        for (int row = 0; row < t.rowCount(); row++) {
            byVerdict.computeIfAbsent(t.getString(row, "metric") + SEP + t.getString(row, "alternative"), k -> new LinkedHashMap<>())
                    .computeIfAbsent(t.getString(row, "key"), k -> new ArrayList<>()).add(row);
        }
        List<Verdicts> out = new ArrayList<>();
        byVerdict.forEach((verdict, byKey) -> {
            int first = byKey.values().iterator().next().get(0);
            Verdict asFiled = filed.getOrDefault(verdict, Verdict.NONE);
            List<String> holds = new ArrayList<>();
            List<String> flips = new ArrayList<>();
            byKey.forEach((key, rows) -> {
                List<String> differ = rows.stream().filter(r -> Verdict.fromId(t.getString(r, "verdict")) != asFiled)
                        .map(r -> t.getString(r, "verdict") + " at " + key + " = " + t.getString(r, "value")).toList();
                if (differ.isEmpty()) {
                    holds.add(key + " = " + String.join(", ", rows.stream().map(r -> t.getString(r, "value")).toList()));
                } else {
                    flips.addAll(differ);
                }
            });
            out.add(new Verdicts(t.getString(first, "metric"), t.getString(first, "baseline"), t.getString(first, "alternative"),
                    asFiled, holds, flips));
        });
        return out;
    }
}
