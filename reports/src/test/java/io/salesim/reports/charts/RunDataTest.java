package io.salesim.reports.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
