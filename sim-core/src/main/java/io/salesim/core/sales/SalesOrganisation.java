package io.salesim.core.sales;

import io.salesim.core.engine.Meaning;
import io.salesim.core.engine.EventAction;
import io.salesim.core.engine.EventCalendar;
import io.salesim.core.engine.Model;
import io.salesim.core.engine.Observations;
import io.salesim.core.engine.WorkCalendar;
import io.salesim.core.random.DistributionSpec;
import io.salesim.core.random.RandomStream;
import io.salesim.core.random.Sampler;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sales organisation: opportunities, orders, the roles of the role table that do the
 * work, the operating model that maps work to roles, travel, TOC policies, a transition plan,
 * risk and money. Everything it reports emerges from those mechanics; see docs/sales-model.md.
 */
public final class SalesOrganisation extends Model {
    /**
     * The width of the calendar's buckets: half an hour holds a few events of the bundled firms
     * and a few hundred of one a hundred times their size, whose tens of thousands of events
     * days and weeks ahead then wait in their buckets instead of in the heap the hot path sifts
     * (the ×100 firm about 1.15–1.4× faster, the small firm unchanged; wider buckets measured slower
     * and narrower ones no faster: docs/bench.md, "The size of the firm").
     */
    static final double CALENDAR_BUCKET_HOURS = 0.5;

    private final SalesOrgSpec spec;
    private final WorkCalendar calendar;
    private final Geography geography;
    private final Work work;
    private final FieldTeam field;
    private final Map<String, WorkCenter> centers = new LinkedHashMap<>();
    private final Map<String, Staffed> staff = new LinkedHashMap<>();
    private final Production production;
    private final ServiceQuality quality;
    private final MeetingPlanner planner;
    private final Pipeline pipeline;
    private final Finance finance;
    private final Sampler visitsPerSalesperson;
    private final Sampler adminPerSalesperson;
    private final RandomStream visitClusters;
    private final Observations throttledShare;
    private final SalesReport report;
    private final EventAction<Long> morning = this::morning;
    private final EventAction<Object> weekStart = o -> weekStart();
    private final Journal journal = new Journal();
    private final String[] constraintByWeek;
    private TocSpec toc;

    /**
     * Loop steps so far in the field team's and the meeting planner's per-event work whose
     * count could grow with head count (team, pool and open-day loops), for the test that it
     * does not: tree look-ups and event handling proper are not counted.
     */
    long fieldOperations() {
        return field == null ? 0 : field.operations + planner.operations;
    }

    public SalesOrganisation(SalesOrgSpec spec) {
        this(spec, EventCalendar.tiered(CALENDAR_BUCKET_HOURS));
    }

    /** On another calendar: the results must not depend on it (a test compares them). */
    SalesOrganisation(SalesOrgSpec spec, EventCalendar events) {
        super(spec.name(), spec.horizonHours(), spec.warmupHours(), events);
        this.spec = spec;
        this.calendar = spec.calendar();
        this.geography = new Geography(spec.geography(), stream("geography.clusters"), stream("geography.hops"));
        this.quality = new ServiceQuality(this, spec.service(), calendar);
        this.work = new Work(this, spec.activities(), spec.operatingModel(), quality);
        FieldTeam fieldTeam = null;
        for (RoleSpec role : spec.roles().roles()) {
            Staffed people = switch (role.policy()) {
                case POOL -> new RolePool(this, role, spec.calendar(role));
                case FIELD_TEAM -> fieldTeam = new FieldTeam(this, role, spec.risk(), spec.appointments().noShowWaitHours(),
                        spec.selling().salesmanshipCv(), spec.calendar(role), geography);
                case COST_ONLY -> new CostOnlyRole(this, role);
            };
            staff.put(role.id(), people);
            if (people instanceof WorkCenter center) {
                centers.put(role.id(), center);
                work.connect(center);
            }
        }
        this.field = fieldTeam;
        this.production = new Production(this, spec.production(), calendar);
        Fulfilment fulfilment = new Fulfilment(this, spec.orders(), spec.service(), work, production, quality, calendar, journal);
        this.pipeline = new Pipeline(this, spec.market(), spec.appointments(), spec.selling(), work, geography, fulfilment,
                calendar, journal);
        if (field != null) {
            this.planner = new MeetingPlanner(this, field, geography, spec.calendar(field.spec()),
                    spec.activities().of(Activity.BD_MEETING).workHours(), spec.operatingModel(), spec.appointments(), work,
                    this::headcountOf, t -> t.onLapse.handle(t), this::throttled, journal);
            work.connect(planner);
            field.onReplan(t -> planner.place(t, now()));
            planner.onRebook(pipeline::rescheduled);
            pipeline.connectField(field.id(), field::salesmanshipOf);
            journal.accountOwner = field::accountOwner;
            for (Map.Entry<String, Staffed> role : staff.entrySet()) {
                if (role.getValue() instanceof RolePool pool) {
                    String id = role.getKey();
                    pool.pairWith(field::headcount, () -> work.operatingModel().pairing() == Pairing.DEDICATED
                            && work.operatingModel().roleFor(Activity.MEETING_BOOKING).equals(id));
                }
            }
        } else {
            this.planner = null;
        }
        this.visitsPerSalesperson = recurring("field.visits", spec.activities().accountVisitsPerSalespersonWeek());
        this.adminPerSalesperson = recurring("field.admin", spec.activities().adminTasksPerSalespersonWeek());
        this.visitClusters = stream("field.visit_clusters");
        this.finance = new Finance(this, spec.economics(), spec.roles(), staff.values(), production,
                field == null ? null : field.resource().headcountLevel());
        if (field != null) {
            field.onTrip(this::trip);
            if (spec.risk().covered()) {
                field.coverWith(IllnessCover.by(centers.get(spec.risk().coverRole())));
            }
        }
        new TransitionPlan(this, spec.plan(), spec.warmupHours(), staff, centers, production, work, finance, pipeline,
                this::setPolicy, this::throttled);
        this.throttledShare = observations("toc.throttled_share", Meaning.neutral("fraction"));
        this.constraintByWeek = new String[weeks()];
        this.report = new SalesReport(this, spec, field, centers, production, pipeline, fulfilment, finance,
                w -> constraintByWeek[w]);
    }

    private void trip(int salesperson, int from, int to, double hours, boolean flight) {
        finance.travelled(hours, flight);
        if (journal.listening()) {
            journal.target.trip(now(), salesperson, geography.name(from), geography.name(to), hours, flight);
        }
    }

    private Sampler recurring(String streamName, double meanPerWeek) {
        return meanPerWeek > 0 ? sampler(streamName, new DistributionSpec.Poisson(meanPerWeek)) : null;
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
        Arrays.fill(constraintByWeek, toc.designatedConstraint());
        scheduleAt(morning, 0.0, 0L);
        scheduleAt(weekStart, 0.0, null);
    }

    private int headcountOf(String role) {
        Staffed people = staff.get(role);
        return people == null ? 0 : people.headcount();
    }

    /** A plan's policy step: the new constraint is judged as such from this week on. */
    private void setPolicy(TocSpec policy) {
        toc = policy;
        Arrays.fill(constraintByWeek, currentWeek(), constraintByWeek.length, policy.designatedConstraint());
    }

    @Override
    protected void beforeResults() {
        if (field != null) {
            field.flush();
        }
        for (WorkCenter center : centers.values()) {
            center.resource().finish();
        }
        production.flush();
        report.close();
    }

    /**
     * TOC drum-buffer-rope: with the throttle on, no new BD meeting is booked (and campaigns
     * wait) while the work waiting at the designated constraint exceeds its buffer, in weeks
     * of the constraint's capacity.
     */
    boolean throttled() {
        if (!toc.throttle()) {
            return false;
        }
        Centre constraint = toc.designatedConstraint().equals(Production.ID) ? production : centers.get(toc.designatedConstraint());
        return constraint.waitingHours() > toc.bufferWeeks() * constraint.capacityHoursPerWeek();
    }

    private void morning(Long day) {
        if (calendar.isWorkingDay(day)) {
            if (journal.listening()) {
                tellMorning(day);
            }
            if (field != null) {
                planner.morning(now());
                field.startDay(day);
                wrapUps();
            }
            throttledShare.record(throttled() ? 1 : 0);
            finance.refresh();
        }
        schedule(morning, 24.0, day + 1);
    }

    private void tellMorning(long day) {
        OperatingModelSpec model = work.operatingModel();
        String booker = model.roleFor(Activity.MEETING_BOOKING);
        Staffed bookers = staff.get(booker);
        journal.target.morning(now(), new SalesJournal.Morning(day, field == null ? List.of() : field.teamIds(),
                field == null ? OperatingModelSpec.NOBODY : field.id(), model.roleFor(Activity.FOLLOW_UP_CALL), booker,
                bookers == null ? 0 : bookers.headcount(), model.scheduling().id(), model.persistenceAttempts(),
                model.bookingHorizonWeeks(), throttled()));
    }

    private void weekStart() {
        quality.weekly();
        production.weekly();
        centers.values().forEach(WorkCenter::weekly);
        finance.refresh();
        recurringFieldWork();
        String caller = work.operatingModel().roleFor(Activity.OUTBOUND_CALL);
        if (!caller.equals(OperatingModelSpec.NOBODY)) {
            pipeline.outboundCalls(headcountOf(caller), spec.selling().outboundCallsPerPersonWeek());
        }
        schedule(weekStart, WorkCalendar.HOURS_PER_WEEK, null);
    }

    /** Each working day, per field salesperson: the daily wrap-up and next day's call list, with whoever the model gives it. */
    private void wrapUps() {
        if (work.operatingModel().roleFor(Activity.WRAP_UP).equals(OperatingModelSpec.NOBODY)) {
            return;
        }
        for (int i = 0; i < field.headcount(); i++) {
            work.perform(work.task(Activity.WRAP_UP, -1, i, null, t -> { }, null));
        }
    }

    /** Each week, per field salesperson: account-management visits and admin, to whoever the model gives them. */
    private void recurringFieldWork() {
        int salespeople = field == null ? 0 : field.headcount();
        for (int i = 0; i < salespeople; i++) {
            int visits = visitsPerSalesperson == null ? 0 : (int) visitsPerSalesperson.sample();
            for (int v = 0; v < visits; v++) {
                int cluster = geography.sampleCluster(visitClusters);
                work.perform(work.task(Activity.ACCOUNT_MANAGEMENT_VISIT, cluster, i, null, t -> { }, null));
            }
            int admin = adminPerSalesperson == null ? 0 : (int) adminPerSalesperson.sample();
            for (int k = 0; k < admin; k++) {
                work.perform(work.task(Activity.ADMIN, -1, i, null, t -> { }, null));
            }
        }
    }
}
