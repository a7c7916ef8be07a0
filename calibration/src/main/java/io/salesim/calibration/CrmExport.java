package io.salesim.calibration;

import io.salesim.scenarios.ScenarioException;
import io.salesim.scenarios.schema.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The opportunities of a CRM export, read through a {@link ColumnMapping} and checked: every
 * problem is refused with its file, line and column (missing columns, dates that do not parse,
 * negative values, a close before the engagement, an unknown stage, an empty export).
 */
public final class CrmExport {
    /** Problems listed before giving up: enough to see the pattern, not a flood. */
    private static final int MAX_PROBLEMS = 20;
    static final String UNKNOWN_TEAM = "unknown";
    /** Closed deals a fit needs: fewer cannot pin down a cycle distribution. */
    public static final int MIN_CLOSED = 10;

    private final List<Deal> deals;
    private final int rosterSize;

    private CrmExport(List<Deal> deals, int rosterSize) {
        this.deals = List.copyOf(deals);
        this.rosterSize = rosterSize;
    }

    /** Deals already read (synthetic exports in tests, or a filtered export). */
    public static CrmExport of(List<Deal> deals) {
        return new CrmExport(deals, 0);
    }

    public static CrmExport read(Path folder, ColumnMapping mapping) throws ScenarioException {
        Map<String, String> teams = mapping.teamsFile() == null ? Map.of() : teams(folder, mapping);
        Path file = folder.resolve(mapping.opportunitiesFile());
        List<Csv.Row> rows = rows(file);
        String name = file.toString();
        List<Problem> problems = new ArrayList<>();
        if (rows.size() < 2) {
            throw new ScenarioException(new Problem(name, rows.isEmpty() ? 1 : 2, "rows", rows.isEmpty() ? "an empty file"
                    : "a header and no opportunities", "a header row and at least one opportunity"));
        }
        Map<String, Integer> index = columns(name, rows.get(0), mapping, ColumnMapping.FIELDS);
        // strict: 2/30/2017 is refused, not moved to 2/28 (strict needs u, the proleptic year, for y)
        DateTimeFormatter dates = DateTimeFormatter.ofPattern(mapping.datePattern().replace('y', 'u'), java.util.Locale.ROOT)
                .withResolverStyle(ResolverStyle.STRICT);
        List<Deal> deals = new ArrayList<>();
        for (Csv.Row row : rows.subList(1, rows.size())) {
            if (problems.size() >= MAX_PROBLEMS) {
                break;
            }
            Reader r = new Reader(name, row, index, mapping, problems);
            String id = r.text("id", true);
            String agent = r.text("agent", true);
            String product = r.text("product", false);
            Stage stage = r.stage();
            LocalDate engaged = r.date("engage_date", dates, stage != null && stage != Stage.NOT_ENGAGED);
            LocalDate closed = r.date("close_date", dates, stage != null && stage.closed());
            double value = r.amount("close_value");
            if (stage == null || r.failed) {
                continue;
            }
            if (closed != null && engaged != null && closed.isBefore(engaged)) {
                r.problem("close_date", "\"" + r.raw("close_date") + "\", before the engage date " + engaged,
                        "a close on or after the engage date");
                continue;
            }
            if (closed != null && !stage.closed()) {
                r.problem("close_date", "\"" + r.raw("close_date") + "\" on a deal in stage " + r.raw("stage"),
                        "no close date unless the stage is won or lost");
                continue;
            }
            if (stage == Stage.NOT_ENGAGED) {
                engaged = null;
            }
            deals.add(new Deal(id, agent, teams.getOrDefault(agent, UNKNOWN_TEAM), product == null || product.isBlank()
                    ? "unknown" : product, stage, engaged, closed, stage == Stage.WON ? value : 0, row.line()));
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        if (deals.stream().noneMatch(d -> d.engaged() != null)) {
            throw new ScenarioException(new Problem(name, rows.get(1).line(), "column " + mapping.columns().get("engage_date"),
                    "no engaged opportunity", "at least one opportunity with an engage date"));
        }
        return new CrmExport(deals, (int) teams.keySet().stream().distinct().count());
    }

    private static List<Csv.Row> rows(Path file) throws ScenarioException {
        try {
            return Csv.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ScenarioException(new Problem(file.toString(), 0, "file", Files.exists(file) ? "a file that cannot be read ("
                    + e.getClass().getSimpleName() + ")" : "no such file", "a readable CSV file (named in the column mapping)"));
        }
    }

    private static Map<String, Integer> columns(String name, Csv.Row header, ColumnMapping mapping, List<String> fields)
            throws ScenarioException {
        Map<String, Integer> index = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (String field : fields) {
            String column = mapping.columns().get(field);
            int at = header.fields().indexOf(column);
            if (at < 0) {
                problems.add(new Problem(name, header.line(), "column " + column, "a header without it ("
                        + String.join(",", header.fields()) + ")", "a column named " + column + " (mapping "
                        + mapping.source() + ": opportunities.columns." + field + ")"));
            }
            index.put(field, at);
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return index;
    }

    private static Map<String, String> teams(Path folder, ColumnMapping mapping) throws ScenarioException {
        Path file = folder.resolve(mapping.teamsFile());
        List<Csv.Row> rows = rows(file);
        String name = file.toString();
        if (rows.isEmpty()) {
            throw new ScenarioException(new Problem(name, 1, "rows", "an empty file", "a header row and the agents"));
        }
        List<String> header = rows.get(0).fields();
        int agent = header.indexOf(mapping.teamsAgentColumn());
        int team = header.indexOf(mapping.teamsTeamColumn());
        List<Problem> problems = new ArrayList<>();
        for (String column : List.of(mapping.teamsAgentColumn(), mapping.teamsTeamColumn())) {
            if (!header.contains(column)) {
                problems.add(new Problem(name, rows.get(0).line(), "column " + column, "a header without it (" + String.join(",", header)
                        + ")", "a column named " + column + " (mapping " + mapping.source() + ": teams.columns)"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        Map<String, String> teams = new LinkedHashMap<>();
        for (Csv.Row row : rows.subList(1, rows.size())) {
            if (row.fields().size() > Math.max(agent, team)) {
                teams.put(row.fields().get(agent), row.fields().get(team));
            }
        }
        return teams;
    }

    /** One row's fields, each refused with file, line and column. */
    private static final class Reader {
        private final String file;
        private final Csv.Row row;
        private final Map<String, Integer> index;
        private final ColumnMapping mapping;
        private final List<Problem> problems;
        boolean failed;

        Reader(String file, Csv.Row row, Map<String, Integer> index, ColumnMapping mapping, List<Problem> problems) {
            this.file = file;
            this.row = row;
            this.index = index;
            this.mapping = mapping;
            this.problems = problems;
        }

        String raw(String field) {
            int at = index.get(field);
            return at < row.fields().size() ? row.fields().get(at).strip() : null;
        }

        void problem(String field, String found, String allowed) {
            problems.add(new Problem(file, row.line(), "column " + mapping.columns().get(field) + " (field " + (index.get(field) + 1)
                    + ")", found, allowed));
            failed = true;
        }

        String text(String field, boolean required) {
            String value = raw(field);
            if (value == null) {
                problem(field, "a row of " + row.fields().size() + " fields", "a value in every column of the header");
                return null;
            }
            if (required && value.isEmpty()) {
                problem(field, "nothing", "a value");
            }
            return value;
        }

        Stage stage() {
            String value = text("stage", true);
            if (value == null || value.isEmpty()) {
                return null;
            }
            Stage stage = mapping.stages().get(value);
            if (stage == null) {
                problem("stage", "\"" + value + "\"", "one of the stages of the mapping (" + String.join(", ",
                        mapping.stages().keySet().stream().sorted(Comparator.naturalOrder()).toList()) + ")");
            }
            return stage;
        }

        LocalDate date(String field, DateTimeFormatter format, boolean required) {
            String value = text(field, false);
            if (value == null) {
                return null;
            }
            if (value.isEmpty()) {
                if (required) {
                    problem(field, "nothing on a deal in stage " + raw("stage"), "a date (" + mapping.datePattern() + ")");
                }
                return null;
            }
            try {
                return LocalDate.parse(value, format);
            } catch (DateTimeParseException e) {
                problem(field, "\"" + value + "\"", "a date written " + mapping.datePattern());
                return null;
            }
        }

        double amount(String field) {
            String value = text(field, false);
            if (value == null || value.isEmpty()) {
                return 0;
            }
            double amount;
            try {
                amount = Double.parseDouble(value);
            } catch (NumberFormatException e) {
                problem(field, "\"" + value + "\"", "a number");
                return 0;
            }
            if (!(amount >= 0) || Double.isInfinite(amount)) {
                problem(field, value, "an amount of 0 or more");
            }
            return amount;
        }
    }

    /**
     * The cutoff to fit up to: {@code until}, or the export's last date. A backtest needs a cutoff
     * with a close after it to compare with; a fit, an engagement on or before it.
     */
    public LocalDate cutoff(LocalDate until, boolean backtest) throws ScenarioException {
        LocalDate cutoff = inRange(until, backtest);
        long closed = deals.stream().filter(d -> d.engagedBy(cutoff) && d.closedBy(cutoff)).count();
        if (closed < MIN_CLOSED) {
            LocalDate firstClose = deals.stream().map(Deal::closed).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
            throw new ScenarioException(new Problem(until == null ? "export" : "--until", 0, until == null ? "close_date" : "--until",
                    closed + " deals closed by " + cutoff, "a cutoff with at least " + MIN_CLOSED + " closed deals to fit a cycle to"
                    + (firstClose == null ? " (nothing in the export closed)" : " (the first close is " + firstClose + ")")));
        }
        return cutoff;
    }

    private LocalDate inRange(LocalDate until, boolean backtest) throws ScenarioException {
        LocalDate first = firstDate();
        LocalDate last = backtest ? lastCloseDate() : lastDate();
        if (until == null && !backtest) {
            return lastDate();
        }
        if (until == null || last == null || until.isBefore(first) || !until.isBefore(backtest ? last : last.plusDays(1))) {
            String range = last == null ? "no close in the export to test against" : "a date from " + first + " (the first engage date) to "
                    + (backtest ? last.minusDays(1) + " (the day before the last close, " + last + ")" : last + " (the last date in the export)");
            throw new ScenarioException(new Problem("--until", 0, "--until", until == null ? "nothing (a backtest needs a cutoff)"
                    : until.toString(), range));
        }
        return until;
    }


    public List<Deal> deals() {
        return deals;
    }

    /** Agents listed in the teams file (0 without one). */
    public int rosterSize() {
        return rosterSize;
    }

    /** The first engage date. */
    public LocalDate firstDate() {
        return deals.stream().map(Deal::engaged).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElseThrow();
    }

    /** The last date the export knows of: its last engage or close date. */
    public LocalDate lastDate() {
        LocalDate last = deals.stream().map(Deal::engaged).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElseThrow();
        LocalDate lastClose = lastCloseDate();
        return lastClose != null && lastClose.isAfter(last) ? lastClose : last;
    }

    /** The last close date, or null when nothing closed. */
    public LocalDate lastCloseDate() {
        return deals.stream().map(Deal::closed).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    }
}
