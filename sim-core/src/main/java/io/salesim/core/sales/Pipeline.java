package io.salesim.core.sales;

import io.salesim.core.engine.Meaning;
import io.salesim.core.engine.Counter;
import io.salesim.core.engine.EventAction;
import io.salesim.core.engine.Level;
import io.salesim.core.engine.ModelElement;
import io.salesim.core.engine.Observations;
import io.salesim.core.engine.WorkCalendar;
import io.salesim.core.random.DistributionSpec;
import io.salesim.core.random.RandomStream;
import io.salesim.core.random.Sampler;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * The life of an opportunity. Complex ones: contact attempts until the prospect is reached
 * or persistence runs out → booking calls until a slot is agreed (the prospect's first free
 * slot some days out) → BD meeting(s), a week or so apart, each booked again if the prospect
 * moves or misses it → pre-sale
 * technical work (sometimes) → the customer's decision → won or lost; a lost deal may come
 * back later; a won deal earns a thank-you call. Simple ones (requests for quotation): a
 * quote → decision. Every opportunity
 * ends in exactly one of won, lost or abandoned (gone cold or given up), or is still open.
 */
final class Pipeline extends ModelElement {
    private final MarketSpec spec;
    private final AppointmentsSpec appointments;
    private final SellingSpec selling;
    private final Work work;
    private final Geography geography;
    private final Fulfilment fulfilment;
    private final Journal journal;
    private final WorkCalendar calendar;
    private final List<RandomStream> arrivalStreams = new ArrayList<>();
    private final RandomStream attributes;
    private final RandomStream reach;
    private final RandomStream decisions;
    private final RandomStream returns;
    private final RandomStream slots;
    private final Sampler leadTimeDays;
    private final Observations noShowRate;
    private final Observations reschedulesPerMeeting;
    private final Observations responseWeeks;
    private final RandomStream outboundOutcomes;
    private final EventAction<Task> outboundDone = this::outboundDone;
    private String fieldRole = "";
    private IntToDoubleFunction salesmanship = id -> 1;
    private final Counter createdRate;
    private final Counter bdMeetings;
    private final Observations cycleWeeks;
    private final Observations winRate;
    private final Observations attemptsPerContact;
    private final Observations travelPerMeeting;
    private final Level open;
    private final Level openComplex;
    private final EventAction<Integer> arrive = this::arrive;
    private final EventAction<Task> callDone = this::callDone;
    private final EventAction<Task> lapsed = this::lapsed;
    private final EventAction<Opportunity> call = this::call;
    private final EventAction<Opportunity> book = this::book;
    private final EventAction<Opportunity> bookNext = this::bookAgain;
    private final EventAction<Task> booked = this::booked;
    private final EventAction<Task> meetingDone = this::meetingDone;
    private final EventAction<Task> technicalDone = t -> decide((Opportunity) t.subject);
    private final EventAction<Task> quoted = this::quoted;
    private final EventAction<Opportunity> decision = this::decision;
    private final EventAction<Opportunity> returned = this::returned;
    private long created;
    private long won;
    private long lost;
    private long abandoned;
    private long chases;
    private long contacted;
    private long noSlot;
    private long nextId;
    private double[] meetingsByWeek;

    Pipeline(ModelElement parent, MarketSpec spec, AppointmentsSpec appointments, SellingSpec selling, Work work,
             Geography geography, Fulfilment fulfilment, WorkCalendar calendar, Journal journal) {
        super(parent, "pipeline");
        this.spec = spec;
        this.appointments = appointments;
        this.selling = selling;
        this.work = work;
        this.geography = geography;
        this.fulfilment = fulfilment;
        this.journal = journal;
        this.calendar = calendar;
        for (MarketSpec.SourceSpec source : spec.sources()) {
            arrivalStreams.add(stream("arrivals." + source.name()));
        }
        this.attributes = stream("attributes");
        this.reach = stream("reach");
        this.decisions = stream("decisions");
        this.returns = stream("returns");
        this.slots = stream("slots");
        this.leadTimeDays = sampler("lead_time_days", appointments.leadTimeDays() > 0 && appointments.leadTimeCv() > 0
                ? new DistributionSpec.Gamma(appointments.leadTimeDays(), appointments.leadTimeCv() * appointments.leadTimeDays())
                : new DistributionSpec.Constant(appointments.leadTimeDays()));
        this.noShowRate = observations("sales.no_show_rate", Meaning.lower("fraction"));
        this.reschedulesPerMeeting = observations("sales.reschedules_per_meeting", Meaning.lower("reschedules/meeting"));
        this.responseWeeks = observations("sales.response_weeks", Meaning.lower("weeks").headline());
        this.outboundOutcomes = stream("outbound");
        this.createdRate = counter("opportunities.created_per_week", Meaning.neutral("opportunities/week"));
        this.bdMeetings = counter("sales.bd_meetings_per_week", Meaning.higher("meetings/week").headline());
        this.cycleWeeks = observations("sales.cycle_weeks", Meaning.lower("weeks").headline());
        this.winRate = observations("sales.win_rate", Meaning.higher("fraction").headline());
        this.attemptsPerContact = observations("sales.contact_attempts_per_contact", Meaning.neutral("attempts"));
        this.travelPerMeeting = observations("sales.travel_hours_per_meeting", Meaning.lower("hours").headline());
        this.open = level("opportunities.open_mean", Meaning.neutral("opportunities"));
        this.openComplex = level("opportunities.open_bd_mean", Meaning.neutral("opportunities"));
        computed("opportunities.created", Meaning.neutral("count"), () -> created);
        computed("opportunities.won", Meaning.higher("count"), () -> won);
        computed("opportunities.lost", Meaning.neutral("count"), () -> lost);
        computed("opportunities.abandoned", Meaning.lower("count"), () -> abandoned);
        computed("opportunities.open", Meaning.neutral("count"), open::value);
        computed("opportunities.chases_ended", Meaning.neutral("count"), () -> chases);
        computed("opportunities.contacted", Meaning.higher("count"), () -> contacted);
        computed("opportunities.no_slot_agreed", Meaning.lower("count"), () -> noSlot);
    }

    /** The field team's role (its meetings are the field channel) and each salesperson's salesmanship by id. */
    void connectField(String fieldRoleId, IntToDoubleFunction salesmanshipById) {
        this.fieldRole = fieldRoleId;
        this.salesmanship = salesmanshipById;
    }

    @Override
    protected void initialize() {
        created = 0;
        won = 0;
        lost = 0;
        abandoned = 0;
        chases = 0;
        contacted = 0;
        noSlot = 0;
        nextId = 0;
        meetingsByWeek = new double[model().weeks()];
        for (int i = 0; i < arrivalStreams.size(); i++) {
            scheduleNextArrival(i);
        }
    }

    private void scheduleNextArrival(int source) {
        double rate = spec.sources().get(source).ratePerWeek();
        if (rate > 0) {
            // customers act in business hours: a Poisson stream in working time
            double gap = -calendar.workingHoursPerWeek() / rate * Math.log(arrivalStreams.get(source).nextOpenDouble());
            scheduleAt(arrive, calendar.finishTime(now(), gap), source);
        }
    }

    private void arrive(Integer source) {
        MarketSpec.SourceSpec s = spec.sources().get(source);
        originate(s.name(), s.complexShare());
        scheduleNextArrival(source);
    }

    /** A new opportunity from a source (or a campaign's batch); complex with the given probability. */
    void originate(String source, double complexShare) {
        boolean complex = attributes.nextDouble() < complexShare;
        Opportunity opp = new Opportunity(nextId++, source, complex, geography.sampleCluster(), attributes.nextInt(1 << 20), now());
        open(opp);
        if (complex) {
            call(opp);
        } else {
            quote(opp);
        }
    }

    private void open(Opportunity opp) {
        journal.target.opportunityOpened(now(), opp.id, opp.source, opp.complex, geography.name(opp.cluster), journal.owner(opp.owner));
        created++;
        createdRate.increment();
        open.add(1);
        if (opp.complex) {
            openComplex.add(1);
        }
    }

    private void call(Opportunity opp) {
        work.perform(work.task(Activity.FOLLOW_UP_CALL, -1, opp.owner, opp, callDone, lapsed));
    }

    private void callDone(Task task) {
        Opportunity opp = (Opportunity) task.subject;
        opp.attempts++;
        boolean reached = reach.nextDouble() < spec.reachProbability();
        journal.target.callAttempted(now(), opp.id, opp.attempts, reached, journal.owner(opp.owner));
        if (reached) {
            chases++;
            contacted++;
            reached(opp);
            attemptsPerContact.record(opp.attempts);
            opp.meetingsLeft = spec.minMeetings() + reach.nextInt(spec.maxMeetings() - spec.minMeetings() + 1);
            journal.target.bookingCallDue(now(), opp.id, 1, now());
            bookAgain(opp);
        } else if (opp.attempts < work.operatingModel().persistenceAttempts()) {
            double delay = workingDays(spec.attemptSpacingDays());
            journal.target.callScheduled(now(), opp.id, now() + delay);
            schedule(call, delay, opp);
        } else {
            chases++;
            attemptsPerContact.record(opp.attempts);
            close(opp);
            abandoned++;
            journal.target.opportunityClosed(now(), opp.id, "abandoned", 0, journal.owner(opp.owner));
        }
    }

    /** The first conversation with the prospect: the response time that speed-to-lead decay counts. */
    private void reached(Opportunity opp) {
        if (Double.isNaN(opp.reachedAt)) {
            opp.reachedAt = now();
            responseWeeks.record((now() - opp.createdAt) / 168.0);
        }
    }

    private double workingDays(double days) {
        // calendar hours that hold that many working days, on average
        return days * 24.0 * 7.0 / calendar.daysPerWeek();
    }

    /** The next meeting needs booking from scratch: a fresh round of calls to agree a slot. */
    private void bookAgain(Opportunity opp) {
        opp.bookingAttempts = 0;
        book(opp);
    }

    private void book(Opportunity opp) {
        work.perform(work.task(Activity.MEETING_BOOKING, -1, opp.owner, opp, booked, lapsed));
    }

    /**
     * A booking call: a slot agreed (from the prospect's first free day, if within the booking
     * horizon), or another call later, up to persistence.
     */
    private void booked(Task task) {
        Opportunity opp = (Opportunity) task.subject;
        opp.bookingAttempts++;
        double leadDays = leadTimeDays.sample();
        if (slots.nextDouble() < appointments.slotAgreementProbability() && withinHorizon(leadDays)) {
            journal.target.meetingAgreed(now(), opp.id);
            Task meeting = work.task(Activity.BD_MEETING, opp.cluster, opp.owner, opp, meetingDone, lapsed);
            meeting.availableFrom = now() + workingDays(leadDays);
            work.perform(meeting);
        } else if (opp.bookingAttempts < work.operatingModel().persistenceAttempts()) {
            double delay = workingDays(appointments.bookingAttemptSpacingDays());
            journal.target.bookingCallDue(now(), opp.id, opp.meetingsDone + 1, now() + delay);
            schedule(book, delay, opp);
        } else {
            int salesperson = journal.owner(opp.owner);
            journal.target.noSlotAgreed(now(), opp.id, salesperson);
            noSlot++;
            close(opp);
            abandoned++;
            journal.target.opportunityClosed(now(), opp.id, "abandoned", 0, salesperson);
        }
    }

    /**
     * A coordinator books only within the booking horizon: a prospect first free beyond it is
     * called back later (ad hoc, the salesperson takes any date).
     */
    private boolean withinHorizon(double leadDays) {
        OperatingModelSpec model = work.operatingModel();
        return model.scheduling() == Scheduling.AD_HOC || leadDays <= model.bookingHorizonWeeks() * calendar.daysPerWeek();
    }

    /** The prospect moved a booked meeting: book it again. */
    void rescheduled(Task meeting) {
        Opportunity opp = (Opportunity) meeting.subject;
        if (!opp.closed) {
            opp.reschedules++;
            journal.target.bookingCallDue(now(), opp.id, opp.meetingsDone + 1, now());
            bookAgain(opp);
        }
    }

    private void meetingDone(Task task) {
        Opportunity opp = (Opportunity) task.subject;
        if (!task.doneByNobody) {
            noShowRate.record(task.noShow ? 1 : 0);
            if (task.noShow) {
                journal.target.bookingCallDue(now(), opp.id, opp.meetingsDone + 1, now());
                bookAgain(opp);
                return;
            }
            reschedulesPerMeeting.record(opp.reschedules);
            opp.reschedules = 0;
            opp.heldBy = task.doneBy;
            bdMeetings.increment();
            meetingsByWeek[model().currentWeek()]++;
            travelPerMeeting.record(task.travelHours);
            journal.target.meetingHeld(now(), opp.id, task.doneBy, geography.name(opp.cluster), task.travelHours);
        }
        opp.meetingsLeft--;
        opp.meetingsDone++;
        if (opp.meetingsLeft > 0) {
            double gap = workingDays(spec.meetingGapDays());
            journal.target.bookingCallDue(now(), opp.id, opp.meetingsDone + 1, now() + gap);
            schedule(bookNext, gap, opp);
        } else if (decisions.nextDouble() < spec.technicalWorkProbability()) {
            work.perform(work.task(Activity.PRE_SALE_TECHNICAL, -1, opp.owner, opp, technicalDone, lapsed));
        } else {
            decide(opp);
        }
    }

    private void quote(Opportunity opp) {
        work.perform(work.task(Activity.SIMPLE_QUOTE, -1, opp.owner, opp, quoted, lapsed));
    }

    private void quoted(Task quote) {
        Opportunity opp = (Opportunity) quote.subject;
        reached(opp);
        decide(opp);
    }

    private void decide(Opportunity opp) {
        schedule(decision, -spec.decisionDelayWeeks() * 168.0 * Math.log(decisions.nextOpenDouble()), opp);
    }

    /**
     * The customer decides. Complex: the market's win probability × the channel's × the
     * salesperson's salesmanship (field meetings) × the response decay; simple: the market's ×
     * the response decay. A won deal's value is the channel's share, less a partner's margin.
     */
    private void decision(Opportunity opp) {
        double response = selling.responseFactor((opp.reachedAt - opp.createdAt) / 168.0);
        double p;
        double value;
        if (opp.complex) {
            Channel channel = channel();
            SellingSpec.ChannelSpec effect = selling.of(channel);
            double skill = channel == Channel.FIELD && opp.heldBy >= 0 ? salesmanship.applyAsDouble(opp.heldBy) : 1;
            p = spec.complexWinProbability() * effect.winMultiplier() * skill * response;
            value = spec.complexValuePerOrder() * effect.valueMultiplier() * (channel == Channel.PARTNER ? 1 - selling.partnerMargin() : 1);
        } else {
            p = spec.simpleWinProbability() * response;
            value = spec.simpleValuePerOrder();
        }
        close(opp);
        if (decisions.nextDouble() < p) {
            won++;
            winRate.record(1);
            journal.target.opportunityClosed(now(), opp.id, "won", value, journal.owner(opp.owner));
            fulfilment.fromDeal(opp.id, opp.complex, value, opp.owner, opp.cluster);
            work.perform(work.task(Activity.THANK_YOU_CALL, -1, opp.owner, opp, Task.NOTHING, null));
        } else {
            lost++;
            winRate.record(0);
            journal.target.opportunityClosed(now(), opp.id, "lost", 0, journal.owner(opp.owner));
            if (returns.nextDouble() < spec.lostReturnProbability()) {
                schedule(returned, -spec.lostReturnDelayWeeks() * 168.0 * Math.log(returns.nextOpenDouble()),
                        new Opportunity(-1, "returned", opp.complex, opp.cluster, opp.owner, 0));
            }
        }
    }

    /** The channel of a complex deal now: who the operating model gives its BD conversation. */
    private Channel channel() {
        String role = work.operatingModel().roleFor(Activity.BD_MEETING);
        if (role.equals(OperatingModelSpec.NOBODY)) {
            return Channel.PARTNER;
        }
        return role.equals(fieldRole) ? Channel.FIELD : Channel.PHONE;
    }

    /**
     * Weekly: each of the {@code callers} people the model gives outbound calls makes about
     * the spec's number of calls to the account base.
     */
    void outboundCalls(int callers, double callsPerPersonWeek) {
        int calls = (int) Math.round(callers * callsPerPersonWeek);
        for (int i = 0; i < calls; i++) {
            work.perform(work.task(Activity.OUTBOUND_CALL, -1, outboundOutcomes.nextInt(1 << 20), null, outboundDone, null));
        }
    }

    /** An outbound call found a simple order to quote, a complex need to escalate to BD, or nothing. */
    private void outboundDone(Task call) {
        double u = outboundOutcomes.nextDouble();
        if (u < selling.outboundQuoteProbability()) {
            Opportunity opp = new Opportunity(nextId++, "outbound", false, geography.sampleCluster(), call.owner, now());
            open(opp);
            quote(opp);
        } else if (u < selling.outboundQuoteProbability() + selling.outboundEscalationProbability()) {
            Opportunity opp = new Opportunity(nextId++, "outbound", true, geography.sampleCluster(), call.owner, now());
            open(opp);
            reached(opp);
            opp.meetingsLeft = spec.minMeetings() + reach.nextInt(spec.maxMeetings() - spec.minMeetings() + 1);
            journal.target.bookingCallDue(now(), opp.id, 1, now());
            bookAgain(opp);
        }
    }

    /** A lost deal comes back (the competitor failed to deliver): a new opportunity, prospect already engaged. */
    private void returned(Opportunity template) {
        Opportunity opp = new Opportunity(nextId++, "returned", template.complex, template.cluster, template.owner, now());
        open(opp);
        opp.reachedAt = now(); // the prospect came back to us: no response to wait for
        if (opp.complex) {
            opp.meetingsLeft = 1;
            journal.target.bookingCallDue(now(), opp.id, 1, now());
            bookAgain(opp);
        } else {
            quote(opp);
        }
    }

    private void lapsed(Task task) {
        Opportunity opp = (Opportunity) task.subject;
        if (!opp.closed) {
            int salesperson = journal.owner(opp.owner);
            journal.target.workLapsed(now(), opp.id, task.activity.id(), salesperson);
            close(opp);
            abandoned++;
            journal.target.opportunityClosed(now(), opp.id, "abandoned", 0, salesperson);
        }
    }

    private void close(Opportunity opp) {
        opp.closed = true;
        open.add(-1);
        if (opp.complex) {
            openComplex.add(-1);
        }
        cycleWeeks.record((now() - opp.createdAt) / 168.0);
    }

    Level openComplex() {
        return openComplex;
    }

    Counter bdMeetings() {
        return bdMeetings;
    }

    double[] meetingsByWeek() {
        return meetingsByWeek.clone();
    }
}
