package io.salesim.calibration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.salesim.scenarios.ScenarioException;
import io.salesim.scenarios.schema.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where a CRM export keeps what salesim needs: the opportunities file, the column of each
 * field, the date pattern and the stages by meaning; optionally a file of agents and their
 * teams. Read from a small YAML file (docs/calibration.md); {@link #crmSample()} is the default.
 */
public record ColumnMapping(String source, String opportunitiesFile, Map<String, String> columns, String datePattern,
                            Map<String, Stage> stages, String teamsFile, String teamsAgentColumn, String teamsTeamColumn) {
    /** The fields of an opportunity, in the order the mapping lists them. */
    public static final List<String> FIELDS = List.of("id", "agent", "product", "stage", "engage_date", "close_date", "close_value");
    static final String DEFAULT = "crm-sample-mapping.yaml";
    /** How the bundled mapping is named as a source (in fit.json and in problems found). */
    public static final String BUNDLED_SOURCE = "bundled:" + DEFAULT;

    public ColumnMapping {
        columns = Map.copyOf(columns);
        stages = Map.copyOf(stages);
    }

    /** The mapping of the public CRM Sales Opportunities sample. */
    public static ColumnMapping crmSample() {
        try {
            return parse(BUNDLED_SOURCE, crmSampleText());
        } catch (ScenarioException e) {
            throw new IllegalStateException("the bundled mapping is refused: " + e.getMessage(), e);
        }
    }

    /** The text of the default mapping, to copy for another CRM. */
    public static String crmSampleText() {
        try (InputStream in = ColumnMapping.class.getResourceAsStream(DEFAULT)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ColumnMapping read(Path file) throws ScenarioException {
        return parse(file.toString(), text(file));
    }

    /** The text of a mapping file, read once so that the mapping used and the copy kept are the same. */
    public static String text(Path file) throws ScenarioException {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new ScenarioException(new Problem(file.toString(), 0, "mapping", "a file that cannot be read (" + e + ")",
                    "a readable YAML column mapping (docs/calibration.md)"));
        }
    }

    /** The mapping a YAML text gives; {@code source} names it in any problem found (file, line, key). */
    public static ColumnMapping parse(String source, String text) throws ScenarioException {
        JsonNode root;
        try {
            root = new YAMLMapper().readTree(text);
        } catch (IOException e) {
            throw new ScenarioException(new Problem(source, 0, "mapping", "text that is not YAML (" + e.getMessage().lines().findFirst().orElse("") + ")",
                    "a YAML column mapping (docs/calibration.md)"));
        }
        List<Problem> problems = new ArrayList<>();
        JsonNode opportunities = root == null ? null : root.get("opportunities");
        String file = text(source, opportunities, "file", "opportunities.file", problems);
        Map<String, String> columns = new LinkedHashMap<>();
        JsonNode columnNode = opportunities == null ? null : opportunities.get("columns");
        for (String field : FIELDS) {
            String column = text(source, columnNode, field, "opportunities.columns." + field, problems);
            if (column != null) {
                columns.put(field, column);
            }
        }
        String pattern = text(source, opportunities, "date_format", "opportunities.date_format", problems);
        if (pattern != null) {
            try {
                DateTimeFormatter.ofPattern(pattern, Locale.ROOT);
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(source, 0, "opportunities.date_format", "\"" + pattern + "\"",
                        "a java.time date pattern such as M/d/yyyy or yyyy-MM-dd"));
            }
        }
        Map<String, Stage> stages = new LinkedHashMap<>();
        JsonNode stageNode = opportunities == null ? null : opportunities.get("stages");
        for (Stage stage : Stage.values()) {
            JsonNode names = stageNode == null ? null : stageNode.get(stage.key());
            if (names == null || names.isNull()) {
                if (stage != Stage.NOT_ENGAGED) { // an export may hold engaged deals only
                    problems.add(new Problem(source, 0, "opportunities.stages." + stage.key(), "nothing",
                            "a list of the stage names meaning " + stage.key()));
                }
                continue;
            }
            for (JsonNode name : names.isArray() ? names : List.of(names)) {
                if (stages.put(name.asText(), stage) != null) {
                    problems.add(new Problem(source, 0, "opportunities.stages." + stage.key(), "\"" + name.asText()
                            + "\" under two meanings", "each stage name under one meaning"));
                }
            }
        }
        JsonNode teams = root == null ? null : root.get("teams");
        String teamsFile = null;
        String agentColumn = null;
        String teamColumn = null;
        if (teams != null && !teams.isNull()) {
            teamsFile = text(source, teams, "file", "teams.file", problems);
            agentColumn = text(source, teams.get("columns"), "agent", "teams.columns.agent", problems);
            teamColumn = text(source, teams.get("columns"), "team", "teams.columns.team", problems);
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return new ColumnMapping(source, file, columns, pattern, stages, teamsFile, agentColumn, teamColumn);
    }

    private static String text(String source, JsonNode parent, String key, String path, List<Problem> problems) {
        JsonNode node = parent == null ? null : parent.get(key);
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            problems.add(new Problem(source, 0, path, node == null ? "nothing" : node.toString(), "a name (text)"));
            return null;
        }
        return node.asText();
    }
}
