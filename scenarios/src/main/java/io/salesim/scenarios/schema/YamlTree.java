package io.salesim.scenarios.schema;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Reads YAML text into a tree of {@link Node}s with Jackson's streaming YAML parser, keeping
 * the line of every key and value from the parser's token locations (a JsonNode tree would lose them).
 */
public final class YamlTree {
    /** Longest text parsed, in characters: a scenario file is at most 1 MB (ScenarioFile), a --set value far less. */
    private static final int MAX_CHARACTERS = 1_000_000;
    private static final String MERGE_KEY = "<<";
    private static final String PLAIN_DATA = "plain data: anchors (&), aliases (*) and merge keys (<<) are not supported; "
            + "write the value out in full";
    // the builder does not start from the factory's default features: name the one the tree relies on
    private static final YAMLFactory FACTORY = YAMLFactory.builder().loaderOptions(loaderOptions())
            .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL).build();

    private final String source;
    private final JsonParser parser;
    private final Problems problems;
    private boolean notPlainData;

    private YamlTree(String source, JsonParser parser, Problems problems) {
        this.source = source;
        this.parser = parser;
        this.problems = problems;
    }

    /** The document's root node, or null after adding a problem (syntax error, empty or several documents). */
    public static Node parse(String source, String yamlText, Problems problems) {
        if (yamlText.length() > MAX_CHARACTERS) {
            problems.add(new Problem(source, 1, "(document)", "text of " + yamlText.length() + " characters",
                    "at most " + MAX_CHARACTERS + " characters"));
            return null;
        }
        if (!noScalarAnchor(source, yamlText, problems)) {
            return null;
        }
        try (JsonParser parser = FACTORY.createParser(yamlText)) {
            YamlTree tree = new YamlTree(source, parser, problems);
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add(new Problem(source, 1, "(document)", "an empty file", "a YAML mapping that starts with kind:"));
                return null;
            }
            Node root = tree.value(first, "");
            if (tree.notPlainData) {
                return null; // what an alias stands for is unknown: reading on would only add confusing problems
            }
            if (root != null && parser.nextToken() != null) {
                problems.add(new Problem(source, line(parser.currentTokenLocation()), "(document)",
                        "a second YAML document", "one document per file"));
                return null;
            }
            return root;
        } catch (JsonProcessingException e) {
            problems.add(syntaxProblem(source, e));
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_CHARACTERS); // the same limit, kept by SnakeYAML itself
        return options;
    }

    /**
     * Jackson reports the anchors of mappings and lists but not those of scalars ({@code &n 3}),
     * so when the text has an {@code &} its events are scanned with SnakeYAML itself first.
     *
     * @return false after adding a problem
     */
    private static boolean noScalarAnchor(String source, String yamlText, Problems problems) {
        if (yamlText.indexOf('&') < 0) {
            return true;
        }
        try {
            for (Event event : new Yaml(loaderOptions()).parse(new StringReader(yamlText))) {
                if (event instanceof ScalarEvent scalar && scalar.getAnchor() != null) {
                    problems.add(new Problem(source, event.getStartMark().getLine() + 1, "(document)",
                            "an anchor (&" + scalar.getAnchor() + ")", PLAIN_DATA));
                    return false;
                }
            }
        } catch (RuntimeException e) {
            // a syntax error: the main parse reports it with its line
        }
        return true;
    }

    private static Problem syntaxProblem(String source, JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
            // SnakeYAML knows what it expected and where the construct it was reading began
            Mark start = yaml.getContextMark();
            int problemLine = yaml.getProblemMark().getLine() + 1;
            String found = start == null || yaml.getContext() == null
                    ? "invalid YAML: " + yaml.getProblem()
                    : "invalid YAML: " + yaml.getContext() + " that starts on this line: " + yaml.getProblem() + " on line " + problemLine;
            return new Problem(source, start != null ? start.getLine() + 1 : problemLine, "(syntax)", found,
                    "well-formed YAML: check indentation, colons, quotes and brackets");
        }
        JsonLocation location = e.getLocation();
        String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        String firstLine = message.strip().lines().findFirst().orElse(message).strip();
        return new Problem(source, location == null ? 1 : line(location), "(syntax)",
                "invalid YAML: " + firstLine, "well-formed YAML: check indentation, colons, quotes and brackets");
    }

    private static int line(JsonLocation location) {
        return Math.max(1, location.getLineNr());
    }

    private void notPlainData(Problem problem) {
        problems.add(problem);
        notPlainData = true;
    }

    private int tokenLine() {
        return line(parser.currentTokenLocation());
    }

    private Node value(JsonToken token, String path) throws IOException {
        int line = tokenLine();
        if (parser instanceof YAMLParser yaml && (yaml.isCurrentAlias() || yaml.getCurrentAnchor() != null)) {
            String found = yaml.isCurrentAlias() ? "an alias (*" + parser.getText() + ")" : "an anchor (&" + yaml.getCurrentAnchor() + ")";
            notPlainData(new Problem(source, line, path.isEmpty() ? "(document)" : path, found, PLAIN_DATA));
        }
        return switch (token) {
            case START_OBJECT -> mapping(path, line);
            case START_ARRAY -> list(path, line);
            case VALUE_STRING -> Node.scalar(Node.Kind.TEXT, source, line, path, parser.getText());
            case VALUE_NUMBER_INT -> Node.scalar(Node.Kind.INTEGER, source, line, path, parser.getText());
            case VALUE_NUMBER_FLOAT -> Node.scalar(Node.Kind.REAL, source, line, path, parser.getText());
            case VALUE_TRUE, VALUE_FALSE -> Node.scalar(Node.Kind.BOOLEAN, source, line, path, parser.getText());
            case VALUE_NULL -> Node.scalar(Node.Kind.NULL, source, line, path, null);
            default -> Node.scalar(Node.Kind.TEXT, source, line, path, parser.getText());
        };
    }

    private Node mapping(String path, int line) throws IOException {
        LinkedHashMap<String, Node> entries = new LinkedHashMap<>();
        Map<String, Integer> keyLines = new HashMap<>();
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            int keyLine = tokenLine();
            String childPath = path.isEmpty() ? key : path + "." + key;
            if (MERGE_KEY.equals(key)) {
                notPlainData(new Problem(source, keyLine, childPath, "a merge key (<<)", PLAIN_DATA));
            }
            Node child = value(parser.nextToken(), childPath);
            if (entries.containsKey(key)) {
                problems.add(new Problem(source, keyLine, childPath, "this key a second time (first on line "
                        + keyLines.get(key) + ")", "each key once per mapping"));
                continue;
            }
            entries.put(key, child);
            keyLines.put(key, keyLine);
        }
        return Node.mapping(source, line, path, entries, keyLines);
    }

    private Node list(String path, int line) throws IOException {
        List<Node> items = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
            items.add(value(token, path + "[" + items.size() + "]"));
        }
        return Node.list(source, line, path, items);
    }
}
