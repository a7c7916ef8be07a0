package io.salesim.calibration;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What happened after the cutoff, week by week, computed from the export in this one place:
 * a deal closed on the cutoff day belongs to the fit, so the weeks start the day after;
 * {@code won_deals} and {@code won_value} count every deal won in the week however long ago it
 * was engaged; {@code open_pipeline} counts the deals open at the end of the week's last day.
 */
public final class Actuals {
    private Actuals() {
    }

    /** The weeks from the day after the cutoff to the last close in the export. */
    public static List<IsoWeek> weeks(CrmExport export, LocalDate cutoff) {
        return IsoWeek.covering(cutoff.plusDays(1), export.lastCloseDate());
    }

    /** metric → one value per week of {@link #weeks}. */
    public static Map<Metric, double[]> of(List<Deal> deals, List<IsoWeek> weeks) {
        Map<Metric, double[]> actual = new EnumMap<>(Metric.class);
        for (Metric m : Metric.values()) {
            actual.put(m, new double[weeks.size()]);
        }
        for (int w = 0; w < weeks.size(); w++) {
            IsoWeek week = weeks.get(w);
            for (Deal d : deals) {
                if (d.won() && d.closed() != null && week.contains(d.closed())) {
                    actual.get(Metric.WON_DEALS)[w]++;
                    actual.get(Metric.WON_VALUE)[w] += d.valueWon();
                }
                if (d.openAt(week.last())) {
                    actual.get(Metric.OPEN_PIPELINE)[w]++;
                }
            }
        }
        return actual;
    }
}
