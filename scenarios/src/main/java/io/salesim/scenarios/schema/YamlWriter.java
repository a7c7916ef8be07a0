package io.salesim.scenarios.schema;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes a {@link Node} tree back as YAML (Jackson's YAML generator). Numbers are written
 * exactly as they were read, so a written document reads back to the same values bit for bit;
 * only a whole number with leading zeros ({@code 007}) is written without them, as the
 * generator would quote it (YAML 1.1 reads it as octal) and it would read back as text.
 */
public final class YamlWriter {
    private static final YAMLFactory FACTORY = YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .build();

    private static final Pattern LEADING_ZEROS = Pattern.compile("[-+]?0[0-9]+");

    private YamlWriter() {
    }

    public static String write(Node root) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            write(root, generator);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void write(Node node, JsonGenerator generator) throws IOException {
        switch (node.kind()) {
            case MAPPING -> {
                generator.writeStartObject();
                for (Map.Entry<String, Node> entry : node.entries().entrySet()) {
                    generator.writeFieldName(entry.getKey());
                    write(entry.getValue(), generator);
                }
                generator.writeEndObject();
            }
            case LIST -> {
                generator.writeStartArray();
                for (Node item : node.items()) {
                    write(item, generator);
                }
                generator.writeEndArray();
            }
            case INTEGER -> generator.writeNumber(LEADING_ZEROS.matcher(node.text()).matches()
                    ? new BigInteger(node.text()).toString() : node.text());
            case REAL -> generator.writeNumber(node.text());
            case BOOLEAN -> generator.writeBoolean(isTrue(node.text()));
            case NULL -> generator.writeNull();
            case TEXT -> generator.writeString(node.text());
        }
    }

    /** YAML 1.1 spellings of true (the parser reads yes/on as booleans too). */
    private static boolean isTrue(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "y" -> true;
            default -> false;
        };
    }
}
