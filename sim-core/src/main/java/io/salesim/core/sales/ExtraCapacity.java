package io.salesim.core.sales;

import java.util.ArrayList;
import java.util.List;

/**
 * The probe of the marginal-constraint view: a copy of a scenario with one more person in a
 * role — or 10% more production capacity — during plan weeks {@code [fromWeek, toWeek)}, and
 * how many hours of capacity that adds. Run against the original on common random numbers,
 * the throughput it gains per extra hour says how much that role limits the organisation.
 * Both runs are identical event for event before {@code fromWeek}, so the difference in
 * throughput summed after the warm-up is the gain from {@code fromWeek} to the end of the run.
 */
public record ExtraCapacity(String centre, SalesOrgSpec spec, double extraHours) {
    /** Production's probe: a tenth more capacity. */
    public static final double PRODUCTION_STEP = 0.1;

    /**
     * @param centre   a working role of the table, or {@code production}
     * @param fromWeek plan weeks (after the warm-up), inclusive
     * @param toWeek   plan weeks, exclusive; at or beyond the end of the run the extra capacity stays
     */
    public static ExtraCapacity of(SalesOrgSpec base, String centre, double fromWeek, double toWeek) {
        double planWeeks = base.horizonWeeks() - base.warmupWeeks();
        if (!(fromWeek >= 0 && fromWeek < toWeek && fromWeek < planWeeks)) {
            throw new IllegalArgumentException("weeks must satisfy 0 <= from < to and from < " + planWeeks + ", were "
                    + fromWeek + ".." + toWeek);
        }
        double end = Math.min(toWeek, planWeeks);
        List<PlanStep> plan = new ArrayList<>(base.plan());
        double weeklyHours;
        if (centre.equals(Production.ID)) {
            plan.add(new PlanStep.Improve(fromWeek, Production.ID, 1 + PRODUCTION_STEP, 0));
            if (toWeek < planWeeks) {
                plan.add(new PlanStep.Improve(toWeek, Production.ID, 1 / (1 + PRODUCTION_STEP), 0));
            }
            weeklyHours = PRODUCTION_STEP * base.production().practicalHoursPerWeek();
        } else {
            RoleSpec role = base.roles().of(centre);
            if (!role.policy().works()) {
                throw new IllegalArgumentException(centre + " takes no work: an extra person there changes nothing but cost");
            }
            plan.add(new PlanStep.Hire(fromWeek, centre, 1, 0, 0, 1));
            if (toWeek < planWeeks) {
                plan.add(new PlanStep.Attrition(toWeek, centre, 1));
            }
            weeklyHours = base.calendar(role).workingHoursPerWeek();
        }
        return new ExtraCapacity(centre, base.withPlan(plan), weeklyHours * (end - fromWeek));
    }

    /**
     * The centres worth probing: production, and every working role that gets work from an
     * operating model at some time of the run (a role with no work gains nothing from people).
     */
    public static List<String> candidates(SalesOrgSpec spec) {
        List<String> out = new ArrayList<>();
        for (String id : RoleReferences.withWorkAtSomeTime(spec.operatingModel(), spec.plan())) {
            out.add(id);
        }
        List<String> ordered = new ArrayList<>();
        for (String id : spec.reportedRoles()) {
            if (out.contains(id) || id.equals(Production.ID)) {
                ordered.add(id);
            }
        }
        return ordered;
    }
}
