package io.salesim.reports.html;

import io.salesim.reports.charts.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Numbers and week ranges as a reader expects them: few digits, percentages for fractions, "weeks 18–31". */
final class Format {

    private Format() {
    }

    /** Three significant digits or so, thousands separated; "–" for a missing value. */
    static String number(double v) {
        return Numbers.number(v);
    }

    /** A value in its unit: fractions as percentages, others as numbers followed by the unit. */
    static String value(double v, String unit) {
        if (isFraction(unit)) {
            return percent(v);
        }
        if ("%".equals(unit)) {
            return number(v) + "%";
        }
        if (isMoney(unit)) {
            return money(v) + unit.substring(1);
        }
        return number(v) + (unit == null || unit.isBlank() ? "" : " " + unit);
    }

    /** "$", "$/week", "$/year": amounts a reader wants written as money. */
    static boolean isMoney(String unit) {
        return unit != null && unit.startsWith("$");
    }

    /** "$9.37M", "$666k", "$2,100": three significant figures or whole dollars, for a table cell without an interval. */
    static String compactMoney(double v) {
        if (!Double.isFinite(v)) {
            return "–";
        }
        double a = Math.abs(v);
        String sign = v < 0 ? "−" : "";
        if (a >= 1e6) {
            return sign + "$" + Numbers.number(a / 1e6) + "M";
        }
        return sign + (a >= 1e4 ? "$" + Numbers.number(a / 1e3) + "k" : String.format(Locale.ROOT, "$%,.0f", a));
    }

    /** "$9.37M", "−$836,894", "$2,100": millions to three significant figures, smaller amounts whole. */
    static String money(double v) {
        if (!Double.isFinite(v)) {
            return "–";
        }
        double a = Math.abs(v);
        String sign = v < 0 ? "−" : "";
        return sign + (a >= 1e6 ? String.format(Locale.ROOT, "$%.2fM", a / 1e6) : String.format(Locale.ROOT, "$%,.0f", a));
    }

    /** "73.2 (95% CI 72.1 to 74.3) meetings/week", fractions in percent, amounts as money; the interval never collapses. */
    static String withInterval(double mean, double low, double high, String unit) {
        if (!Double.isFinite(low) || !Double.isFinite(high)) {
            return value(mean, unit);
        }
        if (low == high) {
            return value(mean, unit) + " (the same in every replication)";
        }
        String[] t = interval(mean, low, high, unit);
        String suffix = isFraction(unit) || "%".equals(unit) ? "" : isMoney(unit) ? unit.substring(1)
                : unit == null || unit.isBlank() ? "" : " " + unit;
        return t[0] + suffix + " (95% CI " + t[1] + " to " + t[2] + ")";
    }

    /**
     * Mean, low and high written alike, with as many decimals as the half-width needs to show one
     * significant figure (and no fewer than {@link #number} would use): "42.1%", "41.8%", "42.4%".
     * Fractions come out in percent and amounts as money ("$1.66M", "$375k"), without the rest of the unit.
     */
    static String[] interval(double mean, double low, double high, String unit) {
        double half = Math.abs(high - low) / 2;
        if (isFraction(unit)) {
            int d = decimals(100 * half, 0);
            return new String[]{fixed(100 * mean, d) + "%", fixed(100 * low, d) + "%", fixed(100 * high, d) + "%"};
        }
        if (isMoney(unit)) {
            // one scale for all three: $M from a million, $k from ten thousand, else whole dollars
            double largest = Math.max(Math.abs(mean), Math.max(Math.abs(low), Math.abs(high)));
            double scale = largest >= 1e6 ? 1e6 : largest >= 1e4 ? 1e3 : 1;
            String suffix = scale == 1e6 ? "M" : scale == 1e3 ? "k" : "";
            int d = decimals(half / scale, scale == 1 ? 0 : numberDecimals(largest / scale));
            return new String[]{dollars(mean / scale, d, suffix), dollars(low / scale, d, suffix), dollars(high / scale, d, suffix)};
        }
        String pct = "%".equals(unit) ? "%" : "";
        int d = decimals(half, numberDecimals(Math.max(Math.abs(mean), Math.max(Math.abs(low), Math.abs(high)))));
        return new String[]{fixed(mean, d) + pct, fixed(low, d) + pct, fixed(high, d) + pct};
    }

    /** Decimals that show a half-width to one significant figure, at least {@code atLeast}, at most 6. */
    private static int decimals(double half, int atLeast) {
        if (!(half > 0) || !Double.isFinite(half)) {
            return atLeast;
        }
        return Math.max(atLeast, Math.min(6, (int) -Math.floor(Math.log10(half))));
    }

    /** The decimals {@link Numbers#number} uses for a value of this size. */
    private static int numberDecimals(double a) {
        return a >= 100 ? 0 : a >= 10 ? 1 : 2;
    }

    private static String fixed(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return "–";
        }
        String s = Numbers.grouped(v, decimals);
        return Numbers.NEGATIVE_ZERO.matcher(s).matches() ? s.substring(1) : s.replace('-', '−');
    }

    private static String dollars(double v, int decimals, String suffix) {
        if (!Double.isFinite(v)) {
            return "–";
        }
        String digits = fixed(Math.abs(v), decimals);
        String sign = v < 0 && !Numbers.ZERO.matcher(digits).matches() ? "−" : "";
        return sign + "$" + digits + suffix;
    }

    static String percent(double fraction) {
        return Double.isFinite(fraction) ? String.format(Locale.ROOT, "%.0f%%", 100 * fraction) : "–";
    }

    static String percent1(double fraction) {
        return Double.isFinite(fraction) ? String.format(Locale.ROOT, "%.1f%%", 100 * fraction) : "–";
    }

    static boolean isFraction(String unit) {
        return unit != null && (unit.equals("fraction") || unit.equals("probability") || unit.equals("share"));
    }

    /** Weeks (1-based, ascending) as "week 7", "weeks 18–31" or "weeks 18–31 and 95–104". */
    static String weeks(List<Integer> weeks) {
        List<int[]> runs = runs(weeks);
        if (runs.isEmpty()) {
            return "no week";
        }
        if (runs.size() > 3) {
            return weeks.size() + " weeks between week " + weeks.get(0) + " and week " + weeks.get(weeks.size() - 1);
        }
        List<String> parts = new ArrayList<>();
        for (int[] run : runs) {
            parts.add(run[0] == run[1] ? Integer.toString(run[0]) : run[0] + "–" + run[1]);
        }
        boolean single = runs.size() == 1 && runs.get(0)[0] == runs.get(0)[1];
        return (single ? "week " : "weeks ") + join(parts);
    }

    /** Contiguous runs [first, last] of ascending week numbers. */
    static List<int[]> runs(List<Integer> weeks) {
        List<int[]> runs = new ArrayList<>();
        for (int w : weeks) {
            if (!runs.isEmpty() && runs.get(runs.size() - 1)[1] == w - 1) {
                runs.get(runs.size() - 1)[1] = w;
            } else {
                runs.add(new int[]{w, w});
            }
        }
        return runs;
    }

    /** "a", "a and b", "a, b and c". */
    static String join(List<String> parts) {
        if (parts.size() <= 1) {
            return parts.isEmpty() ? "" : parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    static String lowerFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }

    static String upperFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
