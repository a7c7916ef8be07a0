package io.salesim.scenarios;

import io.salesim.core.engine.ReplicationResult;
import io.salesim.core.engine.WorkCalendar;
import io.salesim.core.sales.SalesJournal;
import java.time.LocalDate;

/**
 * One replication of a sales scenario, ready to be run again with a journal attached — the
 * raw material of the daily wrap-up and next-day call list. The same seed and replication
 * give the same run, so the replay is the replication the experiment ran.
 */
public interface WrapUpSource {
    /**
     * {@code start_date} when a scenario gives none: the first Monday of 2026. A fixed date, not the
     * week the run is made, so the same seed writes the same bytes on any day.
     */
    LocalDate DEFAULT_START_DATE = LocalDate.of(2026, 1, 5);

    /** The engine's replication index (0-based, as {@link ReplicationResult#replication()}). */
    int replication();

    long seed();

    /** The office calendar people work (which days are working days, hours a day). */
    WorkCalendar calendar();

    double warmupHours();

    /** The calendar date of plan week 1's Monday, the first day after the warm-up (scenario key {@code start_date}). */
    LocalDate startDate();

    double horizonHours();

    /** Runs the replication from a clean state, telling its story to {@code journal}; returns its results. */
    ReplicationResult replay(SalesJournal journal);
}
