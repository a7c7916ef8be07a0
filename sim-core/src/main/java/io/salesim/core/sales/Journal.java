package io.salesim.core.sales;

/** The model's current journal; one per model, swapped by {@link SalesOrganisation#journal(SalesJournal)}. */
final class Journal {
    SalesJournal target = SalesJournal.NONE;
}
