package io.salesim.core.sales;

import java.util.Locale;

/**
 * Who holds a complex deal's business-development conversation, from the operating model's
 * role for {@code bd_meeting}: the field team (a meeting on site), a desk role (phone or video,
 * e.g. inside sales), or nobody here (a channel partner sells it).
 */
public enum Channel {
    FIELD,
    PHONE,
    PARTNER;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
