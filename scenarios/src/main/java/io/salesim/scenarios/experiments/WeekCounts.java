package io.salesim.scenarios.experiments;

import io.salesim.scenarios.SizableRole.WeekTest;

/**
 * A role's weeks after warm-up, pooled over replications: how many (week, replication) cells
 * were judged and how many of those missed the target. Sizing's verdict and the numbers shown
 * beside it all come from these counts.
 *
 * @param replications        replications counted
 * @param weeksPerReplication weeks after warm-up in one replication, judged or not (the plan weeks of a sales scenario)
 * @param judged              cells judged; a week the role's test leaves unjudged (NaN) is not counted
 * @param missed              judged cells above the target
 */
public record WeekCounts(int replications, int weeksPerReplication, long judged, long missed) {
    public static final WeekCounts NONE = new WeekCounts(0, 0, 0, 0);

    public WeekCounts {
        if (replications < 0 || weeksPerReplication < 0 || missed < 0 || judged < missed) {
            throw new IllegalArgumentException("need 0 <= missed <= judged, was " + missed + " of " + judged);
        }
    }

    /** These counts with one more replication's weekly series, judged by {@code test}. */
    public WeekCounts plus(double[] weekly, WeekTest test) {
        long judgedHere = 0;
        long missedHere = 0;
        for (int w = test.firstWeek(); w < weekly.length; w++) {
            if (test.judged(weekly[w])) {
                judgedHere++;
                missedHere += test.meets(weekly[w]) ? 0 : 1;
            }
        }
        return new WeekCounts(replications + 1, Math.max(0, weekly.length - test.firstWeek()),
                judged + judgedHere, missed + missedHere);
    }

    /** Share of the judged cells at or below target, pooled over weeks and replications (NaN if none was judged). */
    public double shareMeeting() {
        // one division of whole numbers: exactly the nearest double, so a share equal to the required one passes
        return judged == 0 ? Double.NaN : (double) (judged - missed) / judged;
    }

    /** Weeks above target in a replication, mean across replications. */
    public double missedPerReplication() {
        return replications == 0 ? Double.NaN : (double) missed / replications;
    }

    /**
     * Whether at least {@code requiredShare} of the judged cells meet the target. A role with no
     * judged week (nobody available and no work waiting, all run long) has nothing to protect: it meets.
     */
    public boolean meets(double requiredShare) {
        return judged == 0 || shareMeeting() >= requiredShare;
    }
}
