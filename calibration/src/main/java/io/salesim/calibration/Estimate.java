package io.salesim.calibration;

/**
 * A fitted value with its 95% interval and the sample it came from.
 *
 * @param n the sample size: deals, or arrivals counted
 */
public record Estimate(double value, double low, double high, int n) {
    public Estimate {
        if (!(low <= value && value <= high) && !Double.isNaN(value)) {
            throw new IllegalArgumentException("an estimate inside its interval: " + low + " <= " + value + " <= " + high);
        }
    }

    public boolean covers(double truth) {
        return low <= truth && truth <= high;
    }
}
