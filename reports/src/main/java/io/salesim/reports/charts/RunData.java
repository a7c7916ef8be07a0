package io.salesim.reports.charts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Set;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The result files of a run, comparison or sweep folder, the CSV files as Tablesaw tables. Every file is
 * optional: a chart or a report section is produced only when its data is present.
 */
public final class RunData {
    /** Columns read as numbers; every other column is read as text so types never depend on the data. */
    static final Set<String> NUMERIC = Set.of("mean", "stdev", "ci95_low", "ci95_high", "replications",
            "replication", "value", "week", "probability", "mean_diff", "prob_better", "headcount", "salary_per_year",
            "max_utilization", "extra_hours", "throughput_gain", "bottleneck_probability", "prob_better_by_margin", "margin",
            "diff_vs_first", "diff_ci95_low", "diff_ci95_high");

    private final Path folder;
    private final String folderName;
    private final Map<String, Table> tables = new LinkedHashMap<>();
    private final JsonNode runInfo;
    private final JsonNode experimentInfo;
    private final JsonNode selection;
    private final JsonNode scenario;
    private final JsonNode resolved;
    private final Map<String, WeeklySeries> weekly = new LinkedHashMap<>();
    private final Map<Path, Optional<RunData>> inside = new LinkedHashMap<>();

    private RunData(Path folder, String folderName) {
        this.folder = folder;
        this.folderName = folderName;
        // weekly.csv is most of a run's bytes: it is read and indexed on another core while the others are read here
        Path weeklyCsv = folder.resolve("weekly.csv");
        CompletableFuture<Table> weeklyTable = Files.isRegularFile(weeklyCsv)
                ? CompletableFuture.supplyAsync(() -> readCsv(weeklyCsv)) : null;
        CompletableFuture<Map<String, WeeklySeries>> weeklyIndex = weeklyTable == null ? null : weeklyTable.thenApply(RunData::indexWeekly);
        for (String name : List.of("summary", "replications", "bottlenecks", "comparison", "sweep", "roles", "constraint",
                "assumptions", "robustness")) {
            Path csv = folder.resolve(name + ".csv");
            if (Files.isRegularFile(csv)) {
                tables.put(name, readCsv(csv));
            }
        }
        this.runInfo = readTree(folder.resolve("run.json"), new ObjectMapper());
        // a comparison's or a sweep's own record (compare.json, sweep.json): what they lead with
        JsonNode compare = readTree(folder.resolve("compare.json"), new ObjectMapper());
        this.experimentInfo = compare.isMissingNode() ? readTree(folder.resolve("sweep.json"), new ObjectMapper()) : compare;
        this.selection = readTree(folder.resolve("selection.json"), new ObjectMapper());
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        this.scenario = readTree(folder.resolve("scenario.yaml"), yaml);
        // the resolved file spells out inherited values and defaults (targets, constraint) that an extends: file leaves out
        Path resolvedFile = folder.resolve("scenario.resolved.yaml");
        this.resolved = Files.isRegularFile(resolvedFile) ? readTree(resolvedFile, yaml) : scenario;
        if (weeklyIndex != null) {
            weekly.putAll(ChartOptions.joined(weeklyIndex));
            tables.put("weekly", ChartOptions.joined(weeklyTable));
        }
    }

    public static RunData read(Path folder) {
        return read(folder, String.valueOf(folder.toAbsolutePath().normalize().getFileName()));
    }

    /**
     * @param folderName the folder's name as the user sees it: a folder being built in a hidden
     *                   workspace gets its final name only when it is complete
     */
    public static RunData read(Path folder, String folderName) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("not a run folder: " + folder);
        }
        return new RunData(folder, folderName);
    }

    public Path folder() {
        return folder;
    }

    /** The folder's name (what {@code salesim report} is given), e.g. {@code mmc-20261123-133737}. */
    public String folderName() {
        return folderName;
    }

    /** summary, replications, weekly, bottlenecks, comparison, sweep, roles, constraint, assumptions or robustness, when the folder has that CSV. */
    public Optional<Table> table(String name) {
        return Optional.ofNullable(tables.get(name));
    }

    /**
     * The run folder at {@code relative} inside this one (e.g. plans/&lt;plan&gt;), read once; empty when there is
     * none. Synchronized: the report reads it from the charts' thread and the page's at once.
     */
    public synchronized Optional<RunData> inside(Path relative) {
        return inside.computeIfAbsent(relative, r -> Files.isDirectory(folder.resolve(r))
                ? Optional.of(RunData.read(folder.resolve(r))) : Optional.empty());
    }

    /** compare.json or sweep.json (missing node when neither is there). */
    public JsonNode experimentInfo() {
        return experimentInfo;
    }

    /** run.json (missing node when absent). */
    public JsonNode runInfo() {
        return runInfo;
    }

    /** selection.json of {@code compare --select} (missing node when absent). */
    public JsonNode selection() {
        return selection;
    }

    /** scenario.resolved.yaml as a tree: every value as run (scenario.yaml's tree when there is none). */
    public JsonNode resolvedScenario() {
        return resolved;
    }

    /** The warm-up, in simulation weeks: weekly series start with it, plan week 1 is the week after. */
    public int warmupWeeks() {
        return resolved.path("warmup_weeks").asInt(resolved.path("horizon").path("warmup_weeks").asInt(0));
    }

    /** scenario.yaml as a tree (missing node when absent). */
    public JsonNode scenario() {
        return scenario;
    }

    public String scenarioName() {
        String fromRun = runInfo.path("scenario").asText("");
        if (!fromRun.isEmpty()) {
            return fromRun;
        }
        String fromYaml = scenario.path("name").asText("");
        if (!fromYaml.isEmpty()) {
            return fromYaml;
        }
        // a comparison is named for its plans, never for the folder it was written to
        List<String> plans = new ArrayList<>();
        experimentInfo.path("plans").forEach(plan -> plans.add(plan.path("name").asText("")));
        plans.removeIf(String::isEmpty);
        if (!plans.isEmpty()) {
            return String.join(" vs ", plans);
        }
        String base = experimentInfo.path("scenario").asText("");
        return base.isEmpty() ? folderName : "sweep of " + base;
    }

    /** Weekly series of a resource's metric, e.g. ("customer_service", "utilization"). */
    public Optional<WeeklySeries> weekly(String resource, String metric) {
        return Optional.ofNullable(weekly.get(resource + "\u0000" + metric));
    }

    /** Resources with a weekly series of this metric that has at least one value (a role nobody staffs has none). */
    public List<String> resourcesWith(String metric) {
        List<String> out = new ArrayList<>();
        for (WeeklySeries series : weekly.values()) {
            if (series.metric().equals(metric) && Arrays.stream(series.mean()).anyMatch(Double::isFinite)) {
                out.add(series.resource());
            }
        }
        return out;
    }

    /** A row of summary.csv by full metric name (the first, when several scenarios share the file). */
    public Optional<MetricSummary> summary(String metric) {
        return summary(null, metric);
    }

    /** A row of summary.csv for one scenario ({@code null}: any scenario). */
    public Optional<MetricSummary> summary(String scenario, String metric) {
        Optional<Table> summary = table("summary");
        if (summary.isEmpty()) {
            return Optional.empty();
        }
        Table t = summary.get();
        StringColumn scenarios = t.stringColumn("scenario");
        StringColumn metrics = t.stringColumn("metric");
        for (int row = 0; row < t.rowCount(); row++) {
            boolean scenarioMatches = scenario == null || scenarios.get(row).equals(scenario);
            if (scenarioMatches && metrics.get(row).equals(metric)) {
                return Optional.of(new MetricSummary(metric, t.getString(row, "unit"), number(t, row, "mean"),
                        number(t, row, "stdev"), number(t, row, "ci95_low"), number(t, row, "ci95_high"),
                        (long) number(t, row, "replications")));
            }
        }
        return Optional.empty();
    }

    /** Per-replication values of a metric from replications.csv, in file order. */
    public double[] replicationValues(String metric) {
        return table("replications").map(t -> {
            List<Double> values = new ArrayList<>();
            StringColumn metrics = t.stringColumn("metric");
            for (int row = 0; row < t.rowCount(); row++) {
                if (metrics.get(row).equals(metric)) {
                    values.add(number(t, row, "value"));
                }
            }
            return values.stream().mapToDouble(Double::doubleValue).toArray();
        }).orElse(new double[0]);
    }

    /** Role → per-week probability of being the bottleneck (index 0 = week 1), roles in legend order; empty without bottlenecks.csv. */
    public Map<String, double[]> bottleneckProbabilities() {
        Map<String, double[]> out = new LinkedHashMap<>();
        Optional<Table> table = table("bottlenecks");
        if (table.isEmpty()) {
            return out;
        }
        Table t = table.get();
        int weeks = 0;
        Set<String> found = new LinkedHashSet<>();
        for (int row = 0; row < t.rowCount(); row++) {
            weeks = Math.max(weeks, (int) number(t, row, "week"));
            found.add(t.getString(row, "resource"));
        }
        for (String role : RoleTable.of(this).ordered(found)) {
            out.put(role, new double[weeks]);
        }
        for (int row = 0; row < t.rowCount(); row++) {
            double p = number(t, row, "probability");
            out.get(t.getString(row, "resource"))[(int) number(t, row, "week") - 1] = Double.isNaN(p) ? 0 : p;
        }
        return out;
    }

    /** A number cell; missing cells read as NaN. */
    public static double number(Table table, int row, String column) {
        var col = table.numberColumn(column);
        return col.isMissing(row) ? Double.NaN : col.getDouble(row);
    }

    /** A number column as an array (missing cells NaN), so that a loop over the rows does not look the column up by name in every cell. */
    private static double[] numbers(Table table, String column) {
        var col = table.numberColumn(column);
        double[] out = new double[table.rowCount()];
        for (int row = 0; row < out.length; row++) {
            out[row] = col.isMissing(row) ? Double.NaN : col.getDouble(row);
        }
        return out;
    }

    /**
     * The weekly series of weekly.csv by resource and metric, in the order each first appears, each
     * series' rows in week order (rows of equal week in file order). The file lists a series' rows
     * together and in week order, so a row is compared with the one before it rather than looked
     * up, and a series is sorted only when it is not in order already.
     */
    private static Map<String, WeeklySeries> indexWeekly(Table t) {
        StringColumn resources = t.stringColumn("resource");
        StringColumn metrics = t.stringColumn("metric");
        double[] allWeeks = numbers(t, "week");
        double[] allMeans = numbers(t, "mean");
        double[] allLows = numbers(t, "ci95_low");
        double[] allHighs = numbers(t, "ci95_high");
        Map<String, Rows> rows = new LinkedHashMap<>();
        Rows current = null;
        String resource = null;
        String metric = null;
        for (int row = 0; row < t.rowCount(); row++) {
            String r = resources.get(row);
            String m = metrics.get(row);
            if (current == null || !r.equals(resource) || !m.equals(metric)) {
                resource = r;
                metric = m;
                current = rows.computeIfAbsent(r + "\u0000" + m, k -> new Rows());
            }
            current.add(row);
        }
        Map<String, WeeklySeries> out = new LinkedHashMap<>();
        for (Map.Entry<String, Rows> entry : rows.entrySet()) {
            int[] ids = entry.getValue().inWeekOrder(allWeeks);
            int n = ids.length;
            double[] weeks = new double[n];
            double[] mean = new double[n];
            double[] low = new double[n];
            double[] high = new double[n];
            for (int i = 0; i < n; i++) {
                int row = ids[i];
                weeks[i] = allWeeks[row];
                mean[i] = allMeans[row];
                low[i] = allLows[row];
                high[i] = allHighs[row];
            }
            int first = ids[0];
            out.put(entry.getKey(), new WeeklySeries(resources.get(first), metrics.get(first), weeks, mean, low, high));
        }
        return out;
    }

    /** The rows of one weekly series, in file order. */
    private static final class Rows {
        private int[] ids = new int[16];
        private int size;

        void add(int row) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, 2 * size);
            }
            ids[size++] = row;
        }

        /** The rows sorted by week, stably (as a List.sort of the rows by Double.compare of their weeks). */
        int[] inWeekOrder(double[] weeks) {
            int[] out = Arrays.copyOf(ids, size);
            for (int i = 1; i < size; i++) {
                if (Double.compare(weeks[out[i - 1]], weeks[out[i]]) > 0) {
                    List<Integer> boxed = new ArrayList<>(size);
                    for (int id : out) {
                        boxed.add(id);
                    }
                    boxed.sort((a, b) -> Double.compare(weeks[a], weeks[b]));
                    return boxed.stream().mapToInt(Integer::intValue).toArray();
                }
            }
            return out;
        }
    }

    private static Table readCsv(Path csv) {
        // a value of robustness.csv or assumptions.csv is a value as written for --set, maybe not a number
        boolean textValues = Set.of("robustness.csv", "assumptions.csv").contains(csv.getFileName().toString());
        return CsvTables.read(csv, column -> NUMERIC.contains(column) && !(textValues && column.equals("value")));
    }

    /** A YAML .inf/.nan scalar as a mapping value, list item or flow element (not inside a comment or word). */
    static final Pattern NON_NUMBERS =
            Pattern.compile("(?m)(?<=[:\\[,\\-]\\s{0,40})(-?\\.(?:inf|Inf|INF|nan|NaN|NAN))(?=\\s*(?:[,}\\]]|#|$))");
    // any .inf or .nan at all, found quickly
    private static final Pattern NON_NUMBER_HINT = Pattern.compile("\\.(?:inf|Inf|INF|nan|NaN|NAN)");

    /**
     * The text with each YAML .inf/.nan scalar quoted, as {@code NON_NUMBERS.matcher(text).replaceAll("\"$1\"")}
     * gives it, but trying the pattern only where .inf or .nan occurs: its look-behind, tried at
     * every position of a long file, took a tenth of the report's time.
     */
    static String quoteNonNumbers(String text) {
        Matcher candidate = NON_NUMBER_HINT.matcher(text);
        Matcher match = NON_NUMBERS.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        StringBuilder out = null;
        int copied = 0;
        while (candidate.find()) {
            // a match starts at the dot or at a minus sign just before it
            match.region(Math.max(copied, candidate.start() - 1), candidate.end());
            if (match.find()) {
                out = out == null ? new StringBuilder(text.length() + 64) : out;
                out.append(text, copied, match.start(1)).append('"').append(match.group(1)).append('"');
                copied = match.end(1);
            }
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    private static JsonNode readTree(Path file, ObjectMapper mapper) {
        if (!Files.isRegularFile(file)) {
            return MissingNode.getInstance();
        }
        try {
            // YAML's .inf/.nan (unlimited tolerances) are valid scenario values Jackson cannot parse as numbers;
            // the report only displays them, so they are read as text
            String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
            text = quoteNonNumbers(text);
            JsonNode node = mapper.readTree(text);
            return node == null ? MissingNode.getInstance() : node;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** One row of summary.csv. */
    public record MetricSummary(String metric, String unit, double mean, double stdev, double ciLow, double ciHigh,
                                long replications) {
    }
}
