package io.salesim.core.sales;

import io.salesim.core.engine.ExperimentResult;
import io.salesim.core.engine.ReplicationRunner;
import io.salesim.core.stats.Summary;
import org.junit.jupiter.api.Test;

/** Prints headline numbers of every preset; run by hand with -Dtest=CalibrationProbe -Dprobe=true. */
class CalibrationProbe {
    @Test
    void print() {
        if (!Boolean.getBoolean("probe")) {
            return;
        }
        int reps = Integer.getInteger("reps", 10);
        String only = System.getProperty("only", "");
        for (SalesOrgSpec spec : new SalesOrgSpec[] {SalesPresets.traditional(), SalesPresets.divisionOfLabour(),
                SalesPresets.transitionFactoryDoorFirst(), SalesPresets.transitionPromotionsFirst(),
                SalesPresets.transitionSalespeopleFirst()}) {
            if (!only.isEmpty() && !spec.name().contains(only)) {
                continue;
            }
            long t0 = System.nanoTime();
            ExperimentResult r = ReplicationRunner.run(() -> new SalesOrganisation(spec), reps, 42, 2);
            System.out.printf("== %s  (%.2f s, %d events)%n", spec.name(), (System.nanoTime() - t0) / 1e9, r.eventsExecuted());
            for (String m : r.metrics()) {
                if (m.endsWith("busy_people") || m.endsWith("available_people")) {
                    continue;
                }
                Summary s = r.summary(m);
                System.out.printf("  %-48s %14.3f  [%.3f, %.3f]%n", m, s.mean(), s.ciLow(), s.ciHigh());
            }
        }
    }
}
