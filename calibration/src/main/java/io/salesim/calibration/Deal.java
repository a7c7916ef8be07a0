package io.salesim.calibration;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * One opportunity of the export, as read: its stage as recorded at the end of the data, its
 * engage and close dates (close null while open), and the won value (0 unless won).
 *
 * @param line the line of the file it came from, for messages
 */
public record Deal(String id, String agent, String team, String product, Stage stage, LocalDate engaged,
                   LocalDate closed, double valueWon, int line) {

    /** Whether the deal was closed (won or lost) on or before the cutoff, as seen at the cutoff. */
    public boolean closedBy(LocalDate cutoff) {
        return closed != null && !closed.isAfter(cutoff);
    }

    /** Whether it was engaged on or before the cutoff (not engaged at all: never). */
    public boolean engagedBy(LocalDate cutoff) {
        return engaged != null && !engaged.isAfter(cutoff);
    }

    /** Whether it was in the pipeline at the end of this day: engaged by then and not closed by then. */
    public boolean openAt(LocalDate day) {
        return engagedBy(day) && !closedBy(day);
    }

    public boolean won() {
        return stage == Stage.WON;
    }

    /** Days from engagement to close, or to the cutoff when it was still open then (censored). */
    public long daysInPipeline(LocalDate cutoff) {
        return ChronoUnit.DAYS.between(engaged, closedBy(cutoff) ? closed : cutoff);
    }
}
