package io.salesim.core.resource;

/** The order in which waiting items are served. */
public enum QueueDiscipline {
    /** First in, first out. */
    FIFO,
    /** Highest priority value first; FIFO among equals. */
    PRIORITY,
    /** Earliest due date first; FIFO among equals. */
    EARLIEST_DUE_DATE
}
