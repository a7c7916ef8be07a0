package io.salesim.core.sales;

import io.salesim.core.engine.EventAction;
import io.salesim.core.engine.Model;
import io.salesim.core.engine.Observations;
import io.salesim.core.engine.WorkCalendar;
import io.salesim.core.random.RandomStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The sales organisation of issue 3: opportunities, orders, the roles that do the work, the
 * operating model that maps work to roles, travel, TOC policies, a transition plan, risk and
 * money. Everything it reports emerges from those mechanics; see docs/sales-model.md.
 */
public final class SalesOrganisation extends Model {
    private final SalesOrgSpec spec;
    private final WorkCalendar calendar;
    private final Geography geography;
    private final Work work;
    private final FieldSales field;
    private final Map<Role, WorkCenter> centers = new EnumMap<>(Role.class);
    private final Production production;
    private final Fulfilment fulfilment;
    private final Pipeline pipeline;
    private final ServiceQuality quality;
    private final MeetingPlanner planner;
    private final Finance finance;
    private final RandomStream recurring;
    private final Observations throttledShare;
    private final SalesReport report;
    private final EventAction<Long> morning = this::morning;
    private final EventAction<Object> weekStart = o -> weekStart();
    private final Journal journal = new Journal();
    private TocSpec toc;

    public SalesOrganisation(SalesOrgSpec spec) {
        super(spec.name(), spec.horizonHours(), spec.warmupHours());
        this.spec = spec;
        this.calendar = new WorkCalendar(spec.hoursPerDay(), spec.daysPerWeek());
        this.geography = new Geography(spec.geography(), stream("geography.clusters"), stream("geography.hops"));
        this.recurring = stream("field.recurring");
        this.quality = new ServiceQuality(this, spec.orders(), calendar);
        this.work = new Work(this, spec.activities(), spec.operatingModel(), quality);
        this.field = new FieldSales(this, spec.roles().fieldSales(), spec.risk(), calendar, geography);
        centers.put(Role.FIELD_SALES, field);
        for (Role role : Role.staffed()) {
            if (role != Role.FIELD_SALES) {
                centers.put(role, new RolePool(this, role, spec.roles().of(role), calendar));
            }
        }
        centers.values().forEach(work::connect);
        this.production = new Production(this, spec.production(), calendar);
        this.fulfilment = new Fulfilment(this, spec.orders(), work, production, quality, calendar, journal);
        this.pipeline = new Pipeline(this, spec.market(), work, geography, fulfilment, calendar, journal);
        this.planner = new MeetingPlanner(field, geography, calendar, spec.activities().bdMeeting().workHours(),
                t -> t.onLapse.handle(t), this::throttled, journal);
        work.connect(planner);
        field.onReplan(t -> planner.place(t, now()));
        field.backlogWhen(planner::saturated);
        this.finance = new Finance(this, spec.economics(), spec.roles(), centers.values());
        new TransitionPlan(this, spec.plan(), spec.warmupHours(), centers, work, finance, pipeline, p -> toc = p, this::throttled);
        this.throttledShare = observations("toc.throttled_share", "fraction");
        this.report = new SalesReport(this, spec, field, centers, production, pipeline, fulfilment, finance);
        journal.accountOwner = field::accountOwner;
    }

    /** The roles reported as {@code role.<role>.*}, in report order (the six staffed roles, then production). */
    public static List<String> reportedRoles() {
        return SalesReport.ROLES;
    }

    public SalesOrgSpec spec() {
        return spec;
    }

    /** Tells the story of the following replications to {@code listener} (e.g. for a daily wrap-up of one replication). */
    public SalesOrganisation journal(SalesJournal listener) {
        journal.target = listener == null ? SalesJournal.NONE : listener;
        return this;
    }

    @Override
    protected void initialize() {
        toc = spec.toc();
        planner.reset(spec.operatingModel());
        scheduleAt(morning, 0.0, 0L);
        scheduleAt(weekStart, 0.0, null);
    }

    @Override
    protected void beforeResults() {
        field.flush();
        for (WorkCenter c : centers.values()) {
            c.activePeriods().finish(now());
        }
        production.flush();
        report.close();
    }

    /** TOC drum-buffer-rope: no new BD meetings while customer service or production is past its buffer. */
    boolean throttled() {
        if (!toc.throttle()) {
            return false;
        }
        RolePool cs = (RolePool) centers.get(Role.CUSTOMER_SERVICE);
        return cs.queueWorkHours() > toc.csBufferHours() || production.backlogHours() > toc.productionBufferHours();
    }

    private void morning(Long day) {
        if (calendar.isWorkingDay(day)) {
            if (journal.listening()) {
                tellMorning(day);
            }
            planner.morning(now());
            field.startDay(day);
            throttledShare.record(throttled() ? 1 : 0);
            finance.refresh();
        }
        schedule(morning, 24.0, day + 1);
    }

    private void tellMorning(long day) {
        OperatingModelSpec model = work.operatingModel();
        journal.target.morning(now(), new SalesJournal.Morning(day, field.teamIds(), model.roleFor(Activity.FOLLOW_UP_CALL).id(),
                model.roleFor(Activity.MEETING_BOOKING).id(), centers.get(Role.SALES_COORDINATOR).headcount(),
                model.scheduling().id(), model.persistenceAttempts(), model.bookingHorizonWeeks(), throttled()));
    }

    private void weekStart() {
        quality.weekly();
        production.weekly();
        centers.values().forEach(WorkCenter::weekly);
        finance.refresh();
        recurringFieldWork();
        schedule(weekStart, 168.0, null);
    }

    /** Each week, per field salesperson: account-management visits and admin, to whoever the model gives them. */
    private void recurringFieldWork() {
        List<Salesperson> team = field.team();
        ActivitiesSpec a = spec.activities();
        for (int i = 0; i < team.size(); i++) {
            int visits = poisson(a.accountVisitsPerSalespersonWeek());
            for (int v = 0; v < visits; v++) {
                int cluster = geography.sampleCluster(recurring);
                work.perform(work.task(Activity.ACCOUNT_MANAGEMENT_VISIT, cluster, i, null, t -> { }, null));
            }
            int admin = poisson(a.adminTasksPerSalespersonWeek());
            for (int k = 0; k < admin; k++) {
                work.perform(work.task(Activity.ADMIN, -1, i, null, t -> { }, null));
            }
        }
    }

    private int poisson(double mean) {
        if (mean <= 0) {
            return 0;
        }
        double limit = Math.exp(-mean);
        double product = recurring.nextDouble();
        int n = 0;
        while (product > limit) {
            product *= recurring.nextDouble();
            n++;
        }
        return n;
    }
}
