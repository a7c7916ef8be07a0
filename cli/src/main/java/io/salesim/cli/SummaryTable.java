package io.salesim.cli;

import io.salesim.core.engine.ExperimentResult;
import io.salesim.core.stats.Summary;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/** The short table printed at the end of a run: metric, unit, mean and 95% confidence interval. */
final class SummaryTable {
    private static final MathContext FOUR_DIGITS = new MathContext(4, RoundingMode.HALF_EVEN);

    private SummaryTable() {
    }

    static String render(List<String> metrics, ExperimentResult result) {
        TextTable table = new TextTable("metric", "unit", "mean", "95% CI").numbers(2).whole(3);
        for (String metric : metrics) {
            Summary summary = result.summary(metric);
            table.row(metric, result.unit(metric), number(summary.mean()), TextTable.interval(summary.ciLow(), summary.ciHigh()));
        }
        return table.render();
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
}
