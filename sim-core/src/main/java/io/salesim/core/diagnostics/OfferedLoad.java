package io.salesim.core.diagnostics;

/**
 * The load offered to a queue as a share of its capacity, known before running (arrival rate ×
 * mean work ÷ servers' working hours), with the arithmetic in words. At 1 or more the queue has
 * no steady state.
 */
public record OfferedLoad(String subject, double load, String arithmetic) {
}
