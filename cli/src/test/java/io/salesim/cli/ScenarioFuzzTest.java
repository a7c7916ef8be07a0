package io.salesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salesim.core.engine.ExperimentResult;
import io.salesim.reports.tables.ResultFiles;
import io.salesim.reports.tables.RunInfo;
import io.salesim.scenarios.BundledScenarios;
import io.salesim.scenarios.Experiment;
import io.salesim.scenarios.RunOptions;
import io.salesim.scenarios.Scenario;
import io.salesim.scenarios.ScenarioLoader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Every bundled scenario, mutated the ways careless users and attackers do — keys deleted,
 * renamed and retyped, extreme and non-finite numbers, truncation, binary bytes, byte order
 * marks, huge scalars, control characters, anchors — must be refused cleanly by
 * {@code salesim validate} (exit 2, no exception name, no raw control character) or accepted
 * (exit 0); and whatever is accepted must run a replication and write its files, with a
 * resolved scenario that is accepted again. Horizons are cut to a few weeks first so that the
 * runs stay short; the seed is fixed so that a clean clone always runs the same cases.
 */
class ScenarioFuzzTest {
    private static final Pattern EXCEPTION_NAME = Pattern.compile("\\b[A-Za-z_$][\\w$]*(Exception|Error)\\b");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.])-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?(?![\\w.])");
    private static final Pattern KEY = Pattern.compile("^(\\s*-?\\s*)([a-z_]+)(:)", Pattern.MULTILINE);
    private static final Pattern VALUE = Pattern.compile("^(\\s*-?\\s*[a-z_]+: )(\\S.*)$", Pattern.MULTILINE);
    private static final List<String> EXTREMES = List.of("0", "-1", "1", "0.5", "-0.0", "1e-300", "4.9e-324", "1e308",
            "-1e308", "1.8e308", ".nan", ".inf", "-.inf", "2147483647", "2147483648", "4294967296", "4294967299",
            "9223372036854775807", "9223372036854775808", "1e18", "-4294967296", "1000000", "5200", "5201", "1e12",
            "0x10", "1_000", "007");
    private static final List<String> RETYPED = List.of("\"text\"", "[1, 2]", "{a: 1}", "true", "~", "''", "[]", "{}",
            "{constant: 1}", "{exponential: {mean: 1e-300}}", "{poisson: {mean: 1e18}}", "{gamma: {mean: 1, sd: 1e-300}}",
            "{lognormal: {mean: 1, sd: 1e308}}", "{triangular: {min: 0, mode: 1, max: 1e308}}", "{normal: {mean: 0, sd: 1}}",
            "*alias", "&anchor 3", "!!binary aGVsbG8=", "\"\\e]0;pwned\\a\\e[2J\"", "\"\\ud800\"", "\"a\\u0085b\"",
            "\"line\\nbreak\\ttab # not a comment: 'quoted'\"", "\"" + "x".repeat(300) + "\"");
    private static final List<byte[]> BINARY = List.of(new byte[] {0}, new byte[] {(byte) 0xFF, (byte) 0xFE},
            new byte[] {0x1B, '[', '2', 'J'}, new byte[] {(byte) 0xC3}, new byte[] {7, 8, 127},
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});

    private static Path folder;
    private static List<String> bases;

    enum Kind { DELETE_LINE, RENAME_KEY, RETYPE_VALUE, EXTREME_NUMBER, TRUNCATE, BINARY_BYTES, BYTE_ORDER_MARK,
        HUGE_SCALAR, CONTROL_KEY, DUPLICATE_LINE, INDENT }

    /** One change: its kind, where in the file (0..1) and which of the kind's choices. */
    record Mutation(Kind kind, double where, int pick) {
    }

    record Case(int base, List<Mutation> mutations) {
        @Override
        public String toString() {
            return BundledScenarios.names().get(base) + " " + mutations;
        }
    }

    @BeforeContainer
    static void shortenBundledScenarios() throws IOException {
        folder = Files.createTempDirectory("salesim-fuzz");
        bases = new ArrayList<>();
        for (String name : BundledScenarios.names()) {
            bases.add(shortHorizon(BundledScenarios.source(name).orElseThrow().text()));
        }
    }

    @AfterContainer
    static void removeFiles() {
        io.salesim.reports.tables.RunFolder.deleteRecursively(folder);
    }

    @Property(tries = 400, seed = "20260112", shrinking = ShrinkingMode.BOUNDED)
    void validateRefusesCleanlyOrAcceptsAndWhatItAcceptsRuns(@ForAll("cases") Case c) throws Exception {
        byte[] bytes = mutate(bases.get(c.base()), c.mutations());
        Path file = Files.write(Files.createTempFile(folder, "case", ".yaml"), bytes);
        Commands commands = new Commands();
        int exit = commands.salesim("validate", file.toString());
        String output = commands.out + "" + commands.err;
        assertTrue(exit == 0 || exit == 2, "exit " + exit + " for " + c + ":\n" + output);
        Matcher exception = EXCEPTION_NAME.matcher(output);
        assertFalse(exception.find(), "an exception name in the output for " + c + ":\n" + output);
        assertTrue(output.chars().allMatch(ch -> ch == '\n' || ch >= ' ' && ch != 127),
                "a raw control character in the output for " + c + ":\n" + output);
        if (exit == 0) {
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> runsAndWrites(file, c));
        }
        Files.delete(file);
    }

    /** One short replication, its files, and a resolved scenario that validates again. */
    private static void runsAndWrites(Path file, Case c) throws Exception {
        Scenario scenario = ScenarioLoader.load(file.toString());
        ExperimentResult result = Experiment.run(scenario, new RunOptions(1, 1, 1));
        assertEquals(1, result.replications().size(), c.toString());
        Path run = Files.createTempDirectory(folder, "run");
        ResultFiles.writeInto(run, scenario, result, new RunInfo(1, 1, 1, 0));
        Commands again = new Commands();
        assertEquals(0, again.salesim("validate", run.resolve(ResultFiles.RESOLVED_SCENARIO).toString()),
                "the resolved scenario of " + c + " is refused:\n" + again.err);
        io.salesim.reports.tables.RunFolder.deleteRecursively(run);
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Mutation> mutation = Combinators.combine(Arbitraries.of(Kind.class),
                Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 1000)).as(Mutation::new);
        return Combinators.combine(Arbitraries.integers().between(0, BundledScenarios.names().size() - 1),
                mutation.list().ofMinSize(1).ofMaxSize(3)).as(Case::new);
    }

    private static byte[] mutate(String text, List<Mutation> mutations) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (Mutation m : mutations) {
            bytes = apply(m, bytes);
        }
        return bytes;
    }

    private static byte[] apply(Mutation m, byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int line = index(m.where(), lines.size());
        return switch (m.kind()) {
            case DELETE_LINE -> {
                lines.remove(line);
                yield utf8(String.join("\n", lines));
            }
            case DUPLICATE_LINE -> {
                lines.add(line, lines.get(line));
                yield utf8(String.join("\n", lines));
            }
            case INDENT -> {
                lines.set(line, m.pick() % 2 == 0 ? "  " + lines.get(line) : lines.get(line).replaceFirst("^ {1,2}", ""));
                yield utf8(String.join("\n", lines));
            }
            case RENAME_KEY -> utf8(nth(KEY, text, m, match -> match.group(1) + renamed(match.group(2), m.pick()) + ":"));
            case RETYPE_VALUE -> utf8(nth(VALUE, text, m, match -> match.group(1) + RETYPED.get(m.pick() % RETYPED.size())));
            case EXTREME_NUMBER -> utf8(nth(NUMBER, text, m, match -> EXTREMES.get(m.pick() % EXTREMES.size())));
            case CONTROL_KEY -> utf8(nth(KEY, text, m, match -> match.group(1) + "\"" + match.group(2)
                    + (m.pick() % 2 == 0 ? "\\n/etc/x:1: fake: found a fake problem" : "\\e]0;pwned\\a") + "\":"));
            case HUGE_SCALAR -> utf8(nth(VALUE, text, m, match -> match.group(1)
                    + "x".repeat(m.pick() % 2 == 0 ? 200_000 : 1_100_000)));
            case TRUNCATE -> java.util.Arrays.copyOf(bytes, (int) (m.where() * bytes.length));
            case BINARY_BYTES -> insert(bytes, (int) (m.where() * bytes.length), BINARY.get(m.pick() % BINARY.size()));
            case BYTE_ORDER_MARK -> insert(bytes, m.pick() % 2 == 0 ? 0 : (int) (m.where() * bytes.length),
                    new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        };
    }

    /** The text with the match picked by {@code where} replaced. */
    private static String nth(Pattern pattern, String text, Mutation m, java.util.function.Function<Matcher, String> replacement) {
        List<int[]> spans = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            spans.add(new int[] {matcher.start(), matcher.end()});
        }
        if (spans.isEmpty()) {
            return text;
        }
        int[] span = spans.get(index(m.where(), spans.size()));
        Matcher chosen = pattern.matcher(text);
        chosen.region(span[0], text.length());
        chosen.lookingAt();
        return text.substring(0, span[0]) + replacement.apply(chosen) + text.substring(span[1]);
    }

    /** A position 0..size-1 from a fraction 0..1 (1 included). */
    private static int index(double where, int size) {
        return Math.min(size - 1, (int) (where * size));
    }

    private static String renamed(String key, int pick) {
        return switch (pick % 4) {
            case 0 -> key + "x";
            case 1 -> key.substring(1);
            case 2 -> key.toUpperCase(java.util.Locale.ROOT);
            default -> "<<";
        };
    }

    private static byte[] insert(byte[] bytes, int at, byte[] inserted) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, at);
        out.write(inserted, 0, inserted.length);
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Horizons of a few weeks, so that every accepted case runs in well under a second. */
    static String shortHorizon(String text) {
        String shortened = text.replaceAll("(?m)^horizon: \\{[^}]*}", "horizon: {weeks: 3, warmup_weeks: 1}")
                .replaceAll("(?m)^horizon_weeks: \\d+", "horizon_weeks: 8")
                .replaceAll("(?m)^warmup_weeks: \\d+", "warmup_weeks: 2");
        if (shortened.contains("kind: sales-organisation") && !shortened.contains("horizon_weeks:")) {
            shortened = shortened.replaceFirst("(?m)^kind: sales-organisation$", "kind: sales-organisation\nhorizon_weeks: 8\nwarmup_weeks: 2");
        }
        return shortened;
    }

    /** The in-process commands of {@link InProcessCommands}, one instance per case. */
    private static final class Commands extends InProcessCommands {
    }
}
