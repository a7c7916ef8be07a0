package io.salesim.reports.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.salesim.reports.charts.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Intervals keep their width when rounded; amounts read as money. */
class FormatTest {
    @Test
    void aNarrowIntervalGetsTheDecimalsItNeeds() {
        assertEquals("42.1% (95% CI 41.8% to 42.4%)", Format.withInterval(0.4213, 0.4183, 0.4243, "fraction"));
        assertEquals("42% (95% CI 37% to 47%)", Format.withInterval(0.42, 0.37, 0.47, "fraction"));
        assertEquals("35.52 meetings/week (95% CI 35.47 to 35.57)", Format.withInterval(35.52, 35.47, 35.57, "meetings/week"));
        assertEquals("1,210 h (95% CI 1,180 to 1,240)", Format.withInterval(1210, 1180, 1240, "h"));
    }

    @Test
    void amountsAreMoney() {
        assertEquals("$666k", Format.compactMoney(665_630));
        assertEquals("$9.37M", Format.compactMoney(9_370_000));
        assertEquals("−$2,100", Format.compactMoney(-2_100));
        assertEquals("$1.66M/year", Format.value(1_663_008, "$/year"));
        assertEquals("$1.66M/year (95% CI $1.60M to $1.72M)", Format.withInterval(1_663_008, 1_600_000, 1_720_000, "$/year"));
        assertEquals("$375k/week (95% CI $315k to $435k)", Format.withInterval(374_900, 315_083, 434_717, "$/week"));
        assertEquals("$9.2M (95% CI $3.2M to $15.2M)", Format.withInterval(9.19e6, 3.21e6, 15.18e6, "$"));
        assertEquals("$1.663M/year (95% CI $1.661M to $1.665M)", Format.withInterval(1_663_008, 1_661_000, 1_665_000, "$/year"));
        assertEquals("−$5.2k/week (95% CI −$10.5k to $0.1k)", Format.withInterval(-5230, -10540, 81.96, "$/week"));
    }

    @Test
    void fixedDecimalsAreWhatTheFormatterWrites() {
        SplittableRandom random = new SplittableRandom(15);
        List<Double> values = new ArrayList<>(List.of(0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.15, 0.05, 999.5, 999_999.5,
                1e7, 1.0e-7, 123_456_789.987, -0.001, 9.995, 1.005, 0.045));
        for (int i = 0; i < 20_000; i++) {
            // magnitudes from 1e-6 to 1e9, some exact halves at the last decimal
            double v = Math.pow(10, random.nextDouble(-6, 9)) * (random.nextBoolean() ? 1 : -1);
            values.add(i % 4 == 0 ? Math.round(v * 200) / 200.0 : v);
        }
        for (double v : values) {
            for (int decimals = 0; decimals <= 6; decimals++) {
                String expected = String.format(Locale.ROOT, "%,." + decimals + "f", v);
                String actual = Numbers.grouped(v, decimals);
                // the formatter keeps a minus on a value that rounds to zero; fixed() strips it either way
                assertEquals(expected.matches("-0(\\.0+)?") ? expected.substring(1) : expected, actual, v + " to " + decimals);
            }
        }
    }
}
