package io.salesim.reports.tables;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.salesim.core.engine.ExperimentResult;
import io.salesim.scenarios.Scenario;
import io.salesim.scenarios.Version;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.api.NumberColumn;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;
import tech.tablesaw.io.csv.CsvWriteOptions;
import tech.tablesaw.io.csv.CsvWriter;

/**
 * Writes a run folder: summary.csv, replications.csv, weekly.csv, bottlenecks.csv (when the
 * model has bottleneck indicators), run.json and scenario.yaml. Everything is written into a
 * hidden sibling folder first and then renamed, so the run folder either appears complete
 * or not at all.
 */
public final class ResultFiles {
    public static final String SUMMARY = "summary.csv";
    public static final String REPLICATIONS = "replications.csv";
    public static final String WEEKLY = "weekly.csv";
    public static final String BOTTLENECKS = "bottlenecks.csv";
    public static final String RUN = "run.json";
    public static final String SCENARIO = "scenario.yaml";

    private ResultFiles() {
    }

    /**
     * @param runFolder must not exist yet, or be an empty folder
     * @return the run folder, now complete
     */
    public static Path write(Path runFolder, Scenario scenario, ExperimentResult result, RunInfo info) throws IOException {
        Path target = runFolder.toAbsolutePath().normalize();
        requireFree(target);
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempDirectory(parent, "." + target.getFileName() + ".partial-");
        try {
            String name = scenario.name();
            writeCsv(ResultTables.summary(name, result), temp.resolve(SUMMARY));
            writeCsv(ResultTables.replications(name, result), temp.resolve(REPLICATIONS));
            writeCsv(ResultTables.weekly(name, result), temp.resolve(WEEKLY));
            if (ResultTables.hasBottlenecks(result)) {
                writeCsv(ResultTables.bottlenecks(name, result), temp.resolve(BOTTLENECKS));
            }
            writeRunJson(temp.resolve(RUN), scenario, result, info);
            Files.writeString(temp.resolve(SCENARIO), scenario.source().text(), StandardCharsets.UTF_8);
            Files.deleteIfExists(target); // an empty folder the user created for us
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException | RuntimeException e) {
            deleteRecursively(temp);
            throw e;
        }
    }

    /** Fails unless the folder is absent or empty: a run never overwrites earlier results. */
    public static void requireFree(Path runFolder) throws IOException {
        if (!Files.exists(runFolder)) {
            return;
        }
        if (!Files.isDirectory(runFolder)) {
            throw new IOException(runFolder + " exists and is not a folder");
        }
        try (Stream<Path> entries = Files.list(runFolder)) {
            if (entries.findAny().isPresent()) {
                throw new DirectoryNotEmptyException(runFolder + " (a run folder must be new or empty)");
            }
        }
    }

    /** Writes a table as CSV with '\n' line ends, UTF-8 and {@link PlainNumbers} for every number. */
    public static void writeCsv(Table table, Path file) throws IOException {
        for (Column<?> column : table.columns()) {
            if (column instanceof NumberColumn<?, ?> numbers) {
                numbers.setPrintFormatter(new NumberColumnFormatter(new PlainNumbers(), ""));
            }
        }
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            CsvWriteOptions options = CsvWriteOptions.builder(writer)
                    .header(true)
                    .separator(',')
                    .lineEnd("\n")
                    .usePrintFormatters(true)
                    .build();
            new CsvWriter().write(table, options);
        }
    }

    private static void writeRunJson(Path file, Scenario scenario, ExperimentResult result, RunInfo info) throws IOException {
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("version", Version.current());
        run.put("scenario", scenario.name());
        run.put("kind", scenario.kind());
        run.put("scenario_source", scenario.source().name());
        run.put("seed", info.seed());
        run.put("replications", result.replications().size());
        run.put("replications_requested", info.replicationsRequested());
        run.put("threads", info.threads());
        run.put("wall_seconds", Math.round(info.wallSeconds() * 1000) / 1000.0);
        run.put("events_executed", result.eventsExecuted());
        run.put("complete", result.complete());
        run.put("key_parameters", scenario.keyParameters());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), run);
    }

    private static void deleteRecursively(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // best effort: a leftover hidden .partial folder is harmless and clearly named
        }
    }
}
