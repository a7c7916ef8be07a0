package io.salesim.reports.tables;

import io.salesim.scenarios.Version;
import io.salesim.scenarios.experiments.Selection;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code selection.json} of {@code compare --select}: the metric, the procedure's settings, each
 * plan's replications, mean and elimination, the plan selected and the guarantee in words. It
 * holds nothing that depends on threads or time, so the same seed gives the same bytes.
 */
public final class SelectionFile {
    public static final String SELECTION_JSON = "selection.json";
    public static final String PROCEDURE = "KN (Kim and Nelson 2001): fully sequential indifference-zone selection "
            + "on common random numbers";

    private SelectionFile() {
    }

    /** selection.json, into a folder being built beside the comparison's files. */
    public static void writeInto(Path temp, Selection.Result selection, RunInfo info) throws IOException {
        ResultFiles.writeJson(temp.resolve(SELECTION_JSON), json(selection, info.seed()));
    }

    static Map<String, Object> json(Selection.Result selection, long seed) {
        Selection.Settings settings = selection.settings();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("version", Version.current());
        json.put("procedure", PROCEDURE);
        json.put("metric", settings.metric());
        json.put("unit", selection.unit());
        json.put("direction", selection.higherIsBetter() ? "higher" : "lower");
        json.put("indifference", number(settings.indifference()));
        json.put("pcs", number(settings.pcs()));
        json.put("seed", seed);
        json.put("first_stage", selection.firstStage());
        json.put("max_replications", settings.maxReplications());
        json.put("complete", selection.complete());
        json.put("limit_reached", selection.limitReached());
        json.put("selected", selection.selected());
        json.put("in_contention", selection.inContention());
        List<Map<String, Object>> plans = new ArrayList<>();
        for (Selection.Plan plan : selection.plans()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", plan.name());
            entry.put("replications", plan.replications());
            entry.put("mean", number(plan.mean()));
            entry.put("eliminated", plan.eliminated());
            entry.put("eliminated_at", plan.eliminated() ? plan.eliminatedAt() : null);
            plans.add(entry);
        }
        json.put("plans", plans);
        json.put("guarantee", selection.guarantee());
        return json;
    }

    /** A number as the CSV files print it (10 significant digits, no exponent); null when missing. */
    private static BigDecimal number(double value) {
        return Double.isFinite(value) ? new BigDecimal(PlainNumbers.plain(value)) : null;
    }
}
