package io.salesim.scenarios.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The validation layer on its own, as a new scenario kind would use it. */
class SchemaTest {
    private static final Key<Double> SALARY = Key.required("salary_per_year", Types.real().atLeast(0));
    private static final Key<Integer> HEADCOUNT = Key.withDefault("head_count", Types.count(), 1);
    private static final Schema ROLE = new Schema("a role", SALARY, HEADCOUNT);

    private static Node parse(String source, String yaml) {
        Problems problems = new Problems();
        Node node = YamlTree.parse(source, yaml, problems);
        assertTrue(problems.isEmpty(), problems.list().toString());
        return node;
    }

    @Test
    void declaredKeysGiveTypedValuesAndDefaults() {
        Problems problems = new Problems();
        Values role = ROLE.read(parse("r.yaml", "salary_per_year: 60000\n"), problems);
        assertEquals(60000.0, role.get(SALARY));
        assertEquals(1, role.get(HEADCOUNT), "the declared default");
        assertTrue(problems.isEmpty());
    }

    @Test
    void collectsEveryProblemWithItsLineAndPath() {
        Problems problems = new Problems();
        Values role = ROLE.read(parse("r.yaml", "head_count: -1\nsalary: 5\n"), problems);
        assertNull(role);
        assertEquals(List.of(
                "r.yaml:1: salary_per_year: found nothing; allowed a number >= 0",
                "r.yaml:1: head_count: found -1; allowed a whole number >= 0",
                "r.yaml:2: salary: found unknown key \"salary\" in a role; allowed one of salary_per_year, head_count"),
                problems.list().stream().map(Problem::toString).toList());
    }

    @Test
    void anOverlayKeepsTheFileAndLineOfEveryValue() {
        Node base = parse("base.yaml", "roles:\n  sales: {salary_per_year: 60000, head_count: 4}\n  cs: {salary_per_year: 40000}\n");
        Node plan = parse("plan.yaml", "roles:\n  sales: {head_count: -2}\n");
        Node merged = Overlay.merge(base, plan);
        Problems problems = new Problems();
        ROLE.read(merged.get("roles").get("sales"), problems);
        assertEquals(List.of("plan.yaml:2: roles.sales.head_count: found -2; allowed a whole number >= 0"),
                problems.list().stream().map(Problem::toString).toList());
        Values cs = ROLE.read(merged.get("roles").get("cs"), new Problems());
        assertEquals(40000.0, cs.get(SALARY), "inherited unchanged");
        assertEquals("base.yaml", merged.get("roles").get("cs").source());
        Node salary = merged.get("roles").get("sales").get("salary_per_year");
        assertEquals("base.yaml:2", salary.source() + ":" + salary.line(), "a value the plan did not override");
    }

    @Test
    void suggestsTheClosestKeyOnlyForPlausibleTypos() {
        assertEquals("process_time", Suggestions.closest("proces_time", List.of("name", "servers", "process_time")));
        assertNull(Suggestions.closest("colour", List.of("name", "servers", "process_time")));
    }
}
