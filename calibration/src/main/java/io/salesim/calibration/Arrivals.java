package io.salesim.calibration;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Engagements per week, the pipeline's arrivals: piecewise by calendar month (each month's
 * rate with its exact Poisson interval, so a trend or a step shows), and over the recent
 * window before the cutoff, in all and by team and product — the rate a forecast carries on.
 *
 * @param recentFrom the first day of the recent window (its last is the cutoff)
 */
public record Arrivals(List<Month> months, LocalDate recentFrom, Estimate recentPerWeek, Map<String, Estimate> byTeam,
                       Map<String, Estimate> byProduct) {
    /** Weeks before the cutoff that set the forecast's rate: a quarter, long enough for a tight interval, short enough to follow a trend. */
    public static final int RECENT_WEEKS = 13;

    /** One month's arrivals: {@code days} is how many of its days the data covers (the first and last months may be partial). */
    public record Month(YearMonth month, int days, Estimate perWeek) {
    }

    static Arrivals of(List<Deal> deals, LocalDate first, LocalDate cutoff) {
        List<Deal> engaged = deals.stream().filter(d -> d.engagedBy(cutoff)).toList();
        List<Month> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(first); !m.isAfter(YearMonth.from(cutoff)); m = m.plusMonths(1)) {
            LocalDate from = max(m.atDay(1), first);
            LocalDate to = min(m.atEndOfMonth(), cutoff);
            int days = (int) ChronoUnit.DAYS.between(from, to) + 1;
            int count = (int) engaged.stream().filter(d -> !d.engaged().isBefore(from) && !d.engaged().isAfter(to)).count();
            months.add(new Month(m, days, Intervals.poissonRate(count, days / 7.0)));
        }
        LocalDate recentFrom = max(first, cutoff.minusDays(RECENT_WEEKS * 7L - 1));
        double weeks = (ChronoUnit.DAYS.between(recentFrom, cutoff) + 1) / 7.0;
        List<Deal> recent = engaged.stream().filter(d -> !d.engaged().isBefore(recentFrom)).toList();
        return new Arrivals(List.copyOf(months), recentFrom, Intervals.poissonRate(recent.size(), weeks),
                rates(recent, Deal::team, weeks), rates(recent, Deal::product, weeks));
    }

    private static Map<String, Estimate> rates(List<Deal> recent, Function<Deal, String> group, double weeks) {
        Map<String, Integer> counts = new TreeMap<>();
        recent.forEach(d -> counts.merge(group.apply(d), 1, Integer::sum));
        Map<String, Estimate> rates = new TreeMap<>();
        counts.forEach((k, n) -> rates.put(k, Intervals.poissonRate(n, weeks)));
        return rates;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
