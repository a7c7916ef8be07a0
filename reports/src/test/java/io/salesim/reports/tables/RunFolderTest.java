package io.salesim.reports.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/** A folder is claimed before anything runs, built hidden, and appears whole; leftovers of killed runs go. */
class RunFolderTest {

    private static List<String> names(Path dir) throws Exception {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theFolderAppearsOnlyWhenPublishedAndThenWhole(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("out");
        try (RunFolder folder = RunFolder.claim(target)) {
            assertFalse(Files.exists(target), "nothing visible while it is built");
            assertTrue(folder.workspace().getFileName().toString().startsWith(".out.partial-"), folder.workspace().toString());
            Files.writeString(folder.workspace().resolve("summary.csv"), "x");
            assertEquals(target.toAbsolutePath(), folder.publish());
        }
        assertEquals(List.of("summary.csv"), names(target), "no owner file in the published folder");
        assertEquals(List.of("out"), names(dir), "no hidden workspace left");
    }

    @Test
    void anEmptyFolderTheUserMadeIsReplacedAtPublication(@TempDir Path dir) throws Exception {
        Path target = Files.createDirectories(dir.resolve("out"));
        try (RunFolder folder = RunFolder.claim(target)) {
            Files.writeString(folder.workspace().resolve("run.json"), "{}");
            folder.publish();
        }
        assertEquals(List.of("run.json"), names(target));
    }

    @Test
    void aFolderThatCannotBeUsedIsRefusedBeforeAnythingIsWritten(@TempDir Path dir) throws Exception {
        Path full = Files.createDirectories(dir.resolve("full"));
        Files.writeString(full.resolve("summary.csv"), "earlier");
        Path file = Files.writeString(dir.resolve("file"), "x");
        assertEquals("which already holds files (a run never overwrites earlier results)",
                assertThrows(RunFolder.Refused.class, () -> RunFolder.claim(full)).getMessage());
        assertEquals("which is a file, not a folder", assertThrows(RunFolder.Refused.class, () -> RunFolder.claim(file)).getMessage());
        assertEquals("which is inside " + file.toAbsolutePath() + ", a file, not a folder",
                assertThrows(RunFolder.Refused.class, () -> RunFolder.claim(file.resolve("sub/out"))).getMessage());
        assertEquals(List.of("file", "full"), names(dir), "no workspace was created");
    }

    @Test
    void aSecondClaimOfATargetBeingWrittenIsRefusedAtOnce(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("out");
        try (RunFolder first = RunFolder.claim(target)) {
            RunFolder.Refused refused = assertThrows(RunFolder.Refused.class, () -> RunFolder.claim(target));
            assertTrue(refused.taken());
            assertTrue(refused.getMessage().startsWith("which another salesim run is writing"), refused.getMessage());
            assertEquals(2, names(dir).size(), "the refused claim left nothing beside the first's workspace and claim: " + names(dir));
            assertTrue(names(dir).contains(".out.claim"), names(dir).toString());
        }
        assertEquals(List.of(), names(dir), "a discarded claim leaves nothing either");
    }

    /** Eight claims of one default name at the same moment: each gets its own folder, none is shared. */
    @Test
    void simultaneousClaimsOfOneNameEachGetTheirOwnFolder(@TempDir Path dir) throws Exception {
        int claims = 8;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(claims);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<RunFolder>> futures = new java.util.ArrayList<>();
        for (int i = 0; i < claims; i++) {
            futures.add(pool.submit(() -> {
                start.await();
                return RunFolder.claimFirstFree(dir, "mmc-20260101-120000");
            }));
        }
        start.countDown();
        List<RunFolder> folders = new java.util.ArrayList<>();
        for (var f : futures) {
            folders.add(f.get());
        }
        pool.shutdown();
        assertEquals(claims, folders.stream().map(RunFolder::target).distinct().count(), "distinct targets");
        for (RunFolder folder : folders) {
            folder.publish();
        }
        assertEquals(claims, names(dir).size(), "published folders only, no claim or workspace left: " + names(dir));
    }

    @Test
    void defaultNamesNeverCollideEvenInOneSecond(@TempDir Path dir) throws Exception {
        try (RunFolder first = RunFolder.claimFirstFree(dir, "mmc-20260101-120000");
             RunFolder second = RunFolder.claimFirstFree(dir, "mmc-20260101-120000")) {
            assertEquals("mmc-20260101-120000", first.target().getFileName().toString());
            assertEquals("mmc-20260101-120000-2", second.target().getFileName().toString());
            second.publish();
            try (RunFolder third = RunFolder.claimFirstFree(dir, "mmc-20260101-120000")) {
                assertEquals("mmc-20260101-120000-3", third.target().getFileName().toString());
            }
        }
    }

    @Test
    void leftoversOfKilledRunsAreRemovedByTheNextClaimInTheSameParent(@TempDir Path dir) throws Exception {
        // a killed run's workspace: its owner file is there, but no live process holds its lock
        Path killed = Files.createDirectories(dir.resolve(".old.partial-1700000000000-1"));
        Files.writeString(killed.resolve(".owner"), "salesim process 1 is writing this folder\n");
        Files.writeString(Files.createDirectories(killed.resolve("charts")).resolve("a.png"), "half a chart");
        // an older version's workspace (no owner file), untouched for an hour
        Path old = Files.createDirectories(dir.resolve(".older.partial-123"));
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minusSeconds(3600)));
        // one that has just been made, its owner file not yet written: kept
        Path fresh = Files.createDirectories(dir.resolve(".fresh.partial-456"));
        try (RunFolder live = RunFolder.claim(dir.resolve("live"));
             RunFolder next = RunFolder.claim(dir.resolve("next"))) {
            List<String> left = names(dir);
            assertFalse(left.contains(killed.getFileName().toString()), left.toString());
            assertFalse(left.contains(old.getFileName().toString()), left.toString());
            assertTrue(left.contains(fresh.getFileName().toString()), left.toString());
            assertTrue(Files.isDirectory(live.workspace()), "a live run's workspace is never removed");
        }
    }

    @Test
    void aFailedWriteNamesTheFileAndTheSystemsReason(@TempDir Path dir) {
        Path file = dir.resolve("missing").resolve("summary.csv");
        Table table = Table.create("t", DoubleColumn.create("mean", 1.0));
        FileSystemException e = assertThrows(FileSystemException.class, () -> ResultFiles.writeCsv(table, file));
        assertEquals(file.toString(), e.getFile());
        assertEquals("no such file or folder", e.getReason(), "not univocity's \"No writer provided\"");
    }
}
