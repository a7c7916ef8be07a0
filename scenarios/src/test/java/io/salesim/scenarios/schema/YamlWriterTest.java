package io.salesim.scenarios.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class YamlWriterTest {

    private static Node parse(String text) {
        Problems problems = new Problems();
        Node node = YamlTree.parse("test.yaml", text, problems);
        assertTrue(problems.isEmpty(), problems.list().toString());
        return node;
    }

    /** Kind and text of every scalar, by path: what the schema layer reads. */
    private static void assertSameValues(Node expected, Node actual) {
        assertEquals(expected.kind(), actual.kind(), expected.path());
        assertEquals(expected.text(), actual.text(), expected.path());
        assertEquals(expected.entries().keySet(), actual.entries().keySet(), expected.path());
        for (Map.Entry<String, Node> entry : expected.entries().entrySet()) {
            assertSameValues(entry.getValue(), actual.get(entry.getKey()));
        }
        assertEquals(expected.items().size(), actual.items().size(), expected.path());
        for (int i = 0; i < expected.items().size(); i++) {
            assertSameValues(expected.items().get(i), actual.items().get(i));
        }
    }

    @Test
    void whatIsWrittenReadsBackToTheSameKindsAndTexts() {
        Node original = parse("""
                words: ["yes", "no", "true", "null", "on", "3", "0.5", "", "a: b", "# not a comment", "-", "x, y", "'quoted'"]
                numbers: [3, 0.37037, 1.0e-3, -2, 12345678901234567890]
                multi: "first line\\nsecond: line"
                flags: [true, false]
                empty: {}
                nothing: ~
                nested: {list: [{a: 1}, {b: [2, 3]}]}
                """);
        Node again = parse(YamlWriter.write(original));
        assertSameValues(original, again);
    }

    @Test
    void aKeyPathSetsValuesAndBuildsMissingMappings() {
        Node root = parse("stations: [{name: a, servers: 1}]\n");
        Problems problems = new Problems();
        Node changed = KeyPath.parse("stations[0].servers").set(root, "4", "--set", problems);
        changed = KeyPath.parse("calendar.hours_per_day").set(changed, "8", "--set", problems);
        assertTrue(problems.isEmpty(), problems.list().toString());
        assertEquals("4", KeyPath.parse("stations[0].servers").find(changed).text());
        assertEquals("stations[0].servers", KeyPath.parse("stations[0].servers").find(changed).path());
        assertEquals("8", KeyPath.parse("calendar.hours_per_day").find(changed).text());
        assertEquals("1", KeyPath.parse("stations[0].servers").find(root).text(), "the original tree is not changed");
    }

    /** 007 would be quoted by the generator (octal in YAML 1.1) and read back as text: found by the fuzz test. */
    @Test
    void aWholeNumberWithLeadingZerosIsWrittenWithout() {
        Node written = parse(YamlWriter.write(parse("weeks: 007\ncount: -007\nzero: 0\n")));
        assertEquals(Node.Kind.INTEGER, written.get("weeks").kind());
        assertEquals("7", written.get("weeks").text());
        assertEquals("-7", written.get("count").text());
        assertEquals("0", written.get("zero").text());
    }
}
