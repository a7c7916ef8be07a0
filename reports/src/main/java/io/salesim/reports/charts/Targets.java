package io.salesim.reports.charts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Protective-capacity targets read from the scenario file: a numeric key whose name contains
 * "protective" (a fraction, or a percentage above 1), or "max_utilization" (target = 1 − value),
 * under the role's own section or anywhere else as the default for all roles.
 */
public final class Targets {
    /** Used when the scenario names no target: the seed's "at most 85% utilisation". */
    public static final double DEFAULT_PROTECTIVE_CAPACITY = 0.15;

    private Targets() {
    }

    /** A target and whether it came from the scenario (false: the default). */
    public record Target(double fraction, boolean fromScenario) {
    }

    /**
     * The target drawn as one line for several roles: that of the first role that is not the
     * designated constraint (the constraint is meant to run flat out and has none).
     */
    public static Target sharedTarget(RunData data, List<String> roles) {
        String constraint = designatedConstraint(data);
        for (String role : roles) {
            if (!role.equals(constraint)) {
                return protectiveCapacity(data, role);
            }
        }
        return new Target(DEFAULT_PROTECTIVE_CAPACITY, false);
    }

    /** The role the scenario designates as its constraint (toc.designated_constraint; "sales" means field sales), or null. */
    public static String designatedConstraint(RunData data) {
        String value = findText(data.resolvedScenario(), "designated_constraint");
        value = value == null ? findText(data.resolvedScenario(), "constraint") : value;
        if (value == null) {
            return null;
        }
        return value.equals("sales") ? "field_sales" : value;
    }

    private static String findText(JsonNode node, String key) {
        if (node.isObject()) {
            JsonNode direct = node.get(key);
            if (direct != null && direct.isTextual()) {
                return direct.asText();
            }
            for (JsonNode child : node) {
                String found = findText(child, key);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    public static Target protectiveCapacity(RunData data, String role) {
        double[] found = {Double.NaN, Double.NaN}; // [role-specific, global]
        walk(data.resolvedScenario(), "", role, found);
        if (Double.isFinite(found[0])) {
            return new Target(found[0], true);
        }
        if (Double.isFinite(found[1])) {
            return new Target(found[1], true);
        }
        return new Target(DEFAULT_PROTECTIVE_CAPACITY, false);
    }

    private static void walk(JsonNode node, String path, String role, double[] found) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String key = field.getKey().toLowerCase(Locale.ROOT);
                String childPath = path + "/" + key;
                JsonNode value = field.getValue();
                if (value.isNumber()) {
                    double target = asTarget(key, value.asDouble());
                    if (Double.isFinite(target)) {
                        int slot = childPath.contains("/" + role + "/") ? 0 : underAnyRole(childPath) ? -1 : 1;
                        if (slot >= 0 && Double.isNaN(found[slot])) {
                            found[slot] = target;
                        }
                    }
                } else {
                    walk(value, childPath, role, found);
                }
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                // A list of roles: let "name: customer_service" mark the element as that role's section.
                String name = element.path("name").asText(element.path("role").asText(""));
                walk(element, path + "/" + name, role, found);
            }
        }
    }

    private static boolean underAnyRole(String path) {
        return ChartStyle.ROLES.stream().anyMatch(r -> path.contains("/" + r + "/"));
    }

    private static double asTarget(String key, double value) {
        double fraction = value > 1 ? value / 100 : value;
        if (key.contains("protective")) {
            return fraction;
        }
        if (key.contains("max_utilization") || key.contains("max_utilisation")) {
            return 1 - fraction;
        }
        return Double.NaN;
    }
}
