package io.salesim.reports.tables;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One output folder from claim to publication. It is claimed before anything runs: the target
 * must be absent or an empty folder that can be created, and no other live run may be writing
 * it. Everything is then built in a hidden sibling, {@code .<name>.partial-<time>-<n>}, and
 * renamed onto the target last, so the target appears complete or not at all.
 *
 * <p>A workspace holds an {@code .owner} file locked for as long as its run lives; the kernel
 * drops the lock when the process dies, however it dies. So a workspace whose lock can be taken
 * is a leftover of a killed run, and every claim removes the leftovers it finds in its parent
 * folder. Two runs claiming one target at the same time both see each other's workspace: the
 * one that started first (by the time in the workspace's name) goes on, the other is refused.
 */
public final class RunFolder implements AutoCloseable {
    static final String PARTIAL = ".partial-";
    private static final String OWNER = ".owner";
    private static final Pattern WORKSPACE_NAME = Pattern.compile("\\..+\\.partial-[0-9]+(-[0-9]+)*");
    /** A workspace is without its owner file only while it is created or published: a moment, never this long. */
    private static final Duration OWNERLESS_GRACE = Duration.ofMinutes(1);

    /** Why a target cannot be used; {@link #taken()} when it is only in use (a default name then tries the next). */
    public static final class Refused extends Exception {
        private final boolean taken;

        Refused(String reason, boolean taken) {
            super(reason);
            this.taken = taken;
        }

        public boolean taken() {
            return taken;
        }
    }

    private final Path target;
    private final Path workspace;
    private final FileChannel owner;
    private final FileLock lock;
    private boolean done;

    private RunFolder(Path target, Path workspace, FileChannel owner, FileLock lock) {
        this.target = target;
        this.workspace = workspace;
        this.owner = owner;
        this.lock = lock;
    }

    /**
     * Claims {@code target}: absent or empty, creatable, written by no other live run.
     *
     * @throws Refused with a reason that completes "found TARGET, ..."
     */
    public static RunFolder claim(Path target) throws Refused {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        if (parent == null) {
            throw new Refused("which is the root of the file system", false);
        }
        requireFree(absolute);
        createParent(parent);
        removeLeftovers(parent);
        RunFolder folder = newWorkspace(absolute, parent);
        try {
            folder.requireNoEarlierClaim();
            requireFree(absolute);
            return folder;
        } catch (Refused e) {
            folder.close();
            throw e;
        }
    }

    /** The first of {@code stem}, {@code stem-2}, {@code stem-3}, … under {@code parent} that can be claimed. */
    public static RunFolder claimFirstFree(Path parent, String stem) throws Refused {
        for (int n = 1; ; n++) {
            Path candidate = parent.resolve(n == 1 ? stem : stem + "-" + n);
            if (Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) {
                continue; // a default name never reuses a folder, even an empty one
            }
            try {
                return claim(candidate);
            } catch (Refused e) {
                if (!e.taken()) {
                    throw e;
                }
            }
        }
    }

    /** The folder that will appear (absolute). */
    public Path target() {
        return target;
    }

    /** The hidden folder everything is written into first. */
    public Path workspace() {
        return workspace;
    }

    /**
     * Renames the workspace onto the target, in one step. After a failure nothing is published;
     * the workspace is still there, to be discarded.
     *
     * @return the target, now complete
     */
    public synchronized Path publish() throws IOException {
        if (done) {
            throw new IllegalStateException("the folder was already published or discarded: " + target);
        }
        // the owner file goes while still locked: no claim can mistake this workspace for a leftover
        Files.delete(workspace.resolve(OWNER));
        // rename(2) replaces an empty folder the user made for us, and refuses a folder that holds files
        Files.move(workspace, target, StandardCopyOption.ATOMIC_MOVE);
        done = true;
        release();
        return target;
    }

    /**
     * Deletes the workspace unless it was published; safe to call more than once, and from a
     * signal handler while another thread is still writing: the workspace is first renamed out
     * of the writer's way and a file put in its place, so the writer cannot make it again.
     */
    public synchronized void discard() {
        if (!done) {
            done = true;
            Path removed = workspace.resolveSibling(workspace.getFileName() + "-0");
            try {
                Files.move(workspace, removed, StandardCopyOption.ATOMIC_MOVE);
                Files.createFile(workspace);
            } catch (IOException e) {
                removed = workspace;
            }
            deleteRecursively(removed);
            try {
                Files.deleteIfExists(workspace);
            } catch (IOException ignored) {
                // a folder the writer made again at that very moment: the next run removes it
            }
        }
        release();
    }

    @Override
    public void close() {
        discard();
    }

    private void release() {
        try {
            if (lock.isValid()) {
                lock.release();
            }
            owner.close();
        } catch (IOException ignored) {
            // the lock goes with the channel, and the channel with the process
        }
    }

    private static void requireFree(Path target) throws Refused {
        if (!Files.exists(target)) {
            return;
        }
        if (!Files.isDirectory(target)) {
            throw new Refused("which is a file, not a folder", false);
        }
        try (Stream<Path> entries = Files.list(target)) {
            if (entries.findAny().isPresent()) {
                throw new Refused("which already holds files (a run never overwrites earlier results)", true);
            }
        } catch (IOException e) {
            throw new Refused("which cannot be read (" + reason(e) + ")", false);
        }
    }

    /** Creates the parent folders, after checking the nearest existing one is a folder salesim may write to. */
    private static void createParent(Path parent) throws Refused {
        Path existing = parent;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && !Files.isDirectory(existing)) {
            throw new Refused("which is inside " + existing + ", a file, not a folder", false);
        }
        if (existing != null && !Files.isWritable(existing)) {
            throw new Refused("which cannot be created: salesim may not write to " + existing, false);
        }
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new Refused("which cannot be created (" + reason(e) + ")", false);
        }
    }

    private static RunFolder newWorkspace(Path target, Path parent) throws Refused {
        Path workspace = null;
        try {
            workspace = Files.createTempDirectory(parent, "." + target.getFileName() + PARTIAL + Instant.now().toEpochMilli() + "-");
            FileChannel owner = FileChannel.open(workspace.resolve(OWNER), StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            FileLock lock = owner.lock();
            owner.write(StandardCharsets.UTF_8.encode(ownerText()));
            return new RunFolder(target, workspace, owner, lock);
        } catch (IOException e) {
            if (workspace != null) {
                deleteRecursively(workspace);
            }
            throw new Refused("which cannot be created (" + reason(e) + ")", false);
        }
    }

    /** For a person who finds the file: which process holds it. */
    private static String ownerText() {
        return "salesim process " + ProcessHandle.current().pid() + " is writing this folder\n";
    }

    /** Refused when a live run claimed the same target first. */
    private void requireNoEarlierClaim() throws Refused {
        String prefix = "." + target.getFileName() + PARTIAL;
        String mine = workspace.getFileName().toString();
        for (Path other : workspaces(workspace.getParent())) {
            String name = other.getFileName().toString();
            if (name.startsWith(prefix) && !other.equals(workspace) && name.compareTo(mine) < 0 && isLive(other)) {
                throw new Refused("which another salesim run is writing (its workspace is " + other.getFileName() + ")", true);
            }
        }
    }

    /** Removes the workspaces of runs that were killed (their owner lock is free, or they have none and are old). */
    private static void removeLeftovers(Path parent) {
        for (Path workspace : workspaces(parent)) {
            Path ownerFile = workspace.resolve(OWNER);
            if (!Files.exists(ownerFile, LinkOption.NOFOLLOW_LINKS)) {
                if (olderThanGrace(workspace)) {
                    deleteRecursively(workspace);
                }
                continue;
            }
            try (FileChannel channel = FileChannel.open(ownerFile, StandardOpenOption.WRITE);
                 FileLock lock = channel.tryLock()) {
                if (lock != null) {
                    deleteRecursively(workspace);
                }
            } catch (OverlappingFileLockException | IOException e) {
                // held in this process, or cannot be told: a live run's, leave it
            }
        }
    }

    private static boolean isLive(Path workspace) {
        Path ownerFile = workspace.resolve(OWNER);
        if (!Files.exists(ownerFile, LinkOption.NOFOLLOW_LINKS)) {
            return !olderThanGrace(workspace);
        }
        try (FileChannel channel = FileChannel.open(ownerFile, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            return lock == null;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (NoSuchFileException e) {
            return true; // published or being published this very moment
        } catch (IOException e) {
            return true;
        }
    }

    private static boolean olderThanGrace(Path workspace) {
        try {
            Instant modified = Files.getLastModifiedTime(workspace, LinkOption.NOFOLLOW_LINKS).toInstant();
            return modified.isBefore(Instant.now().minus(OWNERLESS_GRACE));
        } catch (IOException e) {
            return false;
        }
    }

    /** Hidden {@code .<name>.partial-<digits>[-<digits>…]} folders (not links) in a folder: salesim's, never another tool's. */
    private static List<Path> workspaces(Path parent) {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent, ".*" + PARTIAL + "*")) {
            for (Path entry : entries) {
                if (WORKSPACE_NAME.matcher(entry.getFileName().toString()).matches()
                        && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    out.add(entry);
                }
            }
        } catch (IOException e) {
            // an unreadable parent: nothing to tidy, and the claim itself will say what is wrong
        }
        return out;
    }

    /** Deletes a folder and what is in it, never following a link out of it; best effort. */
    public static void deleteRecursively(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException | RuntimeException ignored) {
            // what is left is a hidden .partial folder, removed by the next run into this parent
        }
    }

    /** The operating system's words for a failure (e.g. "No space left on device"), without the path. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "it already exists";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return plain(f.getReason());
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : plain(e.getMessage());
    }

    /** A library's message down to the system's words: "org.xml.sax.SAXException: java.io.IOException: No space left on device" → the last part. */
    private static String plain(String message) {
        String last = message.strip();
        last = last.substring(last.lastIndexOf('\n') + 1);
        int cut = last.lastIndexOf("Exception: ");
        return cut < 0 ? last : last.substring(cut + "Exception: ".length());
    }
}
