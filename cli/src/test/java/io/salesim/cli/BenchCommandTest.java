package io.salesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salesim.core.benchmark.EngineVsReference.BenchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BenchCommandTest {
    private static final Pattern LAST_LINE = Pattern.compile(
            "engine_customers_per_s=(\\d+) reference_customers_per_s=(\\d+) ratio=([0-9.]+) spread=([0-9.]+)\\.\\.([0-9.]+)");

    @Test
    void lastLineGivesTheMedianOfPerRoundRatiosAndTheirRange() {
        // rounds whose ratio of medians (8/10 = 0.8) differs from the median of ratios (0.7)
        double[] rounds = {0.9, 0.6, 0.7, 0.5, 0.75};
        BenchResult result = new BenchResult(8_000_000, 10_000_000, 2_700_000, rounds);
        String line = BenchCommand.lastLine(result);
        Matcher m = LAST_LINE.matcher(line);
        assertTrue(m.matches(), line);
        assertEquals(8_000_000, Long.parseLong(m.group(1)));
        assertEquals(10_000_000, Long.parseLong(m.group(2)));
        assertEquals(0.7, Double.parseDouble(m.group(3)), 0.0);
        assertEquals(0.5, Double.parseDouble(m.group(4)), 0.0);
        assertEquals(0.9, Double.parseDouble(m.group(5)), 0.0);
    }
}
