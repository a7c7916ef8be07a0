package io.salesim.reports.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
