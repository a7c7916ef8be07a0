package io.salesim.scenarios.sales;

import io.salesim.core.sales.EconomicsSpec;
import io.salesim.core.sales.ProductionSpec;
import io.salesim.core.sales.RiskSpec;
import io.salesim.core.sales.TocSpec;
import io.salesim.scenarios.schema.Key;
import io.salesim.scenarios.schema.Problems;
import io.salesim.scenarios.schema.Schema;
import io.salesim.scenarios.schema.Types;
import io.salesim.scenarios.schema.Values;
import java.util.Map;

/**
 * The firm around the sales function — {@code toc}, {@code production}, {@code economics},
 * {@code risk} — each read and written with the same keys; defaults are the spec's.
 */
final class FirmSchema {
    private FirmSchema() {
    }

    private static final TocSpec T = TocSpec.defaults();
    private static final ProductionSpec P = ProductionSpec.defaults();
    private static final EconomicsSpec E = EconomicsSpec.defaults();
    private static final RiskSpec R = RiskSpec.defaults();

    static final Key<String> CONSTRAINT = Key.withDefault("designated_constraint", SalesTypes.roleId(false),
            T.designatedConstraint());
    static final Key<Boolean> THROTTLE = Key.withDefault("throttle", SalesTypes.bool(), T.throttle());
    static final Key<Double> BUFFER_WEEKS = Key.withDefault("buffer_weeks", Types.real().above(0), T.bufferWeeks());
    static final Schema TOC = new Schema("toc", CONSTRAINT, THROTTLE, BUFFER_WEEKS);

    static final Key<Integer> LINES = Key.withDefault("lines", Types.ints(Types.integer().atLeast(1)), P.lines());
    static final Key<Double> NOMINAL = Key.withDefault("nominal_hours_per_week", Types.real().above(0), P.nominalHoursPerWeek());
    static final Key<Double> PRACTICAL = Key.withDefault("practical_hours_per_week", Types.real().above(0), P.practicalHoursPerWeek());
    static final Key<Double> OVERTIME_SHARE = Key.withDefault("overtime_max_share", Types.real().between(0, 1), P.overtimeMaxShare());
    static final Key<Double> OVERTIME_TRIGGER = Key.withDefault("overtime_trigger_weeks", Types.real().atLeast(0),
            P.overtimeTriggerWeeks());
    static final Key<Double> OVERTIME_COST = Key.withDefault("overtime_cost_per_hour", Types.real().atLeast(0), P.overtimeCostPerHour());
    static final Key<Double> HOURS_PER_HIRE = Key.withDefault("hours_per_hire_week", Types.real().above(0), P.hoursPerHireWeek());
    static final Key<Double> SALARY_PER_HIRE = Key.withDefault("salary_per_hire", Types.real().atLeast(0), P.salaryPerHire());
    static final Key<Double> MAX_UTILIZATION = Key.withDefault("max_utilization", Types.real().between(0.05, 1), P.maxUtilization());
    static final Schema PRODUCTION = new Schema("production", LINES, NOMINAL, PRACTICAL, OVERTIME_SHARE, OVERTIME_TRIGGER,
            OVERTIME_COST, HOURS_PER_HIRE, SALARY_PER_HIRE, MAX_UTILIZATION);

    static final Key<Double> VARIABLE_COST = Key.withDefault("variable_cost_share", Types.real().between(0, 1), E.variableCostShare());
    static final Key<Double> OTHER_EXPENSE = Key.withDefault("other_operating_expense_per_week", Types.real().atLeast(0),
            E.otherOperatingExpensePerWeek());
    static final Key<Double> TRAVEL_COST = Key.withDefault("travel_cost_per_hour", Types.real().atLeast(0), E.travelCostPerHour());
    static final Key<Double> FLIGHT_COST = Key.withDefault("cost_per_flight", Types.real().atLeast(0), E.costPerFlight());
    static final Key<Double> OFFICE_COST = Key.withDefault("field_office_cost_per_year", Types.real().atLeast(0),
            E.fieldOfficeCostPerYear());
    static final Schema ECONOMICS = new Schema("economics", VARIABLE_COST, OTHER_EXPENSE, TRAVEL_COST, FLIGHT_COST, OFFICE_COST);

    static final Key<Double> ILLNESS_SPELLS = Key.withDefault("illness_spells_per_year", Types.real().atLeast(0), R.illnessSpellsPerYear());
    static final Key<Double> ILLNESS_DAYS = Key.withDefault("illness_days", Types.real().above(0), R.illnessDays());
    static final Key<String> COVER_ROLE = Key.withDefault("cover_role", SalesTypes.roleId(true), R.coverRole());
    static final Key<Double> COVER_PRODUCTIVITY = Key.withDefault("cover_productivity", Types.real().between(0.05, 1), R.coverProductivity());
    static final Key<Double> RESIGNATIONS = Key.withDefault("resignations_per_year", Types.real().atLeast(0), R.resignationsPerYear());
    static final Key<Double> REPLACEMENT_LAG = Key.withDefault("replacement_lag_weeks", Types.real().atLeast(0), R.replacementLagWeeks());
    static final Key<Double> REPLACEMENT_RAMP = Key.withDefault("replacement_ramp_weeks", Types.real().atLeast(0), R.replacementRampWeeks());
    static final Key<Double> REPLACEMENT_START = Key.withDefault("replacement_start_productivity", Types.real().between(0.05, 1),
            R.replacementStartProductivity());
    static final Schema RISK = new Schema("risk", ILLNESS_SPELLS, ILLNESS_DAYS, COVER_ROLE, COVER_PRODUCTIVITY, RESIGNATIONS,
            REPLACEMENT_LAG, REPLACEMENT_RAMP, REPLACEMENT_START);

    static TocSpec toc(Values v, Problems problems) {
        if (v == null) {
            return T;
        }
        return Records.build(v.node(), problems, () -> new TocSpec(v.get(CONSTRAINT), v.get(THROTTLE), v.get(BUFFER_WEEKS)));
    }

    static Map<String, Object> write(TocSpec t) {
        return new Entries().put(CONSTRAINT, t.designatedConstraint()).put(THROTTLE, t.throttle())
                .put(BUFFER_WEEKS, t.bufferWeeks()).map();
    }

    static Map<String, Object> write(ProductionSpec p) {
        return new Entries().put(LINES, p.lines()).put(NOMINAL, p.nominalHoursPerWeek()).put(PRACTICAL, p.practicalHoursPerWeek())
                .put(OVERTIME_SHARE, p.overtimeMaxShare()).put(OVERTIME_TRIGGER, p.overtimeTriggerWeeks())
                .put(OVERTIME_COST, p.overtimeCostPerHour()).put(HOURS_PER_HIRE, p.hoursPerHireWeek())
                .put(SALARY_PER_HIRE, p.salaryPerHire()).put(MAX_UTILIZATION, p.maxUtilization()).map();
    }

    static Map<String, Object> write(EconomicsSpec e) {
        return new Entries().put(VARIABLE_COST, e.variableCostShare()).put(OTHER_EXPENSE, e.otherOperatingExpensePerWeek())
                .put(TRAVEL_COST, e.travelCostPerHour()).put(FLIGHT_COST, e.costPerFlight())
                .put(OFFICE_COST, e.fieldOfficeCostPerYear()).map();
    }

    static Map<String, Object> write(RiskSpec r) {
        return new Entries().put(ILLNESS_SPELLS, r.illnessSpellsPerYear()).put(ILLNESS_DAYS, r.illnessDays())
                .put(COVER_ROLE, r.coverRole()).put(COVER_PRODUCTIVITY, r.coverProductivity())
                .put(RESIGNATIONS, r.resignationsPerYear()).put(REPLACEMENT_LAG, r.replacementLagWeeks())
                .put(REPLACEMENT_RAMP, r.replacementRampWeeks()).put(REPLACEMENT_START, r.replacementStartProductivity()).map();
    }

    static ProductionSpec production(Values v, Problems problems) {
        if (v == null) {
            return P;
        }
        return Records.build(v.node(), problems, () -> new ProductionSpec(v.get(LINES), v.get(NOMINAL), v.get(PRACTICAL),
                v.get(OVERTIME_SHARE), v.get(OVERTIME_TRIGGER), v.get(OVERTIME_COST), v.get(HOURS_PER_HIRE),
                v.get(SALARY_PER_HIRE), v.get(MAX_UTILIZATION)));
    }

    static EconomicsSpec economics(Values v, Problems problems) {
        if (v == null) {
            return E;
        }
        return Records.build(v.node(), problems, () -> new EconomicsSpec(v.get(VARIABLE_COST), v.get(OTHER_EXPENSE),
                v.get(TRAVEL_COST), v.get(FLIGHT_COST), v.get(OFFICE_COST)));
    }

    static RiskSpec risk(Values v, Problems problems) {
        if (v == null) {
            return R;
        }
        return Records.build(v.node(), problems, () -> new RiskSpec(v.get(ILLNESS_SPELLS), v.get(ILLNESS_DAYS), v.get(COVER_ROLE),
                v.get(COVER_PRODUCTIVITY), v.get(RESIGNATIONS), v.get(REPLACEMENT_LAG), v.get(REPLACEMENT_RAMP),
                v.get(REPLACEMENT_START)));
    }
}
