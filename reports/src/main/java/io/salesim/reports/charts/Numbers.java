package io.salesim.reports.charts;

import java.util.Locale;

/** Numbers for people: about three significant digits, thousands separated, "–" for a missing value. */
public final class Numbers {
    private Numbers() {
    }

    public static String number(double v) {
        if (!Double.isFinite(v)) {
            return "–";
        }
        double a = Math.abs(v);
        String pattern = a >= 100 ? "%,.0f" : a >= 10 ? "%,.1f" : "%,.2f";
        String s = String.format(Locale.ROOT, pattern, v);
        return s.matches("-0(\\.0+)?") ? s.substring(1) : s;
    }

    /** An amount of dollars: "$1,208", "−$11.2". */
    public static String dollars(double v) {
        return v < 0 ? "−$" + number(-v) : "$" + number(v);
    }

    /** With an explicit sign for non-zero values: "+1,200", "-0.35". */
    public static String signed(double v) {
        String s = number(v);
        return v > 0 && !s.matches("0(\\.0+)?") ? "+" + s : s;
    }
}
