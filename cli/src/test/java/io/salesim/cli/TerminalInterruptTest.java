package io.salesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C typed in a real terminal while the progress bar shows: salesim runs under a
 * pseudo-terminal (Python's pty module) and is sent the interrupt character, as a keyboard
 * would, so the terminal driver and the bar's terminal library are both in the way.
 */
class TerminalInterruptTest {
    /** Starts ARGS under a pty, types Ctrl-C N times once the bar shows, and exits with the child's exit code. */
    private static final String DRIVER = """
            import os, pty, re, select, sys, time
            n, log, cmd = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
            pid, fd = pty.fork()
            if pid == 0:
                os.environ['TERM'] = 'xterm'
                os.environ['COLUMNS'] = '100'
                os.execvp(cmd[0], cmd)
            out, sent, deadline = b'', 0, time.time() + 120
            while time.time() < deadline:
                if select.select([fd], [], [], 0.2)[0]:
                    try:
                        data = os.read(fd, 4096)
                    except OSError:
                        break
                    if not data:
                        break
                    out += data
                # the bar, redrawn in place after a replication finished: "  12% [==   ] 1/8 replications"
                if sent < n and re.search(rb'\\r[^\\n]*%[^\\n]*\\] [1-9]\\d*/\\d+ replications', out):
                    os.write(fd, b'\\x03')
                    sent += 1
                    time.sleep(0.5)
            else:
                os.kill(pid, 9)
            open(log, 'wb').write(out)
            _, status = os.waitpid(pid, 0)
            sys.exit(os.waitstatus_to_exitcode(status) if sent == n else 99)
            """;

    private static String python;

    @BeforeAll
    static void findPty() throws Exception {
        python = Stream.of("python3", "python").filter(TerminalInterruptTest::hasPty).findFirst().orElse(null);
        assumeTrue(python != null, "skipped: no pseudo-terminal tool here (needs python3 with its pty module)");
    }

    private static boolean hasPty(String program) {
        try {
            Process p = new ProcessBuilder(program, "-c", "import pty, select").redirectErrorStream(true).start();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    @Test
    void ctrlCWhileTheBarShowsWritesTheFinishedReplicationsAndExitsOne(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        Result result = underPty(dir, 1, out);
        assertTrue(result.log().contains("replications ("), "the bar was showing: " + result.log());
        assertTrue(result.log().contains("Ctrl-C: finishing"), result.log());
        assertEquals(1, result.exitCode(), result.log());
        assertFalse(new ObjectMapper().readTree(out.resolve("run.json").toFile()).get("complete").asBoolean());
        String report = Files.readString(out.resolve("report.html"));
        assertTrue(report.contains("stopped early") && report.strip().endsWith("</html>"), "a whole report");
    }

    @Test
    void aSecondCtrlCEndsAtOnceLeavingNothing(@TempDir Path dir) throws Exception {
        Result result = underPty(dir, 2, dir.resolve("out"));
        assertTrue(result.log().contains("Ctrl-C again: stopped at once"), result.log());
        assertEquals(130, result.exitCode(), result.log());
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of("driver.py", "pty.log"), left.map(p -> p.getFileName().toString()).sorted().toList(),
                    "neither the folder nor its hidden workspace");
        }
    }

    private record Result(int exitCode, String log) {
    }

    private static Result underPty(Path dir, int interrupts, Path out) throws Exception {
        Path driver = Files.writeString(dir.resolve("driver.py"), DRIVER);
        Path log = dir.resolve("pty.log");
        List<String> command = new ArrayList<>(List.of(python, driver.toString(), Integer.toString(interrupts), log.toString(),
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "run", "traditional", "--replications", "8", "--threads", "1", "--out", out.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(process.waitFor(150, TimeUnit.SECONDS), "salesim under the pty did not end");
        String text = Files.exists(log) ? Files.readString(log) : "";
        assumeTrue(process.exitValue() != 99 || !text.isEmpty(), "the pty driver could not start salesim");
        return new Result(process.exitValue(), text);
    }
}
