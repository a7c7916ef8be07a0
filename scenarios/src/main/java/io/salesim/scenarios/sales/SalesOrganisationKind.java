package io.salesim.scenarios.sales;

import io.salesim.core.engine.Model;
import io.salesim.core.sales.ActivitiesSpec;
import io.salesim.core.sales.AppointmentsSpec;
import io.salesim.core.sales.SellingSpec;
import io.salesim.core.sales.EconomicsSpec;
import io.salesim.core.sales.GeographySpec;
import io.salesim.core.sales.MarketSpec;
import io.salesim.core.sales.OperatingModelSpec;
import io.salesim.core.sales.OrdersSpec;
import io.salesim.core.sales.PlanStep;
import io.salesim.core.sales.ProductionSpec;
import io.salesim.core.sales.RiskSpec;
import io.salesim.core.sales.RolesSpec;
import io.salesim.core.sales.ServiceResponseSpec;
import io.salesim.core.sales.SalesOrgSpec;
import io.salesim.core.sales.TocSpec;
import io.salesim.scenarios.Assumption;
import io.salesim.scenarios.Scenario;
import io.salesim.scenarios.ScenarioKind;
import io.salesim.scenarios.ScenarioSource;
import io.salesim.scenarios.WrapUpSource;
import io.salesim.scenarios.schema.Key;
import io.salesim.scenarios.schema.Node;
import io.salesim.scenarios.schema.Problems;
import io.salesim.scenarios.schema.Schema;
import io.salesim.scenarios.schema.Types;
import io.salesim.scenarios.schema.Values;
import io.salesim.scenarios.schema.YamlTree;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The {@code sales-organisation} scenario kind: a YAML mirror of {@link SalesOrgSpec} (keys
 * are the snake_case of its record components), every key optional with the spec's default,
 * plus {@code extends:} to start from another scenario. The only place where the file's
 * vocabulary meets the sales model's.
 */
public final class SalesOrganisationKind implements ScenarioKind {
    public static final String NAME = "sales-organisation";
    private static final SalesOrgSpec D = SalesOrgSpec.defaults();

    static final Key<String> KIND = Key.required("kind", Types.oneOf(Set.of(NAME)));
    static final Key<String> SCENARIO_NAME = Key.required("name", Types.name());
    static final Key<String> DESCRIPTION = Key.withDefault("description", Types.text(), "");
    /**
     * The calendar date of plan week 1's Monday (the first day after the warm-up), for the dates in the daily
     * wrap-up. A fixed default, not the day the run is made, so the same seed writes the same bytes.
     */
    static final Key<LocalDate> START_DATE = Key.withDefault("start_date", Types.map(Types.text(), SalesOrganisationKind::date),
            WrapUpSource.DEFAULT_START_DATE);
    static final Key<String> EXTENDS = Key.optional(Extends.KEY, Types.text());
    static final Key<Integer> HORIZON_WEEKS = Key.withDefault("horizon_weeks", Types.ints(Types.integer().between(1, Model.MAX_HORIZON_WEEKS)), D.horizonWeeks());
    static final Key<Integer> WARMUP_WEEKS = Key.withDefault("warmup_weeks", Types.count(), D.warmupWeeks());
    static final Key<Double> HOURS_PER_DAY = Key.withDefault("hours_per_day", Types.real().between(1, 24), D.hoursPerDay());
    static final Key<Integer> DAYS_PER_WEEK = Key.withDefault("days_per_week", Types.ints(Types.integer().between(1, 7)), D.daysPerWeek());
    static final Key<Values> GEOGRAPHY = Key.optional("geography", MarketSchema.GEOGRAPHY);
    static final Key<Values> MARKET = Key.optional("market", MarketSchema.MARKET);
    static final Key<Values> ORDERS = Key.optional("orders", MarketSchema.ORDERS);
    static final Key<Values> APPOINTMENTS = Key.optional("appointments", MarketSchema.APPOINTMENTS);
    static final Key<Values> SELLING = Key.optional("selling", MarketSchema.SELLING);
    static final Key<Values> SERVICE = Key.optional("service", MarketSchema.SERVICE);
    static final Key<Values> ACTIVITIES = Key.optional("activities", WorkSchema.ACTIVITIES);
    static final Key<RolesSpec> ROLES = Key.optional("roles", WorkSchema.roles());
    static final Key<Values> OPERATING_MODEL = Key.optional("operating_model", WorkSchema.OPERATING_MODEL);
    static final Key<Values> TOC = Key.optional("toc", FirmSchema.TOC);
    static final Key<Values> PRODUCTION = Key.optional("production", FirmSchema.PRODUCTION);
    static final Key<Values> ECONOMICS = Key.optional("economics", FirmSchema.ECONOMICS);
    static final Key<Values> RISK = Key.optional("risk", FirmSchema.RISK);
    static final Key<List<AssumptionsBlock.Entry>> ASSUMPTIONS = Key.optional("assumptions", AssumptionsBlock.type());
    static final Key<List<PlanStep>> PLAN = Key.withDefault("plan", Types.listOf(PlanSchema.step(), 0), List.of());
    static final Schema FILE = new Schema("a sales-organisation scenario", KIND, SCENARIO_NAME, DESCRIPTION, START_DATE, EXTENDS,
            HORIZON_WEEKS, WARMUP_WEEKS, HOURS_PER_DAY, DAYS_PER_WEEK, GEOGRAPHY, MARKET, APPOINTMENTS, SELLING, ORDERS, SERVICE, ACTIVITIES, ROLES,
            OPERATING_MODEL, TOC, PRODUCTION, ECONOMICS, RISK, PLAN, ASSUMPTIONS)
            .withCheck(SalesOrganisationKind::warmupInsideHorizon).withCheck(SalesOrganisationKind::startOnMonday);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Scenario read(Node root, ScenarioSource source, Problems problems) {
        Node merged = Extends.follow(root, problems);
        if (merged == null) {
            return null;
        }
        Values file = FILE.read(merged, problems);
        if (file == null) {
            return null;
        }
        SalesOrgSpec spec = spec(file, problems);
        if (spec == null) {
            return null;
        }
        List<Assumption> assumptions = assumptions(file, spec, problems);
        return assumptions == null ? null : new SalesOrganisationScenario(spec, file.get(DESCRIPTION), source, assumptions,
                file.get(START_DATE));
    }

    private static List<Assumption> assumptions(Values file, SalesOrgSpec spec, Problems problems) {
        return AssumptionsBlock.resolve(file.get(ASSUMPTIONS), file.nodeOf(ASSUMPTIONS), file.node().source(), spec,
                file.get(DESCRIPTION), problems);
    }

    /** The spec the document describes, every section checked, or null after problems. */
    private static SalesOrgSpec spec(Values file, Problems problems) {
        int before = problems.size();
        GeographySpec geography = MarketSchema.geography(file.get(GEOGRAPHY), problems);
        MarketSpec market = MarketSchema.market(file.get(MARKET), problems);
        AppointmentsSpec appointments = MarketSchema.appointments(file.get(APPOINTMENTS), problems);
        SellingSpec selling = MarketSchema.selling(file.get(SELLING), problems);
        OrdersSpec orders = MarketSchema.orders(file.get(ORDERS), problems);
        ServiceResponseSpec service = MarketSchema.service(file.get(SERVICE), problems);
        ActivitiesSpec activities = WorkSchema.activities(file.get(ACTIVITIES), problems);
        RolesSpec roles = file.has(ROLES) ? file.get(ROLES) : RolesSpec.defaults();
        OperatingModelSpec model = WorkSchema.operatingModel(file.get(OPERATING_MODEL), problems);
        TocSpec toc = FirmSchema.toc(file.get(TOC), problems);
        ProductionSpec production = FirmSchema.production(file.get(PRODUCTION), problems);
        EconomicsSpec economics = FirmSchema.economics(file.get(ECONOMICS), problems);
        RiskSpec risk = FirmSchema.risk(file.get(RISK), problems);
        if (problems.size() > before) {
            return null;
        }
        return Records.build(file.node(), problems, () -> new SalesOrgSpec(file.get(SCENARIO_NAME), file.get(HORIZON_WEEKS),
                file.get(WARMUP_WEEKS), file.get(HOURS_PER_DAY), file.get(DAYS_PER_WEEK), geography, market, appointments, selling, orders, service,
                activities,
                roles, model, toc, production, economics, risk, file.get(PLAN)));
    }

    /**
     * The spec as read, written out whole: {@code extends:} followed, every default explicit.
     * It reads back to an equal spec (tested), so a resolved file reruns the same scenario.
     */
    @Override
    public Node resolve(Node root) {
        Problems problems = new Problems();
        Node merged = Extends.follow(root, problems);
        Values file = merged == null ? null : FILE.read(merged, problems);
        SalesOrgSpec spec = file == null ? null : spec(file, problems);
        if (spec == null) {
            throw new IllegalStateException("resolve called on a document read refused: " + problems.list());
        }
        List<Assumption> assumptions = assumptions(file, spec, problems);
        if (assumptions == null) {
            throw new IllegalStateException("resolve called on a document read refused: " + problems.list());
        }
        Node resolved = YamlTree.parse(root.source(), SalesYaml.write(spec, file.get(DESCRIPTION), file.get(START_DATE), assumptions), problems);
        if (resolved == null) {
            throw new IllegalStateException("resolved document does not parse: " + problems.list());
        }
        return resolved;
    }

    /** An ISO date, or LocalDate.MIN for {@link #startOnMonday} to report (a conversion may not fail). */
    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            return LocalDate.MIN;
        }
    }

    private static void startOnMonday(Values file, Problems problems) {
        LocalDate start = file.get(START_DATE);
        if (start.equals(LocalDate.MIN)) {
            problems.add(file.nodeOf(START_DATE), "an ISO date (yyyy-mm-dd), e.g. 2026-01-05");
        } else if (start.getDayOfWeek() != DayOfWeek.MONDAY) {
            problems.add(file.nodeOf(START_DATE), "a Monday (the model's weeks start on Monday); "
                    + start + " is a " + start.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        }
    }

    private static void warmupInsideHorizon(Values file, Problems problems) {
        if (file.get(WARMUP_WEEKS) >= file.get(HORIZON_WEEKS)) {
            problems.add(file.nodeOf(WARMUP_WEEKS), "a whole number >= 0 and below horizon_weeks (" + file.get(HORIZON_WEEKS) + ")");
        }
    }
}
