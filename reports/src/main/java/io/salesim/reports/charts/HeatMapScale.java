package io.salesim.reports.charts;

import java.awt.Color;

/**
 * The heat map's colour scale over 0–100% utilisation: pale to deep blue up to the limit the
 * protective-capacity target allows, then orange to deep red above it, so the target is the
 * visible break in the scale.
 */
final class HeatMapScale {
    private static final Color COOL_LOW = new Color(0xEF, 0xF3, 0xFF);
    private static final Color COOL_HIGH = new Color(0x31, 0x82, 0xBD);
    private static final Color WARM_LOW = new Color(0xFD, 0xAE, 0x61);
    private static final Color WARM_HIGH = new Color(0xA5, 0x00, 0x26);

    private HeatMapScale() {
    }

    /** 101 colours, one per percentage point, because XChart spaces range colours evenly from min to max. */
    static Color[] colours(double limitPct) {
        Color[] out = new Color[101];
        for (int pct = 0; pct <= 100; pct++) {
            if (pct < limitPct) {
                out[pct] = mix(COOL_LOW, COOL_HIGH, pct / Math.max(1, limitPct));
            } else {
                out[pct] = mix(WARM_LOW, WARM_HIGH, (pct - limitPct) / Math.max(1, 100 - limitPct));
            }
        }
        return out;
    }

    private static Color mix(Color a, Color b, double t) {
        double u = Math.min(1, Math.max(0, t));
        return new Color((int) Math.round(a.getRed() + u * (b.getRed() - a.getRed())),
                (int) Math.round(a.getGreen() + u * (b.getGreen() - a.getGreen())),
                (int) Math.round(a.getBlue() + u * (b.getBlue() - a.getBlue())));
    }
}
