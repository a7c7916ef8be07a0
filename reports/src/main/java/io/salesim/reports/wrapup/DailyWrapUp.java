package io.salesim.reports.wrapup;

import io.salesim.core.engine.ReplicationResult;
import io.salesim.reports.tables.ResultFiles;
import io.salesim.scenarios.WrapUpSource;
import java.io.IOException;
import java.nio.file.Path;
import tech.tablesaw.api.Table;

/**
 * The daily wrap-up and next-day call list of one replication (seeds 000 and 001): the
 * replication is run again with a journal attached — same seed, same results — and its story
 * becomes two tables, {@code wrap-up.csv} (one row per working day and salesperson–coordinator
 * pair, over the whole horizon, warm-up included and flagged) and {@code call-list.csv}.
 * See docs/wrap-up.md.
 */
public final class DailyWrapUp {
    public static final String WRAP_UP = "wrap-up.csv";
    public static final String CALL_LIST = "call-list.csv";
    public static final String DEALS = "deals-won.csv";

    private final Table wrapUp;
    private final Table callList;
    private final Table deals;
    private final ReplicationResult result;

    private DailyWrapUp(Table wrapUp, Table callList, Table deals, ReplicationResult result) {
        this.wrapUp = wrapUp;
        this.callList = callList;
        this.deals = deals;
        this.result = result;
    }

    /** Runs the source's replication with a journal attached and builds both tables. */
    public static DailyWrapUp replay(WrapUpSource source) {
        Dates dates = Dates.of(source.startDate(), source.warmupHours());
        WrapUpRecorder recorder = new WrapUpRecorder(source.calendar(), source.horizonHours(), dates);
        ReplicationResult result = source.replay(recorder);
        recorder.finish();
        return new DailyWrapUp(WrapUpTables.wrapUp(recorder, source.warmupHours()), WrapUpTables.callList(recorder.calls(), dates),
                WrapUpTables.deals(recorder, source.warmupHours()), result);
    }

    /** One row per working day and salesperson–coordinator pair. */
    public Table wrapUp() {
        return wrapUp;
    }

    /** Each working day's calls, made at its start (and the list for the first working day after the horizon). */
    public Table callList() {
        return callList;
    }

    /** One row per deal won: the day, the account team, the value and the date its money is expected. */
    public Table deals() {
        return deals;
    }

    /** The replayed replication's results: identical to the experiment's replication with the same seed and index. */
    public ReplicationResult result() {
        return result;
    }

    /** Writes wrap-up.csv, call-list.csv and deals-won.csv into a folder (e.g. a run folder being written atomically). */
    public void writeInto(Path folder) throws IOException {
        ResultFiles.writeCsv(wrapUp, folder.resolve(WRAP_UP));
        ResultFiles.writeCsv(callList, folder.resolve(CALL_LIST));
        ResultFiles.writeCsv(deals, folder.resolve(DEALS));
    }
}
