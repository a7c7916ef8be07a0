package io.salesim.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Hidden randomness and global state silently break common random numbers and parallel
 * replications, so sim-core must have none: no unseeded generators or clock reads (except in
 * a package named {@code benchmark}, where timing is the point) and no non-final static fields.
 */
class GuardTest {
    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final Path CLASSES = Path.of("target", "classes");
    private static final List<String> FORBIDDEN = List.of("new Random(", "Math.random(", "currentTimeMillis", "nanoTime()");

    private static boolean inBenchmarkPackage(Path file) {
        for (Path part : file) {
            if (part.toString().equals("benchmark")) {
                return true;
            }
        }
        return false;
    }

    @Test
    void noUnseededRandomnessOrClockReads() throws IOException {
        assertTrue(Files.isDirectory(SOURCES), "run from the sim-core module directory; missing " + SOURCES.toAbsolutePath());
        List<String> offences = new ArrayList<>();
        int scanned = 0;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                scanned++;
                if (inBenchmarkPackage(SOURCES.relativize(file))) {
                    continue;
                }
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    for (String forbidden : FORBIDDEN) {
                        if (lines.get(i).contains(forbidden)) {
                            offences.add(file + ":" + (i + 1) + ": " + forbidden);
                        }
                    }
                }
            }
        }
        assertTrue(scanned > 20, "expected to scan the engine sources, scanned " + scanned);
        assertTrue(offences.isEmpty(), "hidden randomness or clock reads:\n" + String.join("\n", offences));
    }

    @Test
    void noMutableStaticFields() throws IOException, ClassNotFoundException {
        assertTrue(Files.isDirectory(CLASSES), "compiled classes not found at " + CLASSES.toAbsolutePath());
        List<String> offences = new ArrayList<>();
        int classes = 0;
        try (Stream<Path> files = Files.walk(CLASSES)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                Path relative = CLASSES.relativize(file);
                if (inBenchmarkPackage(relative) || relative.getFileName().toString().equals("module-info.class")) {
                    continue;
                }
                String name = relative.toString().replace(file.getFileSystem().getSeparator(), ".").replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, getClass().getClassLoader());
                classes++;
                for (Field field : type.getDeclaredFields()) {
                    int modifiers = field.getModifiers();
                    if (Modifier.isStatic(modifiers) && !Modifier.isFinal(modifiers) && !field.isSynthetic()) {
                        offences.add(type.getName() + "." + field.getName());
                    }
                }
            }
        }
        assertTrue(classes > 20, "expected to load the engine classes, loaded " + classes);
        assertTrue(offences.isEmpty(), "non-final static fields:\n" + String.join("\n", offences));
    }
}
