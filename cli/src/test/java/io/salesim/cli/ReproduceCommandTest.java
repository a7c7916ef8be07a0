package io.salesim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "How to reproduce" command of each kind of report, run as printed, gives the same CSV bytes. */
class ReproduceCommandTest extends InProcessCommands {
    private static final Pattern REPRODUCE = Pattern.compile("<section id=\"reproduce\">.*?<pre>(.*?)</pre>", Pattern.DOTALL);

    @Test
    void aRunOfAFileGivenByARelativePathReproducesFromAnotherFolder(@TempDir Path dir) throws Exception {
        Path file = Path.of(DeskPlans.desk(dir, 2));
        Path relative = Path.of("").toAbsolutePath().relativize(file);
        String command = reproduce(dir, "a", "run", relative.toString(), "--replications", "3", "--seed", "11", "--threads", "1");
        assertTrue(command.startsWith("./salesim run " + file + " "), "the file by its absolute path: " + command);
        assertTrue(command.contains("--seed 11") && command.contains("--replications 3"), command);
        rerun(dir, command, "a", "summary.csv", "replications.csv", "weekly.csv");
    }

    @Test
    void aBundledRunNamesTheScenarioAndTheDefaults(@TempDir Path dir) throws Exception {
        String command = reproduce(dir, "a", "run", "dice-game", "--replications", "2");
        assertEquals("./salesim run dice-game --replications 2 --seed 1", command.lines().findFirst().orElseThrow());
        rerun(dir, command, "a", "summary.csv", "replications.csv");
    }

    @Test
    void aComparisonReproducesAndIsTitledByItsPlans(@TempDir Path dir) throws Exception {
        String command = reproduce(dir, "a", DeskPlans.compareTwoAndThree(dir, "--replications", "4", "--seed", "3", "--margin", "0.5"));
        assertTrue(command.contains("--margin 0.5"), command);
        rerun(dir, command, "a", "comparison.csv", "best.csv", "plans/desk-2/summary.csv");
        assertTrue(Files.readString(dir.resolve("a/report.html")).contains("<title>salesim report: desk-2 vs desk-3</title>"));
    }

    @Test
    void aSweepReproducesWithItsSettingsQuoted(@TempDir Path dir) throws Exception {
        String command = reproduce(dir, "a", "sweep", DeskPlans.desk(dir, 2), "--set", "stations[0].servers=2,3",
                "--set", "horizon.weeks=2,3", "--replications", "3");
        assertTrue(command.contains("--set 'stations[0].servers=2,3' --set horizon.weeks=2,3"), command);
        assertTrue(!command.contains(" a "), "never the folder name: " + command);
        rerun(dir, command, "a", "sweep.csv");
    }

    /** Runs salesim ARGS into dir/name and returns the first command of its report's "How to reproduce". */
    private String reproduce(Path dir, String name, String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--out", dir.resolve(name).toString()));
        assertEquals(0, salesim(all.toArray(String[]::new)), err.toString());
        Matcher matcher = REPRODUCE.matcher(Files.readString(dir.resolve(name).resolve("report.html")));
        assertTrue(matcher.find(), "a reproduce section");
        return matcher.group(1).replace("&#39;", "'").replace("&apos;", "'").replace("&quot;", "\"").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&");
    }

    /** Runs the command's first line as a shell would split it, into dir/again, and compares the files. */
    private void rerun(Path dir, String command, String first, String... files) throws Exception {
        List<String> words = shellWords(command.lines().findFirst().orElseThrow());
        assertEquals("./salesim", words.remove(0));
        words.addAll(List.of("--out", dir.resolve("again").toString()));
        assertEquals(0, salesim(words.toArray(String[]::new)), err.toString());
        for (String file : files) {
            assertArrayEquals(Files.readAllBytes(dir.resolve(first).resolve(file)), Files.readAllBytes(dir.resolve("again").resolve(file)), file);
        }
    }

    /** Words split on spaces, single quotes kept together ('\'' for a quote), as a POSIX shell does. */
    static List<String> shellWords(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (char c : line.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
                any = true;
            } else if (c == '\\' && !quoted) {
                continue; // only the \' of '\''
            } else if (c == ' ' && !quoted) {
                if (any) {
                    words.add(word.toString());
                }
                word.setLength(0);
                any = false;
            } else {
                word.append(c);
                any = true;
            }
        }
        if (any) {
            words.add(word.toString());
        }
        return words;
    }
}
