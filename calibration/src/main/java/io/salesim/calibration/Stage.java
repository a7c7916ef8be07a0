package io.salesim.calibration;

/** What a CRM stage means for the pipeline, whatever the CRM calls it ({@link ColumnMapping#stages}). */
public enum Stage {
    WON, LOST, OPEN, NOT_ENGAGED;

    /** The mapping file's key for this meaning. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean closed() {
        return this == WON || this == LOST;
    }
}
