package io.salesim.reports.tables;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.salesim.core.engine.ExperimentResult;
import io.salesim.scenarios.Scenario;
import io.salesim.scenarios.ScenarioKinds;
import io.salesim.scenarios.ScenarioLoader;
import io.salesim.scenarios.Version;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.NumberColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;
import tech.tablesaw.io.csv.CsvWriteOptions;
import tech.tablesaw.io.csv.CsvWriter;

/**
 * Writes a run folder: summary.csv, replications.csv, weekly.csv, bottlenecks.csv (when the
 * model has bottleneck indicators), run.json, scenario.yaml, scenario.resolved.yaml and
 * roles.csv (sales organisations). Everything is written into a hidden sibling folder first
 * and then renamed ({@link RunFolder}), so the run folder either appears complete or not at
 * all. A failed write names its file and the system's reason.
 */
public final class ResultFiles {
    public static final String SUMMARY = "summary.csv";
    public static final String REPLICATIONS = "replications.csv";
    public static final String WEEKLY = "weekly.csv";
    public static final String BOTTLENECKS = "bottlenecks.csv";
    public static final String RUN = "run.json";
    public static final String SCENARIO = "scenario.yaml";
    public static final String RESOLVED_SCENARIO = "scenario.resolved.yaml";
    public static final String ROLES = "roles.csv";
    public static final String ASSUMPTIONS = "assumptions.csv";

    private ResultFiles() {
    }

    /**
     * @param runFolder must not exist yet, or be an empty folder
     * @return the run folder, now complete
     */
    public static Path write(Path runFolder, Scenario scenario, ExperimentResult result, RunInfo info) throws IOException {
        return writeAtomically(runFolder, temp -> writeInto(temp, scenario, result, info));
    }

    /** The files of one run, written into an existing folder (e.g. one plan's folder inside a comparison). */
    public static void writeInto(Path folder, Scenario scenario, ExperimentResult result, RunInfo info) throws IOException {
        Files.createDirectories(folder);
        String name = scenario.name();
        writeCsv(ResultTables.summary(name, result, scenario.headlineMetrics(result.meanings())), folder.resolve(SUMMARY));
        writeCsv(ResultTables.replications(name, result), folder.resolve(REPLICATIONS));
        writeCsv(ResultTables.weekly(name, result), folder.resolve(WEEKLY));
        if (ResultTables.hasBottlenecks(result)) {
            writeCsv(ResultTables.bottlenecks(name, result), folder.resolve(BOTTLENECKS));
        }
        writeRunJson(folder.resolve(RUN), scenario, result, info);
        writeScenario(folder, scenario);
    }

    /**
     * scenario.yaml (the text that was run), scenario.resolved.yaml (everything spelled out) and,
     * for a scenario with roles, roles.csv (the role table as run, for reports), and for one that
     * marks assumptions, assumptions.csv (each assumed value as run, its unit and reason).
     */
    public static void writeScenario(Path folder, Scenario scenario) throws IOException {
        writeText(folder.resolve(SCENARIO), scenario.source().text());
        if (!scenario.roleTable().isEmpty()) {
            writeCsv(ResultTables.roles(scenario.roleTable()), folder.resolve(ROLES));
        }
        if (!scenario.assumptions().isEmpty()) {
            writeCsv(ResultTables.assumptions(scenario.assumptions()), folder.resolve(ASSUMPTIONS));
        }
        if (ScenarioKinds.find(scenario.kind()).isEmpty()) {
            return; // a scenario built in code, not read from a file kind: nothing to resolve
        }
        writeText(folder.resolve(RESOLVED_SCENARIO), "# " + scenario.name() + " as run: defaults filled in, "
                + "extends: and --set applied.\n# 'salesim run' on this file with the same seed reproduces the results.\n"
                + ScenarioLoader.resolvedYaml(scenario));
    }

    /** What fills a folder's content; given a new hidden folder to write into. */
    @FunctionalInterface
    public interface FolderContent {
        void writeInto(Path folder) throws IOException;
    }

    /**
     * Writes into a hidden sibling folder, then renames it to {@code target}: the folder
     * appears complete or not at all (see {@link RunFolder}).
     *
     * @param target must not exist yet, or be an empty folder
     * @return the folder, now complete
     */
    public static Path writeAtomically(Path target, FolderContent content) throws IOException {
        RunFolder folder;
        try {
            folder = RunFolder.claim(target);
        } catch (RunFolder.Refused e) {
            throw new IOException(target + ": " + e.getMessage(), e);
        }
        try (folder) {
            content.writeInto(folder.workspace());
            return folder.publish();
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
        } catch (IOException | RuntimeException e) {
            // univocity reports a write that failed as "No writer provided"; the cause says why
            throw cannotWrite(file, e);
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
        run.put("runner", info.runner());
        run.put("wall_seconds", Math.round(info.wallSeconds() * 1000) / 1000.0);
        run.put("events_executed", result.eventsExecuted());
        run.put("complete", result.complete());
        run.put("key_parameters", scenario.keyParameters());
        if (!info.command().isEmpty()) {
            run.put("command", info.command());
        }
        if (!info.precision().isEmpty()) {
            run.put("precision", info.precision());
        }
        run.put("warnings", info.warningsJson());
        writeJson(file, run);
    }

    /** The JSON files at the top of a folder that say how it was made, one per command. */
    private static final List<String> MADE_BY = List.of(RUN, "compare.json", "sweep.json", "size.json", "constraint.json");

    /**
     * Adds where the time went to the folder's run.json (or compare.json, sweep.json, ...):
     * {@code "seconds": {"simulate": s, "report": r}} — simulate covers the replications and the
     * CSV and JSON files, report the charts, the HTML and the wrap-up files — and sets
     * {@code wall_seconds} to the whole command up to now.
     */
    public static void addTimings(Path folder, double simulateSeconds, double reportSeconds, double wallSeconds) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        for (String name : MADE_BY) {
            Path file = folder.resolve(name);
            if (!Files.isRegularFile(file)) {
                continue;
            }
            com.fasterxml.jackson.databind.node.ObjectNode json;
            try {
                json = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(file.toFile());
            } catch (IOException | RuntimeException e) {
                throw cannotWrite(file, e);
            }
            json.put("wall_seconds", Math.round(wallSeconds * 1000) / 1000.0);
            com.fasterxml.jackson.databind.node.ObjectNode seconds = json.putObject("seconds");
            seconds.put("simulate", Math.round(simulateSeconds * 1000) / 1000.0);
            seconds.put("report", Math.round(reportSeconds * 1000) / 1000.0);
            try {
                mapper.writeValue(file.toFile(), json);
            } catch (IOException | RuntimeException e) {
                throw cannotWrite(file, e);
            }
        }
    }

    /** Writes a JSON object, indented. */
    static void writeJson(Path file, Map<String, Object> json) throws IOException {
        try {
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), json);
        } catch (IOException | RuntimeException e) {
            throw cannotWrite(file, e);
        }
    }

    /** Writes UTF-8 text, naming the file if that fails. */
    public static void writeText(Path file, String text) throws IOException {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw cannotWrite(file, e);
        }
    }

    /**
     * A failure to write {@code file} as a {@link FileSystemException} that names it and says why
     * in the system's words ("No space left on device"), whichever library hit it.
     */
    public static FileSystemException cannotWrite(Path file, Throwable failure) {
        if (failure instanceof FileSystemException named && named.getFile() != null && named.getReason() != null) {
            return named;
        }
        IOException innermost = null;
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < 20; depth++, cause = cause.getCause()) {
            if (cause instanceof IOException io) {
                innermost = io;
            }
        }
        String reason = innermost != null ? RunFolder.reason(innermost)
                : failure.getMessage() != null ? failure.getMessage() : failure.getClass().getSimpleName();
        FileSystemException e = new FileSystemException(file.toString(), null, reason);
        e.initCause(failure);
        return e;
    }
}
