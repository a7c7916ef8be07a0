package io.salesim.reports.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salesim.core.engine.ReplicationResult;
import io.salesim.core.sales.SalesOrgSpec;
import io.salesim.core.sales.SalesPresets;
import io.salesim.reports.wrapup.DailyWrapUp;
import io.salesim.scenarios.SalesWrapUpSource;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** The wrap-up pages, one per week and pair, add up to the replayed replication's counts. */
class WrapUpPagesTest {
    private static final long SEED = 20_261_123L;
    private static final int HORIZON_WEEKS = 30;
    private static final int WARMUP_WEEKS = 4;

    @Test
    void pagesOfEveryWeekAddUpToTheReplication(@TempDir Path dir) throws Exception {
        SalesOrgSpec spec = SalesPresets.all().get("transition-factory-door-first").withWeeks(HORIZON_WEEKS, WARMUP_WEEKS);
        LocalDate start = LocalDate.of(2026, 3, 2);
        DailyWrapUp wrapUp = DailyWrapUp.replay(new SalesWrapUpSource(spec, 1, SEED, start));
        wrapUp.writeInto(dir);
        Table days = WrapUpPages.read(dir.resolve(DailyWrapUp.WRAP_UP)).orElseThrow();
        Table deals = WrapUpPages.read(dir.resolve(DailyWrapUp.DEALS)).orElseThrow();
        Table calls = WrapUpPages.read(dir.resolve(DailyWrapUp.CALL_LIST)).orElseThrow();
        // plan weeks 1-26 and the warm-up's weeks before them (0, -1, -2, -3)
        List<Integer> weeks = IntStream.rangeClosed(1 - WARMUP_WEEKS, HORIZON_WEEKS - WARMUP_WEEKS).boxed().toList();
        List<ReportPage.WeekPage> pages = WrapUpPages.pages(days, deals, calls, weeks);

        ReplicationResult result = wrapUp.result();
        Map<String, Double> v = result.values();
        assertEquals(v.get("opportunities.created"), weekTotal(pages, 1), "new opportunities");
        assertEquals(v.get("opportunities.won"), weekTotal(pages, 7), "deals won");
        assertEquals(v.get("opportunities.lost"), weekTotal(pages, 9), "deals lost");
        assertEquals(v.get("opportunities.contacted"), weekTotal(pages, 3), "prospects reached");
        long dealRows = pages.stream().filter(p -> p.deals() != null).mapToLong(p -> p.deals().rows().size()).sum();
        assertEquals(v.get("opportunities.won"), dealRows, "one row per deal won");
        // plan weeks only: the rate after warm-up times the plan's weeks
        List<ReportPage.WeekPage> plan = WrapUpPages.pages(days, deals, calls,
                IntStream.rangeClosed(1, HORIZON_WEEKS - WARMUP_WEEKS).boxed().toList());
        assertEquals(v.get("sales.bd_meetings_per_week") * (HORIZON_WEEKS - WARMUP_WEEKS), weekTotal(plan, 5), 1e-6);

        // every call listed on the day after a page's day appears in that day's groups, one row per call
        long listed = 0;
        for (ReportPage.WeekPage page : pages) {
            for (ReportPage.Day day : page.daysInDetail()) {
                listed += day.calls().stream().mapToLong(g -> g.calls().rows().size()).sum();
            }
        }
        assertTrue(listed > 0 && listed <= calls.rowCount(), listed + " of " + calls.rowCount());

        ReportPage.WeekPage first = plan.get(0);
        assertTrue(first.heading().startsWith("Plan week 1 (Mon 2 Mar to Fri 6 Mar 2026)"), first.heading());
        assertEquals(DayOfWeek.MONDAY, start.getDayOfWeek());
        assertTrue(pages.stream().allMatch(p -> p.heading().matches(".*salesperson-\\d+.*")));
        assertTrue(pages.stream().noneMatch(p -> p.heading().contains("sales_coordinator")), "people named coordinator-N");
    }

    @Test
    void theReportShowsTheFirstAndLastPlanWeekForEachPair(@TempDir Path dir) throws Exception {
        SalesOrgSpec spec = SalesPresets.all().get("division-of-labour").withWeeks(HORIZON_WEEKS, WARMUP_WEEKS);
        DailyWrapUp wrapUp = DailyWrapUp.replay(new SalesWrapUpSource(spec, 0, SEED));
        wrapUp.writeInto(dir);
        Path report = ReportBuilder.build(dir);
        org.w3c.dom.Document doc = ReportXml.parse(report);
        ReportXml.assertSelfContained(report, doc);
        Table days = WrapUpPages.read(dir.resolve(DailyWrapUp.WRAP_UP)).orElseThrow();
        int last = HORIZON_WEEKS - WARMUP_WEEKS;
        int pages = WrapUpPages.pages(days, null, null, List.of(1, last)).size();
        String html = java.nio.file.Files.readString(report);
        assertEquals(pages, html.split("class=\"wrap-up-page\"", -1).length - 1);
        assertTrue(html.contains("<h3>Plan week 1 (Mon 5 Jan to Fri 9 Jan 2026): salesperson-1 with coordinator-1</h3>"), "dates from the default start_date");
        assertTrue(html.contains("Plan week " + last + " ("));
        assertEquals(html, java.nio.file.Files.readString(ReportBuilder.build(dir)), "same files, same bytes");
    }

    /** The sum over pages of the "Week" row's column. */
    private static double weekTotal(List<ReportPage.WeekPage> pages, int column) {
        List<Double> totals = new ArrayList<>();
        for (ReportPage.WeekPage page : pages) {
            List<ReportPage.TableView.Cell> week = page.days().rows().get(page.days().rows().size() - 1);
            assertEquals("Week", week.get(0).text());
            totals.add(Double.parseDouble(week.get(column).text()));
        }
        return totals.stream().mapToDouble(Double::doubleValue).sum();
    }
}
