package io.salesim.scenarios;

import io.salesim.scenarios.schema.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a scenario file from disk as data: a regular file (not a folder, pipe or device) of at
 * most {@link #MAX_BYTES}, UTF-8 text. The size is checked before anything is parsed, so a
 * huge file is refused at once instead of filling the memory.
 */
public final class ScenarioFile {
    /** The largest scenario (or {@code extends:} target) read: the bundled ones are about 10 kB. */
    public static final int MAX_BYTES = 1_000_000;
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private ScenarioFile() {
    }

    /** The file's text under {@code name}, or the problem with the file as a whole. */
    public static ScenarioSource read(String name, Path path) throws ScenarioException {
        if (!Files.isRegularFile(path)) {
            throw problem(name, Files.isDirectory(path) ? "a folder, not a file"
                    : Files.exists(path) ? "a special file (a pipe, device or socket), not a regular file" : "no such file");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(path)) {
            // read one byte past the limit: a size the file system reports (0 for /proc files) is not trusted
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw problem(name, "a file that cannot be read (" + e.getMessage() + ")");
        }
        if (bytes.length > MAX_BYTES) {
            throw new ScenarioException(new Problem(name, 0, "(file)", "a file of " + size(path) + " bytes",
                    "a scenario file of at most " + String.format(Locale.ROOT, "%,d", MAX_BYTES) + " bytes (1 MB)"));
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            // a UTF-8 byte order mark says nothing; editors on Windows write one
            return new ScenarioSource(name, text.isEmpty() || text.charAt(0) != BYTE_ORDER_MARK ? text : text.substring(1));
        } catch (CharacterCodingException e) {
            throw new ScenarioException(new Problem(name, 0, "(file)", "bytes that are not UTF-8 text", "a UTF-8 encoded YAML file"));
        }
    }

    private static ScenarioException problem(String name, String found) {
        return new ScenarioException(new Problem(name, 0, "(file)", found, "a readable YAML file"));
    }

    private static String size(Path path) {
        try {
            return String.format(Locale.ROOT, "%,d", Files.size(path));
        } catch (IOException e) {
            return "more than " + String.format(Locale.ROOT, "%,d", MAX_BYTES);
        }
    }
}
