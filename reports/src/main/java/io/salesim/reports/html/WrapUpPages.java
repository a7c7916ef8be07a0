package io.salesim.reports.html;

import io.salesim.reports.charts.RunData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.Source;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * The daily wrap-up in the report, from wrap-up.csv, deals-won.csv and call-list.csv: a page per
 * chosen plan week and salesperson–coordinator pair with the days at a glance (they add up to the
 * CSV rows of that week), one row per deal won, each day's success stories and challenges, and
 * the next working day's call list grouped by purpose. The weeks shown: the first and the last
 * plan week; pairs in salesperson order.
 */
final class WrapUpPages {
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final Map<String, String> PURPOSES = Map.of(
            "opportunity_follow_up", "Reach the decision-maker behind a new opportunity",
            "campaign_follow_up", "Follow up a reply to a campaign",
            "zone_rotation", "Book the next meeting for a day we are in the prospect's zone",
            "thank_you", "Thank a new customer and confirm delivery");
    private static final List<String> PURPOSE_ORDER = List.of("opportunity_follow_up", "campaign_follow_up", "zone_rotation", "thank_you");

    private WrapUpPages() {
    }

    /** The wrap-up section of a run folder written with --wrap-up; empty for any other folder. */
    static Optional<ReportPage.WrapUpView> view(RunData data) {
        Path folder = data.folder();
        Optional<Table> wrapUp = read(folder.resolve("wrap-up.csv"));
        if (wrapUp.isEmpty() || wrapUp.get().rowCount() == 0 || !wrapUp.get().columnNames().contains("plan_week")) {
            return Optional.empty();
        }
        Table days = wrapUp.get();
        Table deals = read(folder.resolve("deals-won.csv")).orElse(null);
        Table calls = read(folder.resolve("call-list.csv")).orElse(null);
        int last = days.stringColumn("plan_week").asList().stream().mapToInt(Integer::parseInt).max().orElse(1);
        List<Integer> weeks = last > 1 ? List.of(1, last) : List.of(last);
        List<ReportPage.WeekPage> pages = pages(days, deals, calls, weeks);
        String intro = "What each salesperson and the coordinator who books their meetings would report at the end of each "
                + "working day of " + Format.weeks(weeks).replace("week", "plan week") + ", in the replication replayed for "
                + "--wrap-up (wrap-up.csv, deals-won.csv and call-list.csv hold every day of the run). Dates count from the "
                + "scenario's start_date, plan week 1's Monday. Each day covers its evening and, for a Friday, the weekend; "
                + "its call list is the next working day's, made at the start of that day.";
        return Optional.of(new ReportPage.WrapUpView(intro, pages));
    }

    /** The pages of the given plan weeks, each week's pairs in the order they first appear in wrap-up.csv. */
    static List<ReportPage.WeekPage> pages(Table dayTable, Table dealTable, Table callTable, List<Integer> weeks) {
        List<Line> days = lines(dayTable);
        List<Line> deals = dealTable == null ? null : lines(dealTable);
        Map<String, List<Line>> calls = new LinkedHashMap<>();
        if (callTable != null) {
            lines(callTable).forEach(c -> calls.computeIfAbsent(c.get("date"), d -> new ArrayList<>()).add(c));
        }
        SortedSet<String> listDates = new TreeSet<>(calls.keySet());
        List<ReportPage.WeekPage> pages = new ArrayList<>();
        for (int week : weeks) {
            Map<String, List<Line>> pairs = new LinkedHashMap<>();
            for (Line row : days) {
                if (Integer.parseInt(row.get("plan_week")) == week) {
                    pairs.computeIfAbsent(row.get("salesperson") + "\u0000" + row.get("coordinator"), k -> new ArrayList<>())
                            .add(row);
                }
            }
            pairs.values().stream().sorted(Comparator.comparingInt(rows -> teamNumber(rows.get(0).get("salesperson"))))
                    .forEach(rows -> pages.add(page(week, rows, deals, calls, listDates)));
        }
        return pages;
    }

    private static ReportPage.WeekPage page(int week, List<Line> rows, List<Line> deals, Map<String, List<Line>> calls, SortedSet<String> listDates) {
        String salesperson = rows.get(0).get("salesperson");
        String coordinator = rows.get(0).get("coordinator");
        String pair = "self".equals(coordinator) ? salesperson + " (books their own meetings)" : salesperson + " with " + coordinator;
        LocalDate first = LocalDate.parse(rows.get(0).get("date"));
        LocalDate lastDay = LocalDate.parse(rows.get(rows.size() - 1).get("date"));
        String heading = "Plan week " + week + " (" + first.format(SHORT) + " to " + lastDay.format(SHORT) + " " + lastDay.getYear()
                + "): " + pair;
        List<String> headers = List.of("Date", "New opportunities", "Calls made", "Prospects reached", "Meetings set",
                "Meetings held", "Travel", "Deals won", "Value won", "Deals lost", "Setbacks");
        List<List<ReportPage.TableView.Cell>> dayRows = new ArrayList<>();
        long[] totals = new long[headers.size()];
        double travel = 0;
        double value = 0;
        List<ReportPage.Day> details = new ArrayList<>();
        for (Line row : rows) {
            LocalDate date = LocalDate.parse(row.get("date"));
            long[] counts = {0, count(row, "new_opportunities"), count(row, "calls_made"), count(row, "prospects_reached"),
                    count(row, "meetings_set"), count(row, "meetings_held"), 0, count(row, "closed_won"), 0,
                    count(row, "closed_lost"), setbacks(row)};
            for (int i = 0; i < counts.length; i++) {
                totals[i] += counts[i];
            }
            double travelHours = amount(row, "travel_hours");
            double won = amount(row, "closed_value_usd");
            travel += travelHours;
            value += won;
            dayRows.add(cells(date.format(SHORT), counts, hours(travelHours), Format.money(won)));
            details.add(day(row, date, salesperson, deals, calls, listDates));
        }
        dayRows.add(cells("Week", totals, hours(travel), Format.money(value)));
        ReportPage.TableView dayTable = new ReportPage.TableView("The week, day by day", headers, dayRows);
        String lead = Format.upperFirst(plural(totals[1], "new opportunity", "new opportunities") + ", "
                + plural(totals[5], "meeting held", "meetings held") + ", " + plural(totals[7], "deal won", "deals won") + " worth "
                + Format.money(value) + ", " + totals[9] + " lost.");
        String id = "wrap-up-week-" + week + "-" + salesperson.replaceAll("[^A-Za-z0-9-]", "");
        return new ReportPage.WeekPage(id, heading, lead, dayTable, dealsTable(week, salesperson, coordinator, deals), details);
    }

    /** One row per deal won that week by the pair: the date won, the account, the value and when the money lands. */
    private static ReportPage.TableView dealsTable(int week, String salesperson, String coordinator, List<Line> deals) {
        if (deals == null) {
            return null;
        }
        List<List<ReportPage.TableView.Cell>> rows = new ArrayList<>();
        for (Line d : deals) {
            if (Integer.parseInt(d.get("plan_week")) == week && d.get("salesperson").equals(salesperson)
                    && d.get("coordinator").equals(coordinator)) {
                rows.add(List.of(text(LocalDate.parse(d.get("date")).format(SHORT)), text("#" + d.get("opportunity")),
                        text(d.get("cluster")), number(Format.money(amount(d, "value_usd"))),
                        text(landing(d.get("expected_payment_date")))));
            }
        }
        return rows.isEmpty() ? null : new ReportPage.TableView("Closed business: " + rows.size() + (rows.size() == 1 ? " deal" : " deals")
                + " won", List.of("Won on", "Opportunity", "Cluster", "Value", "Money expected"), rows);
    }

    private static ReportPage.Day day(Line row, LocalDate date, String salesperson, List<Line> deals, Map<String, List<Line>> calls, SortedSet<String> listDates) {
        List<String> successes = new ArrayList<>();
        if (deals != null) {
            for (Line d : deals) {
                if (d.get("date").equals(row.get("date")) && d.get("salesperson").equals(salesperson)) {
                    successes.add("Won opportunity #" + d.get("opportunity") + " in " + d.get("cluster") + ": "
                            + Format.money(amount(d, "value_usd")) + ", money expected " + landing(d.get("expected_payment_date")) + ".");
                }
            }
        }
        add(successes, count(row, "meetings_held"), "meeting held", "meetings held",
                " (" + hours(amount(row, "travel_hours")) + " of travel)");
        add(successes, count(row, "meetings_set"), "meeting set", "meetings set", "");
        add(successes, count(row, "prospects_reached"), "prospect reached by phone", "prospects reached by phone", "");
        List<String> challenges = new ArrayList<>();
        add(challenges, count(row, "closed_lost"), "deal lost", "deals lost", "");
        add(challenges, count(row, "cancellations"), "meeting cancelled", "meetings cancelled", "");
        add(challenges, count(row, "gone_cold"), "opportunity went cold", "opportunities went cold", "");
        add(challenges, count(row, "unreachable_prospects"), "prospect never reached (calls ran out)", "prospects never reached (calls ran out)", "");
        add(challenges, count(row, "no_slot_agreed"), "prospect agreed no slot", "prospects agreed no slot", "");
        add(challenges, count(row, "throttled_bookings"), "booking held back (production throttle)", "bookings held back (production throttle)", "");
        String next = listDates.tailSet(row.get("date") + "\u0000").isEmpty() ? null
                : listDates.tailSet(row.get("date") + "\u0000").first();
        List<ReportPage.CallGroup> groups = new ArrayList<>();
        int listed = 0;
        if (next != null) {
            Map<String, List<List<ReportPage.TableView.Cell>>> byPurpose = new LinkedHashMap<>();
            PURPOSE_ORDER.forEach(type -> byPurpose.put(type, new ArrayList<>()));
            for (Line c : calls.get(next)) {
                if (c.get("salesperson").equals(salesperson)) {
                    String due = c.get("due_date").equals(next) ? "that day"
                            : "since " + LocalDate.parse(c.get("due_date")).format(SHORT);
                    byPurpose.computeIfAbsent(c.get("call_type"), k -> new ArrayList<>()).add(List.of(
                            text("#" + c.get("opportunity")), text(c.get("cluster")), text(c.get("caller")),
                            number(c.get("attempt")), text(due), text(c.get("purpose"))));
                    listed++;
                }
            }
            for (Map.Entry<String, List<List<ReportPage.TableView.Cell>>> e : byPurpose.entrySet()) {
                if (!e.getValue().isEmpty()) {
                    groups.add(new ReportPage.CallGroup(PURPOSES.getOrDefault(e.getKey(), e.getKey()) + " (" + e.getValue().size() + ")",
                            new ReportPage.TableView("", List.of("Opportunity", "Cluster", "Caller", "Attempt", "Due", "What to say"),
                                    e.getValue())));
                }
            }
        }
        String callHeading = next == null ? "No call list follows (the run ends)"
                : "Call list for " + LocalDate.parse(next).format(LONG) + ": " + (listed == 1 ? "1 call" : listed + " calls");
        return new ReportPage.Day(date.format(LONG), successes, challenges, callHeading, groups);
    }

    private static void add(List<String> lines, long n, String one, String many, String tail) {
        if (n > 0) {
            lines.add(plural(n, one, many) + tail + ".");
        }
    }

    /** salesperson-12 → 12, so that pages run salesperson-1, -2, …, -10 (names without a number last). */
    private static int teamNumber(String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("-(\\d+)").matcher(name);
        return m.find() ? Integer.parseInt(m.group(1)) : Integer.MAX_VALUE;
    }

    private static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static String landing(String date) {
        return date.isEmpty() ? "after the run ends (no order yet)" : LocalDate.parse(date).format(LONG);
    }

    private static long setbacks(Line row) {
        return count(row, "cancellations") + count(row, "gone_cold") + count(row, "unreachable_prospects")
                + count(row, "no_slot_agreed") + count(row, "throttled_bookings");
    }

    private static List<ReportPage.TableView.Cell> cells(String label, long[] counts, String travel, String value) {
        List<ReportPage.TableView.Cell> cells = new ArrayList<>();
        cells.add(text(label));
        for (int i = 1; i < counts.length; i++) {
            cells.add(number(i == 6 ? travel : i == 8 ? value : Long.toString(counts[i])));
        }
        return cells;
    }

    /** Travel in hours to one decimal: "3.6 h". */
    private static String hours(double h) {
        return String.format(Locale.ROOT, "%.1f h", h);
    }

    private static long count(Line row, String column) {
        String s = row.get(column);
        return s.isEmpty() ? 0 : Long.parseLong(s);
    }

    private static double amount(Line row, String column) {
        String s = row.get(column);
        return s.isEmpty() ? 0 : Double.parseDouble(s);
    }

    private static ReportPage.TableView.Cell text(String s) {
        return new ReportPage.TableView.Cell(s, false);
    }

    private static ReportPage.TableView.Cell number(String s) {
        return new ReportPage.TableView.Cell(s, true);
    }

    /** A CSV with every column read as text (the CSV's numbers are whole or already rounded). */
    static Optional<Table> read(Path csv) {
        if (!Files.isRegularFile(csv)) {
            return Optional.empty();
        }
        // written in UTF-8 by salesim: named, so Tablesaw does not guess the charset (with ICU, not shipped)
        return Optional.of(Table.read().csv(CsvReadOptions.builder(new Source(csv.toFile(), StandardCharsets.UTF_8))
                .missingValueIndicator("\u0000none")
                .columnTypes(column -> ColumnType.STRING).build()));
    }

    /** A CSV row by column name. */
    record Line(Map<String, String> values) {
        String get(String column) {
            String v = values.get(column);
            if (v == null) {
                throw new IllegalArgumentException("no column " + column);
            }
            return v;
        }
    }

    private static List<Line> lines(Table t) {
        List<Line> out = new ArrayList<>(t.rowCount());
        for (int row = 0; row < t.rowCount(); row++) {
            Map<String, String> values = new LinkedHashMap<>();
            for (String name : t.columnNames()) {
                values.put(name, t.stringColumn(name).get(row));
            }
            out.add(new Line(values));
        }
        return out;
    }
}
