package io.salesim.core.sales;

/**
 * How prospects agree, keep and move BD meetings — every value an assumption, since the seed
 * names the practice (coordinators "book meetings 4 weeks out", seed 000) but not the odds.
 * A booking call agrees a slot with probability {@code slotAgreementProbability}; otherwise
 * the booker calls again {@code bookingAttemptSpacingDays} working days later, up to the
 * operating model's persistence. The prospect's first free slot is a gamma-distributed
 * {@code leadTimeDays} working days out (mean, coefficient of variation {@code leadTimeCv}):
 * no meeting is held before it. A meeting booked {@code w} weeks ahead is moved by the
 * prospect with probability {@code rescheduleProbability + reschedulePerWeekAhead × w} (it
 * goes back to be booked again) and missed by the prospect with probability
 * {@code noShowProbability + noShowPerWeekAhead × w} (the salesperson travels, waits
 * {@code noShowWaitHours}, and the meeting is booked again), so a long booking horizon fills
 * calendars and batches trips but costs reschedules and no-shows. Both probabilities are
 * capped at {@code maxLapseProbability}.
 */
public record AppointmentsSpec(double slotAgreementProbability, double bookingAttemptSpacingDays, double leadTimeDays,
                               double leadTimeCv, double rescheduleProbability, double reschedulePerWeekAhead,
                               double noShowProbability, double noShowPerWeekAhead, double noShowWaitHours,
                               double maxLapseProbability) {
    public AppointmentsSpec {
        Check.probability("slotAgreementProbability", slotAgreementProbability);
        if (slotAgreementProbability == 0) {
            throw new InvalidSpec("slotAgreementProbability", 0, "above 0 (no booking would ever agree a slot)");
        }
        Check.positive("bookingAttemptSpacingDays", bookingAttemptSpacingDays);
        Check.nonNegative("leadTimeDays", leadTimeDays);
        Check.range("leadTimeCv", leadTimeCv, 0, 3);
        Check.probability("rescheduleProbability", rescheduleProbability);
        Check.range("reschedulePerWeekAhead", reschedulePerWeekAhead, 0, 1);
        Check.probability("noShowProbability", noShowProbability);
        Check.range("noShowPerWeekAhead", noShowPerWeekAhead, 0, 1);
        Check.range("noShowWaitHours", noShowWaitHours, 0, 8);
        Check.range("maxLapseProbability", maxLapseProbability, 0, 0.9);
    }

    /**
     * Assumptions: a booking call agrees a slot 3 times in 5 (the prospect has been reached
     * and wants to meet; the rest call back), a day apart; a prospect's first free slot is
     * about a week out (5 working days, cv 1: often sooner, sometimes weeks). Meetings booked
     * for this week are moved 5% of the time and missed 3%; each week further ahead adds 4 and
     * 1.5 points (appointment-scheduling studies consistently find both rise with lead time),
     * capped at 50%; a missed meeting costs the salesperson half an hour's wait on top of the
     * trip.
     */
    public static AppointmentsSpec defaults() {
        return new AppointmentsSpec(0.6, 1, 8, 0.8, 0.05, 0.04, 0.03, 0.015, 0.5, 0.5);
    }

    /** Probability that a meeting booked {@code weeksAhead} ahead is moved by the prospect. */
    double rescheduleProbability(double weeksAhead) {
        return Math.min(maxLapseProbability, rescheduleProbability + reschedulePerWeekAhead * Math.max(0, weeksAhead));
    }

    /** Probability that the prospect misses a meeting booked {@code weeksAhead} ahead. */
    double noShowProbability(double weeksAhead) {
        return Math.min(maxLapseProbability, noShowProbability + noShowPerWeekAhead * Math.max(0, weeksAhead));
    }

    /** Prospects who keep every meeting and take the first slot offered: booking is one call, nothing moves. */
    public static AppointmentsSpec punctual() {
        return new AppointmentsSpec(1, 1, 0, 0, 0, 0, 0, 0, 0, 0.5);
    }

    public AppointmentsSpec withLeadTimeDays(double days) {
        return new AppointmentsSpec(slotAgreementProbability, bookingAttemptSpacingDays, days, leadTimeCv, rescheduleProbability,
                reschedulePerWeekAhead, noShowProbability, noShowPerWeekAhead, noShowWaitHours, maxLapseProbability);
    }
}
