package io.salesim.scenarios.schema;

import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A number, real or whole, optionally bounded: {@code Types.real().above(0)},
 * {@code Types.integer().between(1, 7)}. A whole number is also a valid real.
 */
public final class NumberType implements ValueType<Double> {
    private static final Pattern WHOLE = Pattern.compile("[-+]?[0-9]+");
    /**
     * The largest whole number a key without a stated maximum takes: counts of people, servers,
     * items, attempts, days or weeks; more only exhausts the memory or the time of a run.
     */
    public static final int MAX_WHOLE = 1_000_000;
    /**
     * The sizes a number other than 0 may have: enough for hours, rates, money and kilometres,
     * while products and sums of them (a distribution's sd from its mean and cv) stay normal
     * doubles, neither infinite nor rounded to 0.
     */
    public static final double MIN_SIZE = 1e-12;
    public static final double MAX_SIZE = 1e12;

    private final boolean whole;
    private final double min;
    private final boolean minInclusive;
    private final double max;
    private final boolean maxInclusive;
    private final String noun;

    NumberType(boolean whole, double min, boolean minInclusive, double max, boolean maxInclusive, String noun) {
        this.whole = whole;
        this.min = min;
        this.minInclusive = minInclusive;
        this.max = max;
        this.maxInclusive = maxInclusive;
        this.noun = noun;
    }

    public NumberType atLeast(double bound) {
        return new NumberType(whole, bound, true, max, maxInclusive, noun);
    }

    public NumberType above(double bound) {
        return new NumberType(whole, bound, false, max, maxInclusive, noun);
    }

    public NumberType atMost(double bound) {
        return new NumberType(whole, min, minInclusive, bound, true, noun);
    }

    public NumberType between(double low, double high) {
        return new NumberType(whole, low, true, high, true, noun);
    }

    /** The same bounds, described with a different noun, e.g. "a probability". */
    public NumberType called(String newNoun) {
        return new NumberType(whole, min, minInclusive, max, maxInclusive, newNoun);
    }

    @Override
    public Double read(Node node, Problems problems) {
        boolean typeOk = whole ? node.kind() == Node.Kind.INTEGER : node.isNumber();
        if (!typeOk) {
            problems.add(node, allowed());
            return null;
        }
        double value;
        try {
            value = Double.parseDouble(node.text());
        } catch (NumberFormatException e) {
            value = Double.NaN; // YAML's .inf and .nan arrive as floats Java cannot parse: not a finite number
        }
        if (!Double.isFinite(value) || !inRange(value)) {
            problems.add(node, allowed());
            return null;
        }
        if (!whole && value != 0 && !(Math.abs(value) >= MIN_SIZE && Math.abs(value) <= MAX_SIZE)) {
            problems.add(node, allowed() + (inRange(0) ? " (0, or of a size from 1e-12 to 1e12)" : " of a size from 1e-12 to 1e12"));
            return null;
        }
        return value;
    }

    /**
     * Reads a whole number as an int (null after a problem). The number is checked as written,
     * at any size, before it is narrowed: 4294967296 is refused, not wrapped to 0. Without a
     * stated bound a whole number is within ±{@link #MAX_WHOLE}.
     */
    public Integer readInt(Node node, Problems problems) {
        BigInteger exact = node.kind() == Node.Kind.INTEGER && WHOLE.matcher(node.text()).matches()
                ? new BigInteger(node.text()) : null;
        if (exact == null || !inRange(exact.doubleValue())) {
            problems.add(node, allowed());
            return null;
        }
        NumberType bounded = new NumberType(whole, Double.isInfinite(min) ? -MAX_WHOLE : min, minInclusive,
                Double.isInfinite(max) ? MAX_WHOLE : max, maxInclusive, noun);
        if (!bounded.inRange(exact.doubleValue()) || exact.bitLength() > Integer.SIZE - 1) {
            problems.add(node, bounded.allowed());
            return null;
        }
        return exact.intValue();
    }

    private boolean inRange(double value) {
        boolean low = Double.isInfinite(min) || (minInclusive ? value >= min : value > min);
        boolean high = Double.isInfinite(max) || (maxInclusive ? value <= max : value < max);
        return low && high;
    }

    @Override
    public String allowed() {
        boolean hasMin = !Double.isInfinite(min);
        boolean hasMax = !Double.isInfinite(max);
        if (hasMin && hasMax && minInclusive && maxInclusive) {
            return noun + " in [" + format(min) + ", " + format(max) + "]";
        }
        if (hasMin && hasMax) {
            return noun + " in " + (minInclusive ? "[" : "(") + format(min) + ", " + format(max) + (maxInclusive ? "]" : ")");
        }
        if (hasMin) {
            return noun + (minInclusive ? " >= " : " > ") + format(min);
        }
        if (hasMax) {
            return noun + " <= " + format(max);
        }
        return noun;
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%s", value);
    }
}
