package io.salesim.reports.wrapup;

import io.salesim.core.sales.SalesJournal.Morning;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Every call has a purpose (seed 001), said the way the seed teaches: "The purpose of my call is …". */
final class CallPurpose {
    static final String OPENING = "The purpose of my call is ";
    /** "Tuesday 3 March 2026": fixed English, whatever the machine's locale. */
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);

    private CallPurpose() {
    }

    static String of(CallType type, int attempt, int meeting, String source, String cluster, double value, long promisedDay,
                     Morning morning, Dates dates) {
        return OPENING + switch (type) {
            case OPPORTUNITY_FOLLOW_UP -> "to reach the decision-maker about your " + need(source)
                    + " and agree a first meeting in " + cluster + attempt(attempt, morning) + ".";
            case CAMPAIGN_FOLLOW_UP -> "to follow up your reply to our campaign and agree a first meeting in " + cluster
                    + attempt(attempt, morning) + ".";
            case ZONE_ROTATION -> "to book our " + ordinal(meeting) + " meeting in " + cluster + (morning.scheduling().equals("batched")
                    ? " for a day we are in your area, within the next " + morning.bookingHorizonWeeks() + " weeks."
                    : " at the next opening in my diary.");
            case THANK_YOU -> "to thank you for your order of " + String.format(Locale.ROOT, "$%,.0f", value)
                    + " and confirm its delivery by " + dates.date(promisedDay).format(LONG_DATE) + ".";
        };
    }

    private static String need(String source) {
        return switch (source) {
            case "existing_accounts" -> "new requirement";
            case "under_exploited" -> "account's untapped needs";
            case "inbound" -> "enquiry";
            default -> source.replace('_', ' ') + " opportunity";
        };
    }

    private static String attempt(int attempt, Morning morning) {
        return attempt == 1 ? "" : " (attempt " + attempt + " of at most " + morning.persistenceAttempts() + ")";
    }

    private static String ordinal(int meeting) {
        return switch (meeting) {
            case 1 -> "first";
            case 2 -> "second";
            case 3 -> "third";
            default -> meeting + "th";
        };
    }
}
