package io.salesim.reports.charts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/** Numbers for people: about three significant digits, thousands separated, "–" for a missing value. */
public final class Numbers {
    // compiled once: every number on the page goes through them
    /** A zero with or without decimals: "0", "0.00". */
    public static final Pattern ZERO = Pattern.compile("0(\\.0+)?");
    /** A negative zero as a formatter writes it: "-0", "-0.0". */
    public static final Pattern NEGATIVE_ZERO = Pattern.compile("-0(\\.0+)?");

    private Numbers() {
    }

    public static String number(double v) {
        if (!Double.isFinite(v)) {
            return "–";
        }
        double a = Math.abs(v);
        String s = grouped(v, a >= 100 ? 0 : a >= 10 ? 1 : 2);
        return NEGATIVE_ZERO.matcher(s).matches() ? s.substring(1) : s;
    }

    /**
     * {@code String.format(Locale.ROOT, "%,.<decimals>f", v)} for a finite v, without the
     * formatter: it rounds the shortest decimal that reads back as v half up, as the formatter
     * does, and groups the thousands with commas. The formatter looked up the locale's symbols on
     * every call, a tenth of the report page's time. A zero keeps no minus sign ("0.00" for
     * −0.001, where the formatter gives "-0.00", which callers strip anyway).
     */
    public static String grouped(double v, int decimals) {
        BigDecimal rounded = new BigDecimal(Double.toString(v)).setScale(decimals, RoundingMode.HALF_UP);
        String plain = rounded.abs().toPlainString();
        int point = plain.indexOf('.');
        int whole = point < 0 ? plain.length() : point;
        StringBuilder out = new StringBuilder(plain.length() + whole / 3 + 1);
        if (rounded.signum() < 0) {
            out.append('-');
        }
        for (int i = 0; i < whole; i++) {
            if (i > 0 && (whole - i) % 3 == 0) {
                out.append(',');
            }
            out.append(plain.charAt(i));
        }
        return out.append(plain, whole, plain.length()).toString();
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
