package io.salesim.reports.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunDataTest {
    @Test
    void readsScenariosWithUnlimitedValuesInEveryYamlStyle(@TempDir Path folder) throws IOException {
        // the bundled sales scenarios write unlimited tolerances as YAML .inf, in block and flow style
        Files.writeString(folder.resolve("summary.csv"), "scenario,metric,unit,mean,stdev,ci95_low,ci95_high,replications\n");
        Files.writeString(folder.resolve("scenario.yaml"), """
                # a comment mentioning (.inf: never) stays a comment
                activities:
                  bd_meeting: {work_hours: 1.25, tolerance_hours: .inf, max_wait_weeks: 6}
                  issue: {tolerance_hours: 4, max_wait_weeks: .inf}
                limits:
                  low: -.inf
                  list: [1, .inf, .nan]
                  items:
                    - .inf
                """);
        RunData data = RunData.read(folder);
        assertEquals(".inf", data.scenario().path("activities").path("bd_meeting").path("tolerance_hours").asText());
        assertEquals(6, data.scenario().path("activities").path("bd_meeting").path("max_wait_weeks").asInt());
        assertEquals(".inf", data.scenario().path("activities").path("issue").path("max_wait_weeks").asText());
        assertEquals("-.inf", data.scenario().path("limits").path("low").asText());
        assertEquals(".nan", data.scenario().path("limits").path("list").get(2).asText());
        assertEquals(".inf", data.scenario().path("limits").path("items").get(0).asText());
    }

    /**
     * weekly.csv as written lists each series' rows together and in week order; the index must not
     * rely on it: rows of two series interleaved, one out of week order, and two of the same week
     * still give each series in first-appearance order, its rows by week, equal weeks in file order.
     */
    @Test
    void weeklySeriesAreGroupedAndOrderedWhateverTheRowOrder(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("summary.csv"), "scenario,metric,unit,mean,stdev,ci95_low,ci95_high,replications\n");
        Files.writeString(folder.resolve("weekly.csv"), """
                scenario,week,resource,metric,mean,ci95_low,ci95_high
                s,1,desk,utilization,10,9,11
                s,1,line,utilization,20,19,21
                s,2,desk,utilization,11,10,12
                s,3,line,utilization,23,22,24
                s,2,line,utilization,22,21,23
                s,2,line,utilization,22.5,21.5,23.5
                s,1,desk,queue_length,4,,
                """);
        RunData data = RunData.read(folder);
        assertEquals(List.of("desk", "line"), data.resourcesWith("utilization"));
        WeeklySeries desk = data.weekly("desk", "utilization").orElseThrow();
        assertArrayEquals(new double[]{1, 2}, desk.weeks());
        assertArrayEquals(new double[]{10, 11}, desk.mean());
        WeeklySeries line = data.weekly("line", "utilization").orElseThrow();
        assertArrayEquals(new double[]{1, 2, 2, 3}, line.weeks());
        assertArrayEquals(new double[]{20, 22, 22.5, 23}, line.mean());
        assertArrayEquals(new double[]{19, 21, 21.5, 22}, line.low());
        assertArrayEquals(new double[]{21, 23, 23.5, 24}, line.high());
        WeeklySeries queue = data.weekly("desk", "queue_length").orElseThrow();
        assertArrayEquals(new double[]{4}, queue.mean());
        assertEquals(Double.NaN, queue.low()[0]);
    }

    @Test
    void nonNumbersAreQuotedWhereverThePatternOverTheWholeTextQuotesThem() {
        for (String text : new String[] {
                "a: .inf\nb: -.inf\nc: [1, .nan, -.NaN]\n- .Inf # .inf in a comment\n",
                "x-.inf: 1\nname: a.info\nlist: [.inf,\n  .nan]\nkey:   -.INF\n",
                "(.inf: never)\n.inf\n-.inf\n,.nan}\n",
                "nothing to quote: 1.5, -2\n", ""}) {
            assertEquals(RunData.NON_NUMBERS.matcher(text).replaceAll("\"$1\""), RunData.quoteNonNumbers(text), text);
        }
    }
}
