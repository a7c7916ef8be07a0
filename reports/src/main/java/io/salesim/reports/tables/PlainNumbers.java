package io.salesim.reports.tables;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/**
 * How numbers are printed in result files: 10 significant digits, plain decimal notation
 * (no exponent, no grouping), '.' as the decimal point whatever the locale, no "-0".
 * The same double always prints the same text, so files from equal runs are byte-identical.
 */
public final class PlainNumbers extends NumberFormat {
    private static final MathContext SIGNIFICANT = new MathContext(10, RoundingMode.HALF_EVEN);

    /** Plain text of a finite value; empty for NaN (a missing value). */
    public static String plain(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        BigDecimal rounded = new BigDecimal(value).round(SIGNIFICANT).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(plain(number));
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(number);
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        String rest = source.substring(parsePosition.getIndex()).strip();
        try {
            double value = Double.parseDouble(rest);
            parsePosition.setIndex(source.length());
            return value;
        } catch (NumberFormatException e) {
            parsePosition.setErrorIndex(parsePosition.getIndex());
            return null;
        }
    }
}
