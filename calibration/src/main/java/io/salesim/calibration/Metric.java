package io.salesim.calibration;

import io.salesim.core.engine.Meaning;

/** What a backtest compares week by week, each with its meaning. */
public enum Metric {
    /** Deals won in the week, whenever they were engaged. */
    WON_DEALS("won_deals", Meaning.higher("deals/week")),
    /** Their won value. */
    WON_VALUE("won_value", Meaning.higher("$/week")),
    /** Deals engaged and not closed at the end of the week's last day. */
    OPEN_PIPELINE("open_pipeline", Meaning.neutral("deals"));

    private final String id;
    private final Meaning meaning;

    Metric(String id, Meaning meaning) {
        this.id = id;
        this.meaning = meaning;
    }

    public String id() {
        return id;
    }

    public Meaning meaning() {
        return meaning;
    }
}
