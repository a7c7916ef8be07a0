package io.salesim.reports.html;

import java.util.List;

/**
 * What report.jte lays out: every text already worded and rounded, so the template holds the
 * layout only and a designer can change it without touching the numbers. Null parts are left out.
 */
record ReportPage(String css, String title, Header header, List<String> summary, Diagnostics diagnostics,
                  Selection selection, List<Chart> charts,
                  List<TableView> tables, List<String> robustness, TableView assumptions, TableView keyParameters,
                  TableView allParameters, WrapUpView wrapUp, Reproduce reproduce) {

    record Header(String heading, String description, String facts, String warning, boolean wrapUp) {
    }

    /**
     * The run's warnings (run.json) in the order the run judged them, and what a run to a
     * precision may claim; null when there is neither.
     */
    record Diagnostics(String precision, List<Warning> warnings) {
    }

    record Warning(String code, String subject, String message) {
    }

    /** {@code compare --select}'s answer. */
    record Selection(String guarantee, String sentence, TableView plans) {
    }

    /** A chart inlined as SVG (markup already made well-formed; its ids carry the chart's name); png: a PNG file was written too. */
    record Chart(String stem, String svg, String caption, boolean png) {
    }

    record Reproduce(String command, String rebuild, String runFacts) {
    }

    /** A table of display text; {@code numeric} marks cells aligned as numbers. */
    record TableView(String title, List<String> headers, List<List<Cell>> rows) {
        record Cell(String text, boolean numeric) {
        }
    }

    /** The daily wrap-up of one replication: a page per chosen week and salesperson–coordinator pair. */
    record WrapUpView(String intro, List<WeekPage> pages) {
    }

    /** One week of one pair: the days at a glance, the deals won, each day's stories and the next day's call list. */
    record WeekPage(String id, String heading, String lead, TableView days, TableView deals, List<Day> daysInDetail) {
    }

    record Day(String heading, List<String> successes, List<String> challenges, String callListHeading, List<CallGroup> calls) {
    }

    /** The calls of one purpose on a call list. */
    record CallGroup(String heading, TableView calls) {
    }
}
