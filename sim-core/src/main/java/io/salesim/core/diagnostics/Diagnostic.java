package io.salesim.core.diagnostics;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One warning about a run: what kind ({@link Code}), whose queue or metric it is about (a
 * station, a role, {@code system}, or a metric name), a sentence a reader can act on, and the
 * numbers that made the judgement, in the order they are best read.
 */
public record Diagnostic(Code code, String subject, String message, Map<String, Object> evidence) {

    /** The kinds of warning, with the name run.json and the report use. */
    public enum Code {
        /** Offered load at or above capacity, or a queue that keeps growing through the run. */
        UNSTABLE_QUEUE("unstable_queue", true),
        /** The weekly series settles later than the warm-up ends (MSER). */
        WARMUP_TOO_SHORT("warmup_too_short", true),
        /** Too few weeks after the warm-up to judge whether the run reached a steady state. */
        SHORT_WINDOW("short_window", true),
        /** L − λW on a queue is further from 0 than its interval allows. */
        LITTLES_LAW("littles_law", true),
        /** A metric has values in fewer replications than were run. */
        MISSING_VALUES("missing_values", false);

        private final String id;
        private final boolean biasesMeans;

        Code(String id, boolean biasesMeans) {
            this.id = id;
            this.biasesMeans = biasesMeans;
        }

        public String id() {
            return id;
        }

        /** Whether the warning says the means themselves are off (so no interval on them can be trusted to cover). */
        public boolean biasesMeans() {
            return biasesMeans;
        }
    }

    public Diagnostic {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(message, "message");
        evidence = Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
    }

    /**
     * Whether this warning stands for {@code metric}. A missing-values warning stands for its own
     * metric only. Any other stands for the metrics of its subject (the name starts with the
     * subject and a dot), for every metric when it is about the whole {@code system}, and for
     * every metric that belongs to none of {@code queueSubjects} (a total such as throughput or
     * money depends on every queue).
     */
    public boolean standsFor(String metric, Collection<String> queueSubjects) {
        if (code == Code.MISSING_VALUES) {
            return metric.equals(subject);
        }
        if ("system".equals(subject) || metric.startsWith(subject + ".")) {
            return true;
        }
        return queueSubjects.stream().noneMatch(queue -> metric.startsWith(queue + "."));
    }
}
