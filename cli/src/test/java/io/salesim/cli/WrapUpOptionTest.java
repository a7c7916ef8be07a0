package io.salesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run --wrap-up REP} is refused, before anything runs, where it cannot apply. */
class WrapUpOptionTest extends InProcessCommands {

    @Test
    void aFlowLineHasNoWrapUp(@TempDir Path dir) {
        Path folder = dir.resolve("run");
        assertEquals(2, salesim("run", "mmc", "--replications", "2", "--wrap-up", "1", "--out", folder.toString()));
        assertEquals("salesim: --wrap-up: mmc is a flow-line scenario; the daily wrap-up and call list need a sales-organisation scenario",
                err.toString().strip());
        assertFalse(Files.exists(folder), "nothing ran, nothing written");
    }

    @Test
    void theReplicationMustBeOneOfTheRun(@TempDir Path dir) {
        assertEquals(2, salesim("run", "mmc", "--replications", "2", "--wrap-up", "3", "--out", dir.resolve("run").toString()));
        assertTrue(err.toString().startsWith("salesim: --wrap-up: found 3; allowed a replication from 1 to 2"), err.toString());
        err.getBuffer().setLength(0);
        assertEquals(2, salesim("run", "mmc", "--replications", "2", "--wrap-up", "0", "--out", dir.resolve("run").toString()));
        assertTrue(err.toString().contains("found 0"), err.toString());
    }
}
