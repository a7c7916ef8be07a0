package io.salesim.cli;

import io.salesim.core.engine.ExperimentResult;
import io.salesim.core.stats.Summary;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** The short table printed at the end of a run: metric, unit, mean and 95% confidence interval. */
final class SummaryTable {
    private static final MathContext FOUR_DIGITS = new MathContext(4, RoundingMode.HALF_EVEN);

    private SummaryTable() {
    }

    static String render(List<String> metrics, ExperimentResult result) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"metric", "unit", "mean", "95% CI"});
        for (String metric : metrics) {
            Summary summary = result.summary(metric);
            String interval = Double.isNaN(summary.ciLow()) ? "-" : "[" + number(summary.ciLow()) + ", " + number(summary.ciHigh()) + "]";
            rows.add(new String[] {metric, result.unit(metric), number(summary.mean()), interval});
        }
        int[] widths = new int[4];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            out.append(pad(row[0], widths[0])).append("  ").append(pad(row[1], widths[1])).append("  ")
                    .append(" ".repeat(widths[2] - row[2].length())).append(row[2]).append("  ").append(row[3]).append('\n');
        }
        return out.toString();
    }

    /** Four significant digits, plain notation. */
    static String number(double value) {
        if (Double.isNaN(value)) {
            return "-";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        BigDecimal rounded = new BigDecimal(value).round(FOUR_DIGITS);
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }
}
