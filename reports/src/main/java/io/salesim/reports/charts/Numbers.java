package io.salesim.reports.charts;

import java.util.Locale;
import java.util.regex.Pattern;

/** Numbers for people: about three significant digits, thousands separated, "–" for a missing value. */
public final class Numbers {
    // compiled once: every number on the page goes through them
    private static final Pattern ZERO = Pattern.compile("0(\\.0+)?");
    private static final Pattern NEGATIVE_ZERO = Pattern.compile("-0(\\.0+)?");

    private Numbers() {
    }

    public static String number(double v) {
        if (!Double.isFinite(v)) {
            return "–";
        }
        double a = Math.abs(v);
        String pattern = a >= 100 ? "%,.0f" : a >= 10 ? "%,.1f" : "%,.2f";
        String s = String.format(Locale.ROOT, pattern, v);
        return NEGATIVE_ZERO.matcher(s).matches() ? s.substring(1) : s;
    }

    /** An amount of dollars: "$1,208", "−$11.2". */
    public static String dollars(double v) {
        return v < 0 ? "−$" + number(-v) : "$" + number(v);
    }

    /** With an explicit sign for non-zero values: "+1,200", "-0.35". */
    public static String signed(double v) {
        String s = number(v);
        return v > 0 && !ZERO.matcher(s).matches() ? "+" + s : s;
    }
}
