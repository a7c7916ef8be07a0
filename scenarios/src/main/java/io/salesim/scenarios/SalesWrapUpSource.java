package io.salesim.scenarios;

import io.salesim.core.engine.ReplicationResult;
import io.salesim.core.engine.WorkCalendar;
import io.salesim.core.sales.SalesJournal;
import io.salesim.core.sales.SalesOrgSpec;
import io.salesim.core.sales.SalesOrganisation;
import java.time.LocalDate;

/**
 * The wrap-up source of a sales-organisation scenario: a sales scenario supports
 * {@code salesim run --wrap-up} with
 * {@code return Optional.of(new SalesWrapUpSource(spec, replication, seed, startDate));}
 * in its {@link Scenario#wrapUp(int, long)}.
 */
public record SalesWrapUpSource(SalesOrgSpec spec, int replication, long seed, LocalDate startDate) implements WrapUpSource {
    /** With the default start date. */
    public SalesWrapUpSource(SalesOrgSpec spec, int replication, long seed) {
        this(spec, replication, seed, DEFAULT_START_DATE);
    }

    public SalesWrapUpSource {
        if (startDate == null) {
            throw new IllegalArgumentException("startDate: found null; allowed a Monday");
        }
        if (spec == null) {
            throw new IllegalArgumentException("spec: found null; allowed a sales-organisation spec");
        }
        if (replication < 0) {
            throw new IllegalArgumentException("replication: found " + replication + "; allowed a whole number >= 0");
        }
    }

    @Override
    public WorkCalendar calendar() {
        return new WorkCalendar(spec.hoursPerDay(), spec.daysPerWeek());
    }

    @Override
    public double warmupHours() {
        return spec.warmupHours();
    }

    @Override
    public double horizonHours() {
        return spec.horizonHours();
    }

    @Override
    public ReplicationResult replay(SalesJournal journal) {
        return new SalesOrganisation(spec).journal(journal).run(seed, replication);
    }
}
