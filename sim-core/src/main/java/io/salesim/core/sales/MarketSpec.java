package io.salesim.core.sales;

import java.util.List;

/**
 * Where opportunities come from and how they behave: sources with rates, the chance a
 * contact attempt reaches the prospect, how attempts are spaced, how many meetings a complex
 * deal needs, win probabilities, the customer's decision delay, and lost deals that return
 * (the competitor fails to deliver).
 */
public record MarketSpec(List<SourceSpec> sources, double reachProbability, double attemptSpacingDays,
                         int minMeetings, int maxMeetings, double meetingGapDays,
                         double technicalWorkProbability, double complexWinProbability, double simpleWinProbability,
                         double decisionDelayWeeks, double complexValuePerOrder, double simpleValuePerOrder,
                         double lostReturnProbability, double lostReturnDelayWeeks) {

    /** A stream of opportunities: rate per week and the share that is complex (needs a field BD meeting). */
    public record SourceSpec(String name, double ratePerWeek, double complexShare) {
        public SourceSpec {
            Check.present("name", name);
            Check.nonNegative("ratePerWeek", ratePerWeek);
            Check.probability("complexShare", complexShare);
        }
    }

    public MarketSpec {
        sources = List.copyOf(Check.present("sources", sources));
        Check.probability("reachProbability", reachProbability);
        Check.positive("attemptSpacingDays", attemptSpacingDays);
        Check.atLeast("minMeetings", minMeetings, 1);
        Check.atLeast("maxMeetings", maxMeetings, minMeetings);
        Check.nonNegative("meetingGapDays", meetingGapDays);
        Check.probability("technicalWorkProbability", technicalWorkProbability);
        Check.probability("complexWinProbability", complexWinProbability);
        Check.probability("simpleWinProbability", simpleWinProbability);
        Check.positive("decisionDelayWeeks", decisionDelayWeeks);
        Check.nonNegative("complexValuePerOrder", complexValuePerOrder);
        Check.nonNegative("simpleValuePerOrder", simpleValuePerOrder);
        Check.probability("lostReturnProbability", lostReturnProbability);
        Check.positive("lostReturnDelayWeeks", lostReturnDelayWeeks);
    }

    /**
     * Assumptions for the seed's mid-sized engineer-to-order firm (the seed gives no flows):
     * about 23.5 complex (BD) opportunities a week are there to be had from existing accounts
     * (10 × 0.8), neglected ("under-exploited", 8) opportunities and inbound enquiries
     * (25 × 0.3): at ~2 meetings each, a little more than 2 new-model salespeople can hold
     * (seed: "when opportunity flow suffices"); simple requests for quotation arrive at
     * ~19.5 a week. A call reaches the
     * prospect 1 time in 4 (seed 002: prospects have "not had the time to get back to you"),
     * attempts 2 working days apart; complex deals need 1–3 meetings a week (5 working days)
     * apart; 60% need pre-sale technical work; the customer decides after ~2 weeks; 30% of
     * complex and 50% of simple deals are won ($80k and $10k); 10% of lost deals come back
     * after ~12 weeks. How long prospects wait before going cold is each activity's
     * {@code max_wait_weeks}.
     */
    public static MarketSpec defaults() {
        return new MarketSpec(List.of(
                new SourceSpec("existing_accounts", 10, 0.8),
                new SourceSpec("under_exploited", 6, 1.0),
                new SourceSpec("inbound", 25, 0.3)),
                0.25, 2, 1, 3, 5, 0.6, 0.3, 0.5, 2, 80_000, 10_000, 0.1, 12);
    }

    public MarketSpec withSources(List<SourceSpec> newSources) {
        return new MarketSpec(newSources, reachProbability, attemptSpacingDays, minMeetings, maxMeetings,
                meetingGapDays, technicalWorkProbability, complexWinProbability, simpleWinProbability, decisionDelayWeeks,
                complexValuePerOrder, simpleValuePerOrder, lostReturnProbability, lostReturnDelayWeeks);
    }

    public MarketSpec withTechnicalWorkProbability(double p) {
        return new MarketSpec(sources, reachProbability, attemptSpacingDays, minMeetings, maxMeetings,
                meetingGapDays, p, complexWinProbability, simpleWinProbability, decisionDelayWeeks,
                complexValuePerOrder, simpleValuePerOrder, lostReturnProbability, lostReturnDelayWeeks);
    }

    public MarketSpec withReachProbability(double p) {
        return new MarketSpec(sources, p, attemptSpacingDays, minMeetings, maxMeetings,
                meetingGapDays, technicalWorkProbability, complexWinProbability, simpleWinProbability, decisionDelayWeeks,
                complexValuePerOrder, simpleValuePerOrder, lostReturnProbability, lostReturnDelayWeeks);
    }
}
