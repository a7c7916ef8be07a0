package io.salesim.cli;

import io.salesim.core.diagnostics.Diagnostic;
import io.salesim.scenarios.schema.Printable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The run's warnings as the terminal shows them: grouped by kind, a few of each, wrapped to the screen. */
final class WarningLines {
    /** Warnings of one kind shown before the rest are counted (run.json has them all). */
    static final int SHOWN_PER_KIND = 4;

    private WarningLines() {
    }

    /**
     * The warnings of several runs (plans, sweep points), each line led by the run's name; the
     * kinds are grouped across runs, a few of each shown.
     */
    static String render(List<String> runs, List<List<Diagnostic>> warnings, String where) {
        List<Diagnostic> all = new ArrayList<>();
        for (int i = 0; i < runs.size() && i < warnings.size(); i++) {
            for (Diagnostic warning : warnings.get(i)) {
                all.add(new Diagnostic(warning.code(), runs.get(i) + ": " + warning.subject(), warning.message(), warning.evidence()));
            }
        }
        return render(all, where);
    }

    static String render(List<Diagnostic> warnings) {
        return render(warnings, "run.json");
    }

    private static String render(List<Diagnostic> warnings, String where) {
        if (warnings.isEmpty()) {
            return "";
        }
        Map<Diagnostic.Code, List<Diagnostic>> byCode = new LinkedHashMap<>();
        for (Diagnostic warning : warnings) {
            byCode.computeIfAbsent(warning.code(), k -> new ArrayList<>()).add(warning);
        }
        StringBuilder out = new StringBuilder("Warnings (" + warnings.size() + "; all in " + where + "):\n");
        for (Map.Entry<Diagnostic.Code, List<Diagnostic>> group : byCode.entrySet()) {
            List<Diagnostic> list = group.getValue();
            for (Diagnostic warning : list.subList(0, Math.min(SHOWN_PER_KIND, list.size()))) {
                String line = "! " + warning.code().id() + " " + Printable.escape(warning.subject()) + ": "
                        + Printable.escape(warning.message());
                out.append(Screen.fit(line)).append('\n');
            }
            if (list.size() > SHOWN_PER_KIND) {
                out.append("! ... and ").append(list.size() - SHOWN_PER_KIND).append(" more ").append(group.getKey().id())
                        .append('\n');
            }
        }
        return out.toString();
    }
}
