package io.salesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run onto a disk that fills up: one plain line naming the file and the system's reason,
 * exit code 1, and nothing left on the disk; onto a read-only one: refused before it runs.
 * Needs a 2 MB tmpfs, so it runs only where the tests may mount one (as root, e.g. in a CI
 * container); elsewhere it is skipped.
 */
class DiskFullTest extends InProcessCommands {
    private Path small;
    private boolean mounted;

    @BeforeEach
    void mountSmallDisk(@TempDir Path dir) throws Exception {
        small = Files.createDirectories(dir.resolve("small"));
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", small.toString())
                .redirectErrorStream(true).start();
        mounted = mount.waitFor() == 0;
        assumeTrue(mounted, "cannot mount a tmpfs here (not root, or no mount permission)");
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted) {
            new ProcessBuilder("umount", small.toString()).start().waitFor();
        }
    }

    @Test
    void aFullDiskIsOnePlainLineAndLeavesNothing() throws Exception {
        Path out = small.resolve("out");
        assertEquals(1, salesim("run", "traditional", "--replications", "2", "--threads", "2", "--out", out.toString()));
        List<String> lines = err.toString().strip().lines().filter(l -> !l.contains("replications done")).toList();
        String last = lines.get(lines.size() - 1);
        assertTrue(last.startsWith("salesim: cannot write " + out.toAbsolutePath() + "/"), err.toString());
        assertTrue(last.endsWith(": No space left on device; nothing was written"), err.toString());
        assertFalse(err.toString().contains("Exception"), err.toString());
        assertFalse(err.toString().contains("No writer provided"), err.toString());
        assertEquals(List.of(), names(small), "nothing torn, nothing hidden left on the disk");
        assertEquals(0, salesim("run", "mmc", "--replications", "1", "--out", small.resolve("fits").toString()),
                "the disk is whole again: " + err);
    }

    @Test
    void aPlaceSalesimMayNotWriteToIsRefusedBeforeAnythingRuns() throws Exception {
        assertEquals(0, new ProcessBuilder("mount", "-o", "remount,ro", small.toString()).start().waitFor());
        Path out = small.resolve("out");
        assertEquals(2, salesim("run", "traditional", "--replications", "2", "--out", out.toString()));
        assertTrue(err.toString().startsWith("salesim: --out: found " + out + ", which cannot be created: salesim may not write to "
                + small), err.toString());
        assertFalse(err.toString().contains("Running"), "refused before running: " + err);
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).toList();
        }
    }
}
