package io.salesim.scenarios.experiments;

import io.salesim.scenarios.ScenarioException;
import io.salesim.scenarios.schema.KeyPath;
import io.salesim.scenarios.schema.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * One {@code --set KEY=V1,V2,...}: a key path (as problems name keys, e.g.
 * {@code stations[0].servers}) and the values to give it, each a YAML value as it would
 * be written in the file. Commas inside brackets or quotes do not split values, so
 * {@code arrivals.interarrival={exponential: {mean: 1}},{constant: 1}} is two values.
 */
public record Setting(KeyPath key, List<String> values) {
    public Setting {
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a setting needs at least one value");
        }
    }

    /** Parses {@code KEY=V1,V2,...}; a malformed argument is bad input (exit code 2). */
    public static Setting parse(String argument) throws ScenarioException {
        return parse(argument, "--set");
    }

    /** As {@link #parse(String)}, for the option named {@code option} (e.g. {@code --vary}) in messages. */
    public static Setting parse(String argument, String option) throws ScenarioException {
        int equals = argument.indexOf('=');
        String where = option + " " + argument;
        if (equals <= 0) {
            throw new ScenarioException(new Problem(where, 0, "(" + option + ")", "no KEY=VALUES",
                    "KEY=V1,V2,... with KEY a key path such as stations[0].servers"));
        }
        String keyText = argument.substring(0, equals).strip();
        KeyPath key;
        try {
            key = KeyPath.parse(keyText);
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(new Problem(where, 0, "(" + option + ")", "key \"" + keyText + "\"", e.getMessage()));
        }
        List<String> values = split(argument.substring(equals + 1));
        if (values.stream().anyMatch(String::isEmpty)) {
            throw new ScenarioException(new Problem(where, 0, keyText, "an empty value",
                    "one or more YAML values separated by commas, e.g. " + keyText + "=2,3,4"));
        }
        return new Setting(key, values);
    }

    /** Where a problem with one value is reported: {@code --set KEY=VALUE}. */
    public String source(String value) {
        return "--set " + key + "=" + value;
    }

    /** Splits on commas outside brackets, braces and quotes; an empty list is one empty value. */
    static List<String> split(String text) {
        List<String> values = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        StringBuilder current = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[' || c == '{') {
                depth++;
            } else if (c == ']' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                values.add(current.toString().strip());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        values.add(current.toString().strip());
        return values;
    }
}
