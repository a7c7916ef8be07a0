package io.salesim.reports.wrapup;

/**
 * One call on a day's call list.
 *
 * @param day      calendar day (0-based) the list is for
 * @param dueDay   calendar day (0-based) the call fell due; earlier than {@code day} when carried over
 * @param caller   who makes it (a salesperson, their coordinator, or a role)
 * @param simulated whether the model spends work time on the call (thank-you calls are listed only)
 */
record CallRow(long day, CallType type, int attempt, long opportunity, String cluster, String salesperson, String caller,
               long dueDay, String purpose, boolean simulated) {
}
