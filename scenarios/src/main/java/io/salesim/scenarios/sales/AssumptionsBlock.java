package io.salesim.scenarios.sales;

import io.salesim.core.sales.SalesOrgSpec;
import io.salesim.scenarios.Assumption;
import io.salesim.scenarios.WrapUpSource;
import io.salesim.scenarios.schema.Key;
import io.salesim.scenarios.schema.KeyPath;
import io.salesim.scenarios.schema.Node;
import io.salesim.scenarios.schema.Problem;
import io.salesim.scenarios.schema.Problems;
import io.salesim.scenarios.schema.Schema;
import io.salesim.scenarios.schema.Types;
import io.salesim.scenarios.schema.ValueType;
import io.salesim.scenarios.schema.Values;
import io.salesim.scenarios.schema.YamlTree;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code assumptions:} — a mapping from the key path of a value (as for {@code --set}) to its
 * {@code unit} and the {@code reason} it is assumed (no source gives it). Mappings merge key by
 * key through {@code extends:}, so a scenario inherits its parent's assumptions and may add its
 * own. Each key path this file writes must name a value of the scenario as resolved; an
 * inherited one that no longer does (the child replaced that part) is dropped. The value listed
 * is the one run.
 */
final class AssumptionsBlock {
    static final Key<String> UNIT = Key.required("unit", Types.text());
    static final Key<String> REASON = Key.required("reason", Types.text());
    /** Other plausible values, for compare --vary-assumptions: the verdicts should hold across them. */
    static final Key<List<Double>> RANGE = Key.optional("range", Types.listOf(Types.real(), 1));
    static final Schema ENTRY = new Schema("an assumption", UNIT, REASON, RANGE);
    private static final String ALLOWED_PATH = "the key path of a value of this scenario, as for --set "
            + "(e.g. service.repeat_lift_per_on_time_point)";

    /** One entry as written: where it is, and what it says. */
    record Entry(String keyPath, String unit, String reason, List<String> range, Node node) {
    }

    private AssumptionsBlock() {
    }

    static ValueType<List<Entry>> type() {
        return new ValueType<>() {
            public List<Entry> read(Node node, Problems problems) {
                if (!node.isMapping()) {
                    problems.add(node, allowed());
                    return null;
                }
                int before = problems.size();
                List<Entry> out = new ArrayList<>();
                for (Map.Entry<String, Node> e : node.entries().entrySet()) {
                    Values v = ENTRY.read(e.getValue(), problems);
                    if (v != null) {
                        List<Double> range = v.get(RANGE);
                        out.add(new Entry(e.getKey(), v.get(UNIT), v.get(REASON),
                                range == null ? List.of() : range.stream().map(AssumptionsBlock::plain).toList(), e.getValue()));
                    }
                }
                return problems.size() > before ? null : out;
            }

            public String allowed() {
                return "a mapping from a value's key path to {unit, reason, range (optional: a list of numbers)}";
            }
        };
    }

    /** The assumptions with the values the spec runs, or null after a problem (a path that names no value). */
    static List<Assumption> resolve(List<Entry> entries, Node block, String topSource, SalesOrgSpec spec, String description,
                                    Problems problems) {
        if (entries == null || entries.isEmpty()) {
            return List.of();
        }
        Node resolved = YamlTree.parse("resolved", SalesYaml.write(spec, description, WrapUpSource.DEFAULT_START_DATE, List.of()), problems);
        Map<String, Assumption> out = new LinkedHashMap<>();
        int before = problems.size();
        for (Entry entry : entries) {
            Node value = null;
            String canonical = entry.keyPath();
            try {
                KeyPath path = KeyPath.parse(entry.keyPath());
                canonical = path.toString();
                value = path.find(resolved);
            } catch (IllegalArgumentException notAPath) {
                // reported below, as for a path that names nothing
            }
            if (value == null || value.isMapping() || value.kind() == Node.Kind.LIST) {
                if (!entry.node().source().equals(topSource)) {
                    continue; // inherited, about a value this scenario replaced (e.g. a list of sources): not ours to judge
                }
                problems.add(new Problem(block.source(), block.keyLine(entry.keyPath()), block.childPath(entry.keyPath()),
                        "assumption about \"" + entry.keyPath() + "\", which names " + (value == null ? "no value" : "a whole section"),
                        ALLOWED_PATH));
                continue;
            }
            out.put(canonical, new Assumption(canonical, value.text(), entry.unit(), entry.reason(), entry.range()));
        }
        return problems.size() > before ? null : List.copyOf(out.values());
    }

    /** A number as a --set value: 0.02, 1500, never 2.0E-2. */
    private static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** The block as written into a resolved scenario. */
    static Map<String, Object> write(List<Assumption> assumptions) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Assumption a : assumptions) {
            Entries entry = new Entries().put(UNIT, a.unit()).put(REASON, a.reason());
            if (!a.range().isEmpty()) {
                entry.put(RANGE.name(), a.range().stream().map(Double::parseDouble).toList());
            }
            out.put(a.keyPath(), entry.map());
        }
        return out;
    }
}
