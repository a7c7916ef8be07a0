package io.salesim.bench;

/** What one M/M/c run of any implementation gives back: enough to check it and to keep JMH from eliding it. */
record MmcOutcome(long customers, double meanWaitHours, double meanBusyServers) {
}
