package io.salesim.reports.tables;

import java.io.IOException;
import java.nio.ByteBuffer;
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
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
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
 * folder. Two runs claiming one target at the same time are told apart by a hidden
 * {@code .<name>.claim} file beside it: whoever holds its lock, with their own token still in
 * it, owns the name until they publish or discard; everyone else is refused at once.
 */
public final class RunFolder implements AutoCloseable {
    static final String PARTIAL = ".partial-";
    private static final String OWNER = ".owner";
    private static final Pattern WORKSPACE_NAME = Pattern.compile("\\..+\\.partial-[0-9]+(-[0-9]+)*");
    private static final String CLAIM = ".claim";
    private static final Pattern CLAIM_NAME = Pattern.compile("\\..+\\.claim");
    private static final AtomicLong TOKENS = new AtomicLong();
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

    /** The lock on a target's name: the claim file, its channel and lock. */
    private record NameClaim(Path file, FileChannel channel, FileLock lock) {
        void release(boolean delete) {
            try {
                if (delete) {
                    // deleted while still locked; a run that opened it just before finds its token gone and tries again
                    Files.deleteIfExists(file);
                }
                if (lock.isValid()) {
                    lock.release();
                }
                channel.close();
            } catch (IOException ignored) {
                // the lock goes with the channel, and the channel with the process
            }
        }
    }

    private final Path target;
    private final Path workspace;
    private final FileChannel owner;
    private final FileLock lock;
    private final NameClaim name;
    private boolean done;

    private RunFolder(Path target, Path workspace, FileChannel owner, FileLock lock, NameClaim name) {
        this.target = target;
        this.workspace = workspace;
        this.owner = owner;
        this.lock = lock;
        this.name = name;
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
        NameClaim name = claimName(parent, absolute);
        try {
            requireFree(absolute); // published by a run that held the name until a moment ago
            return newWorkspace(absolute, parent, name);
        } catch (Refused e) {
            name.release(true);
            throw e;
        }
    }

    /**
     * The target's name for this run, or refused as taken: created or taken over (from a killed
     * run) with its lock, and owned only while this run's token is what the path holds.
     */
    private static NameClaim claimName(Path parent, Path target) throws Refused {
        Path file = parent.resolve("." + target.getFileName() + CLAIM);
        byte[] token = (ProcessHandle.current().pid() + "-" + System.nanoTime() + "-" + TOKENS.incrementAndGet() + "\n")
                .getBytes(StandardCharsets.UTF_8);
        for (int attempt = 0; attempt < 100; attempt++) {
            FileChannel channel;
            try {
                channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                try {
                    channel = FileChannel.open(file, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
                } catch (NoSuchFileException gone) {
                    continue;
                } catch (IOException other) {
                    throw new Refused("which cannot be created (" + reason(other) + ")", false);
                }
            } catch (IOException e) {
                throw new Refused("which cannot be created (" + reason(e) + ")", false);
            }
            try {
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    channel.close();
                    throw taken();
                }
                channel.truncate(0);
                channel.write(ByteBuffer.wrap(token));
                if (holds(file, token)) {
                    return new NameClaim(file, channel, lock);
                }
                lock.release(); // a file deleted under us: try the one at the path now
                channel.close();
            } catch (OverlappingFileLockException e) {
                closeQuietly(channel);
                throw taken();
            } catch (IOException e) {
                closeQuietly(channel);
                throw new Refused("which cannot be created (" + reason(e) + ")", false);
            }
        }
        throw taken();
    }

    private static Refused taken() {
        return new Refused("which another salesim run is writing", true);
    }

    private static boolean holds(Path file, byte[] token) {
        try {
            return Arrays.equals(Files.readAllBytes(file), token);
        } catch (IOException e) {
            return false;
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing more to release
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
                // not moved, or a writer made the folder again before the placeholder: both go below
            }
            deleteRecursively(removed);
            // the placeholder file, or a folder a writer made again in its place; the writers are
            // still running, so look again once: a folder made after that, the next run removes
            for (int attempt = 0; attempt < 2 && Files.exists(workspace, LinkOption.NOFOLLOW_LINKS); attempt++) {
                deleteRecursively(workspace);
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
        name.release(true);
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

    private static RunFolder newWorkspace(Path target, Path parent, NameClaim name) throws Refused {
        Path workspace = null;
        try {
            workspace = Files.createTempDirectory(parent, "." + target.getFileName() + PARTIAL + Instant.now().toEpochMilli() + "-");
            FileChannel owner = FileChannel.open(workspace.resolve(OWNER), StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            FileLock lock = owner.lock();
            owner.write(StandardCharsets.UTF_8.encode(ownerText()));
            return new RunFolder(target, workspace, owner, lock, name);
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

    /** Removes the workspaces of runs that were killed (their owner lock is free, or they have none and are old). */
    private static void removeLeftovers(Path parent) {
        for (Path claim : claims(parent)) {
            try (FileChannel channel = FileChannel.open(claim, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
                 FileLock lock = channel.tryLock()) {
                if (lock != null) {
                    Files.deleteIfExists(claim); // a killed run's: whoever opened it meanwhile finds their token gone
                }
            } catch (OverlappingFileLockException | IOException e) {
                // held in this process, or cannot be told: a live run's, leave it
            }
        }
        for (Path workspace : workspaces(parent)) {
            if (nameHeld(parent, workspace)) {
                // its run holds the name from before the workspace exists until it is published, so
                // a workspace whose owner file is not yet locked is never taken for a leftover
                continue;
            }
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

    /** Whether a live run holds the name of this workspace's target (or it cannot be told). */
    private static boolean nameHeld(Path parent, Path workspace) {
        String folder = workspace.getFileName().toString();
        Path claim = parent.resolve(folder.substring(0, folder.lastIndexOf(PARTIAL)) + CLAIM);
        if (!Files.exists(claim, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(claim, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
             FileLock lock = channel.tryLock()) {
            return lock == null;
        } catch (OverlappingFileLockException | IOException e) {
            return true; // held in this process, or cannot be told
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

    /** Hidden {@code .<name>.claim} files (not links) in a folder. */
    private static List<Path> claims(Path parent) {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent, ".*" + CLAIM)) {
            for (Path entry : entries) {
                if (CLAIM_NAME.matcher(entry.getFileName().toString()).matches()
                        && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                    out.add(entry);
                }
            }
        } catch (IOException e) {
            // an unreadable parent: nothing to tidy
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
