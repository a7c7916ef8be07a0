package io.salesim.core.sales;

import java.util.function.IntUnaryOperator;

/** The model's current journal; one per model, swapped by {@link SalesOrganisation#journal(SalesJournal)}. */
final class Journal {
    SalesJournal target = SalesJournal.NONE;
    /** Owner key of an opportunity → the salesperson its field work goes to now (-1 with no team); reads only. */
    IntUnaryOperator accountOwner = key -> -1;

    boolean listening() {
        return target != SalesJournal.NONE;
    }

    int owner(int ownerKey) {
        return accountOwner.applyAsInt(ownerKey);
    }
}
