package io.salesim.scenarios.sales;

import io.salesim.core.sales.AppointmentsSpec;
import io.salesim.core.sales.Channel;
import io.salesim.core.sales.SellingSpec;
import io.salesim.core.sales.GeographySpec;
import io.salesim.core.sales.MarketSpec;
import io.salesim.core.sales.OrdersSpec;
import io.salesim.core.sales.ServiceResponseSpec;
import io.salesim.scenarios.schema.Key;
import io.salesim.scenarios.schema.Problems;
import io.salesim.scenarios.schema.Schema;
import io.salesim.scenarios.schema.Types;
import io.salesim.scenarios.schema.Values;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The outside world of a sales organisation: {@code geography}, {@code market} and
 * {@code orders}, each read and written with the same keys. Every default is the spec's own ({@code GeographySpec.defaults()} …), so the
 * file format and the model cannot disagree; ranges mirror the records' checks.
 */
final class MarketSchema {
    private MarketSchema() {
    }

    private static final GeographySpec G = GeographySpec.defaults();
    private static final MarketSpec M = MarketSpec.defaults();
    private static final OrdersSpec O = OrdersSpec.defaults();

    // geography
    static final Key<String> CLUSTER_NAME = Key.required("name", Types.name());
    static final Key<Double> X_KM = Key.required("x_km", Types.real());
    static final Key<Double> Y_KM = Key.required("y_km", Types.real());
    static final Key<Double> WEIGHT = Key.required("weight", Types.real().atLeast(0));
    static final Schema CLUSTER = new Schema("a cluster", CLUSTER_NAME, X_KM, Y_KM, WEIGHT);
    static final Key<List<Values>> CLUSTERS = Key.optional("clusters", Types.listOf(CLUSTER, 1));
    static final Key<Double> DRIVE_THRESHOLD_KM = Key.withDefault("drive_threshold_km", Types.real().atLeast(0), G.driveThresholdKm());
    static final Key<Double> DRIVE_SPEED = Key.withDefault("drive_speed_km_per_hour", Types.real().above(0), G.driveSpeedKmPerHour());
    static final Key<Double> FLIGHT_OVERHEAD = Key.withDefault("flight_overhead_hours", Types.real().atLeast(0), G.flightOverheadHours());
    static final Key<Double> FLIGHT_SPEED = Key.withDefault("flight_speed_km_per_hour", Types.real().above(0), G.flightSpeedKmPerHour());
    static final Key<Double> LOCAL_HOP = Key.withDefault("local_hop_hours", Types.real().atLeast(0), G.localHopHours());
    static final Key<String> HOME_CLUSTER = Key.withDefault("home_cluster", Types.name(), G.homeCluster());
    static final Schema GEOGRAPHY = new Schema("geography", CLUSTERS, DRIVE_THRESHOLD_KM, DRIVE_SPEED, FLIGHT_OVERHEAD,
            FLIGHT_SPEED, LOCAL_HOP, HOME_CLUSTER).withCheck(Schema.uniqueNames(CLUSTERS, CLUSTER_NAME, "cluster"));

    // market
    static final Key<String> SOURCE_NAME = Key.required("name", Types.name());
    static final Key<Double> RATE = Key.required("rate_per_week", Types.real().atLeast(0));
    static final Key<Double> COMPLEX_SHARE = Key.required("complex_share", Types.probability());
    static final Schema SOURCE = new Schema("a source", SOURCE_NAME, RATE, COMPLEX_SHARE);
    static final Key<List<Values>> SOURCES = Key.optional("sources", Types.listOf(SOURCE, 0));
    static final Key<Double> REACH = Key.withDefault("reach_probability", Types.probability(), M.reachProbability());
    static final Key<Double> ATTEMPT_SPACING = Key.withDefault("attempt_spacing_days", Types.real().above(0), M.attemptSpacingDays());
    static final Key<Integer> MIN_MEETINGS = Key.withDefault("min_meetings", Types.ints(Types.integer().atLeast(1)), M.minMeetings());
    static final Key<Integer> MAX_MEETINGS = Key.withDefault("max_meetings", Types.ints(Types.integer().atLeast(1)), M.maxMeetings());
    static final Key<Double> MEETING_GAP = Key.withDefault("meeting_gap_days", Types.real().atLeast(0), M.meetingGapDays());
    static final Key<Double> TECHNICAL = Key.withDefault("technical_work_probability", Types.probability(), M.technicalWorkProbability());
    static final Key<Double> COMPLEX_WIN = Key.withDefault("complex_win_probability", Types.probability(), M.complexWinProbability());
    static final Key<Double> SIMPLE_WIN = Key.withDefault("simple_win_probability", Types.probability(), M.simpleWinProbability());
    static final Key<Double> DECISION_DELAY = Key.withDefault("decision_delay_weeks", Types.real().above(0), M.decisionDelayWeeks());
    static final Key<Double> COMPLEX_VALUE = Key.withDefault("complex_value_per_order", Types.real().atLeast(0), M.complexValuePerOrder());
    static final Key<Double> SIMPLE_VALUE = Key.withDefault("simple_value_per_order", Types.real().atLeast(0), M.simpleValuePerOrder());
    static final Key<Double> LOST_RETURN = Key.withDefault("lost_return_probability", Types.probability(), M.lostReturnProbability());
    static final Key<Double> LOST_RETURN_DELAY = Key.withDefault("lost_return_delay_weeks", Types.real().above(0), M.lostReturnDelayWeeks());
    static final Schema MARKET = new Schema("market", SOURCES, REACH, ATTEMPT_SPACING, MIN_MEETINGS, MAX_MEETINGS, MEETING_GAP,
            TECHNICAL, COMPLEX_WIN, SIMPLE_WIN, DECISION_DELAY, COMPLEX_VALUE, SIMPLE_VALUE, LOST_RETURN, LOST_RETURN_DELAY)
            .withCheck(Schema.uniqueNames(SOURCES, SOURCE_NAME, "source"));

    // orders
    static final Key<Double> REPEAT_RATE = Key.withDefault("repeat_orders_per_week", Types.real().atLeast(0), O.repeatOrdersPerWeek());
    static final Key<Double> REPEAT_VALUE = Key.withDefault("repeat_value_per_order", Types.real().atLeast(0), O.repeatValuePerOrder());
    static final Key<Double> REPEAT_HOURS = Key.withDefault("repeat_production_hours", Types.real().above(0), O.repeatProductionHours());
    static final Key<Double> SIMPLE_HOURS = Key.withDefault("simple_production_hours", Types.real().above(0), O.simpleProductionHours());
    static final Key<Double> COMPLEX_HOURS = Key.withDefault("complex_production_hours", Types.real().above(0), O.complexProductionHours());
    static final Key<Double> HOURS_CV = Key.withDefault("production_hours_cv", Types.real().between(0, 3), O.productionHoursCv());
    static final Key<Double> ISSUES = Key.withDefault("issues_per_order", Types.real().atLeast(0), O.issuesPerOrder());
    static final Key<Double> ISSUE_DELAY = Key.withDefault("issue_delay_weeks", Types.real().above(0), O.issueDelayWeeks());
    static final Key<Double> QUOTED_LEAD = Key.withDefault("quoted_lead_time_weeks", Types.real().above(0), O.quotedLeadTimeWeeks());
    static final Schema ORDERS = new Schema("orders", REPEAT_RATE, REPEAT_VALUE, REPEAT_HOURS, SIMPLE_HOURS, COMPLEX_HOURS,
            HOURS_CV, ISSUES, ISSUE_DELAY, QUOTED_LEAD);

    // service: how customers respond to it
    private static final ServiceResponseSpec S = ServiceResponseSpec.defaults();
    static final Key<Double> CS_REFERENCE = Key.withDefault("cs_on_time_reference_pct", Types.real().between(0, 100),
            S.csOnTimeReferencePct());
    static final Key<Double> LIFT = Key.withDefault("repeat_lift_per_on_time_point", Types.real().between(0, 0.1),
            S.repeatLiftPerOnTimePoint());
    static final Key<Double> DELIVERY_REFERENCE = Key.withDefault("delivery_on_time_reference_pct", Types.real().between(0, 100),
            S.deliveryOnTimeReferencePct());
    static final Key<Double> LOSS = Key.withDefault("repeat_loss_per_late_point", Types.real().between(0, 0.1),
            S.repeatLossPerLatePoint());
    static final Key<Integer> WINDOW = Key.withDefault("window_weeks", Types.ints(Types.integer().atLeast(1)), S.windowWeeks());
    static final Key<Double> MIN_MULT = Key.withDefault("min_repeat_multiplier", Types.real().between(0, 1), S.minRepeatMultiplier());
    static final Key<Double> MAX_MULT = Key.withDefault("max_repeat_multiplier", Types.real().between(1, 10), S.maxRepeatMultiplier());
    static final Key<Double> CANCEL = Key.withDefault("cancel_probability_per_late_week", Types.probability(),
            S.cancelProbabilityPerLateWeek());
    static final Key<Double> EXTRA_ISSUES = Key.withDefault("extra_issues_per_late_week", Types.real().between(0, 10),
            S.extraIssuesPerLateWeek());
    static final Schema SERVICE = new Schema("service", CS_REFERENCE, LIFT, DELIVERY_REFERENCE, LOSS, WINDOW, MIN_MULT, MAX_MULT,
            CANCEL, EXTRA_ISSUES);

    // appointments: how prospects agree, keep and move meetings
    private static final AppointmentsSpec A = AppointmentsSpec.defaults();
    static final Key<Double> SLOT_AGREEMENT = Key.withDefault("slot_agreement_probability", Types.real().between(0.01, 1),
            A.slotAgreementProbability());
    static final Key<Double> BOOKING_SPACING = Key.withDefault("booking_attempt_spacing_days", Types.real().above(0),
            A.bookingAttemptSpacingDays());
    static final Key<Double> LEAD_TIME = Key.withDefault("lead_time_days", Types.real().between(0, 130), A.leadTimeDays());
    static final Key<Double> LEAD_TIME_CV = Key.withDefault("lead_time_cv", Types.real().between(0, 3), A.leadTimeCv());
    static final Key<Double> RESCHEDULE = Key.withDefault("reschedule_probability", Types.probability(), A.rescheduleProbability());
    static final Key<Double> RESCHEDULE_PER_WEEK = Key.withDefault("reschedule_per_week_ahead", Types.probability(),
            A.reschedulePerWeekAhead());
    static final Key<Double> NO_SHOW = Key.withDefault("no_show_probability", Types.probability(), A.noShowProbability());
    static final Key<Double> NO_SHOW_PER_WEEK = Key.withDefault("no_show_per_week_ahead", Types.probability(), A.noShowPerWeekAhead());
    static final Key<Double> NO_SHOW_WAIT = Key.withDefault("no_show_wait_hours", Types.real().between(0, 8), A.noShowWaitHours());
    static final Key<Double> MAX_LAPSE = Key.withDefault("max_lapse_probability", Types.real().between(0, 0.9),
            A.maxLapseProbability());
    static final Schema APPOINTMENTS = new Schema("appointments", SLOT_AGREEMENT, BOOKING_SPACING, LEAD_TIME, LEAD_TIME_CV,
            RESCHEDULE, RESCHEDULE_PER_WEEK, NO_SHOW, NO_SHOW_PER_WEEK, NO_SHOW_WAIT, MAX_LAPSE);

    // selling: who sells, and how fast, matters
    private static final SellingSpec SELL = SellingSpec.defaults();
    static final Key<Double> HALF_LIFE = Key.withDefault("response_half_life_weeks",
            SalesTypes.orInfinity(Types.real().above(0), "no decay"), SELL.responseHalfLifeWeeks());
    static final Map<Channel, Key<Double>> CHANNEL_WIN = new EnumMap<>(Channel.class);
    static final Map<Channel, Key<Double>> CHANNEL_VALUE = new EnumMap<>(Channel.class);
    static final Map<Channel, Key<Values>> CHANNEL = new EnumMap<>(Channel.class);
    static final Schema CHANNELS;
    static final Key<Values> CHANNELS_KEY;
    static final Key<Double> PARTNER_MARGIN = Key.withDefault("partner_margin", Types.probability(), SELL.partnerMargin());
    static final Key<Double> SALESMANSHIP_CV = Key.withDefault("salesmanship_cv", Types.real().between(0, 1), SELL.salesmanshipCv());
    static final Key<Double> OUTBOUND_CALLS = Key.withDefault("outbound_calls_per_person_week", Types.real().between(0, 200),
            SELL.outboundCallsPerPersonWeek());
    static final Key<Double> OUTBOUND_QUOTE = Key.withDefault("outbound_quote_probability", Types.probability(),
            SELL.outboundQuoteProbability());
    static final Key<Double> OUTBOUND_ESCALATION = Key.withDefault("outbound_escalation_probability", Types.probability(),
            SELL.outboundEscalationProbability());
    static final Schema SELLING;

    static {
        List<Key<?>> channels = new ArrayList<>();
        for (Channel c : Channel.values()) {
            SellingSpec.ChannelSpec d = SELL.of(c);
            Key<Double> win = Key.withDefault("win_multiplier", Types.real().between(0, 3), d.winMultiplier());
            Key<Double> value = Key.withDefault("value_multiplier", Types.real().between(0, 3), d.valueMultiplier());
            CHANNEL_WIN.put(c, win);
            CHANNEL_VALUE.put(c, value);
            Key<Values> key = Key.optional(c.id(), new Schema("channel " + c.id(), win, value));
            CHANNEL.put(c, key);
            channels.add(key);
        }
        CHANNELS = new Schema("channels", channels.toArray(new Key<?>[0]));
        CHANNELS_KEY = Key.optional("channels", CHANNELS);
        SELLING = new Schema("selling", HALF_LIFE, CHANNELS_KEY, PARTNER_MARGIN, SALESMANSHIP_CV, OUTBOUND_CALLS, OUTBOUND_QUOTE,
                OUTBOUND_ESCALATION);
    }

    /** The section's spec from its values (null: absent, all defaults), or null after a problem. */
    static GeographySpec geography(Values v, Problems problems) {
        if (v == null) {
            return G;
        }
        List<GeographySpec.ClusterSpec> clusters = new ArrayList<>();
        if (v.has(CLUSTERS)) {
            for (Values c : v.get(CLUSTERS)) {
                GeographySpec.ClusterSpec cluster = Records.build(c.node(), problems, () ->
                        new GeographySpec.ClusterSpec(c.get(CLUSTER_NAME), c.get(X_KM), c.get(Y_KM), c.get(WEIGHT)));
                if (cluster == null) {
                    return null;
                }
                clusters.add(cluster);
            }
        } else {
            clusters.addAll(G.clusters());
        }
        return Records.build(v.node(), problems, () -> new GeographySpec(clusters, v.get(DRIVE_THRESHOLD_KM), v.get(DRIVE_SPEED),
                v.get(FLIGHT_OVERHEAD), v.get(FLIGHT_SPEED), v.get(LOCAL_HOP), v.get(HOME_CLUSTER)));
    }

    static MarketSpec market(Values v, Problems problems) {
        if (v == null) {
            return M;
        }
        List<MarketSpec.SourceSpec> sources = new ArrayList<>();
        if (v.has(SOURCES)) {
            for (Values s : v.get(SOURCES)) {
                MarketSpec.SourceSpec source = Records.build(s.node(), problems,
                        () -> new MarketSpec.SourceSpec(s.get(SOURCE_NAME), s.get(RATE), s.get(COMPLEX_SHARE)));
                if (source == null) {
                    return null;
                }
                sources.add(source);
            }
        } else {
            sources.addAll(M.sources());
        }
        return Records.build(v.node(), problems, () -> new MarketSpec(sources, v.get(REACH), v.get(ATTEMPT_SPACING),
                v.get(MIN_MEETINGS), v.get(MAX_MEETINGS), v.get(MEETING_GAP), v.get(TECHNICAL), v.get(COMPLEX_WIN),
                v.get(SIMPLE_WIN), v.get(DECISION_DELAY), v.get(COMPLEX_VALUE), v.get(SIMPLE_VALUE), v.get(LOST_RETURN),
                v.get(LOST_RETURN_DELAY)));
    }

    static OrdersSpec orders(Values v, Problems problems) {
        if (v == null) {
            return O;
        }
        return Records.build(v.node(), problems, () -> new OrdersSpec(v.get(REPEAT_RATE), v.get(REPEAT_VALUE),
                v.get(REPEAT_HOURS), v.get(SIMPLE_HOURS), v.get(COMPLEX_HOURS), v.get(HOURS_CV), v.get(ISSUES),
                v.get(ISSUE_DELAY), v.get(QUOTED_LEAD)));
    }

    static ServiceResponseSpec service(Values v, Problems problems) {
        if (v == null) {
            return S;
        }
        return Records.build(v.node(), problems, () -> new ServiceResponseSpec(v.get(CS_REFERENCE), v.get(LIFT),
                v.get(DELIVERY_REFERENCE), v.get(LOSS), v.get(WINDOW), v.get(MIN_MULT), v.get(MAX_MULT), v.get(CANCEL),
                v.get(EXTRA_ISSUES)));
    }

    static AppointmentsSpec appointments(Values v, Problems problems) {
        if (v == null) {
            return A;
        }
        return Records.build(v.node(), problems, () -> new AppointmentsSpec(v.get(SLOT_AGREEMENT), v.get(BOOKING_SPACING),
                v.get(LEAD_TIME), v.get(LEAD_TIME_CV), v.get(RESCHEDULE), v.get(RESCHEDULE_PER_WEEK), v.get(NO_SHOW),
                v.get(NO_SHOW_PER_WEEK), v.get(NO_SHOW_WAIT), v.get(MAX_LAPSE)));
    }

    static SellingSpec selling(Values v, Problems problems) {
        if (v == null) {
            return SELL;
        }
        Map<Channel, SellingSpec.ChannelSpec> channels = new EnumMap<>(Channel.class);
        Values mapped = v.get(CHANNELS_KEY);
        for (Channel c : Channel.values()) {
            Values one = mapped == null ? null : mapped.get(CHANNEL.get(c));
            if (one == null) {
                channels.put(c, SELL.of(c));
            } else {
                SellingSpec.ChannelSpec channel = Records.build(one.node(), problems,
                        () -> new SellingSpec.ChannelSpec(one.get(CHANNEL_WIN.get(c)), one.get(CHANNEL_VALUE.get(c))));
                if (channel == null) {
                    return null;
                }
                channels.put(c, channel);
            }
        }
        return Records.build(v.node(), problems, () -> new SellingSpec(v.get(HALF_LIFE), channels, v.get(PARTNER_MARGIN),
                v.get(SALESMANSHIP_CV), v.get(OUTBOUND_CALLS), v.get(OUTBOUND_QUOTE), v.get(OUTBOUND_ESCALATION)));
    }

    static Map<String, Object> write(SellingSpec s) {
        Entries channels = new Entries();
        for (Channel c : Channel.values()) {
            channels.put(CHANNEL.get(c).name(), new Entries().put(CHANNEL_WIN.get(c), s.of(c).winMultiplier())
                    .put(CHANNEL_VALUE.get(c), s.of(c).valueMultiplier()).map());
        }
        return new Entries().put(HALF_LIFE, s.responseHalfLifeWeeks()).put(CHANNELS_KEY.name(), channels.map())
                .put(PARTNER_MARGIN, s.partnerMargin()).put(SALESMANSHIP_CV, s.salesmanshipCv())
                .put(OUTBOUND_CALLS, s.outboundCallsPerPersonWeek()).put(OUTBOUND_QUOTE, s.outboundQuoteProbability())
                .put(OUTBOUND_ESCALATION, s.outboundEscalationProbability()).map();
    }

    static Map<String, Object> write(AppointmentsSpec a) {
        return new Entries().put(SLOT_AGREEMENT, a.slotAgreementProbability()).put(BOOKING_SPACING, a.bookingAttemptSpacingDays())
                .put(LEAD_TIME, a.leadTimeDays()).put(LEAD_TIME_CV, a.leadTimeCv()).put(RESCHEDULE, a.rescheduleProbability())
                .put(RESCHEDULE_PER_WEEK, a.reschedulePerWeekAhead()).put(NO_SHOW, a.noShowProbability())
                .put(NO_SHOW_PER_WEEK, a.noShowPerWeekAhead()).put(NO_SHOW_WAIT, a.noShowWaitHours())
                .put(MAX_LAPSE, a.maxLapseProbability()).map();
    }

    static Map<String, Object> write(ServiceResponseSpec s) {
        return new Entries().put(CS_REFERENCE, s.csOnTimeReferencePct()).put(LIFT, s.repeatLiftPerOnTimePoint())
                .put(DELIVERY_REFERENCE, s.deliveryOnTimeReferencePct()).put(LOSS, s.repeatLossPerLatePoint())
                .put(WINDOW, s.windowWeeks()).put(MIN_MULT, s.minRepeatMultiplier()).put(MAX_MULT, s.maxRepeatMultiplier())
                .put(CANCEL, s.cancelProbabilityPerLateWeek()).put(EXTRA_ISSUES, s.extraIssuesPerLateWeek()).map();
    }

    static Map<String, Object> write(GeographySpec g) {
        List<Object> clusters = new ArrayList<>();
        for (GeographySpec.ClusterSpec c : g.clusters()) {
            clusters.add(new Entries().put(CLUSTER_NAME, c.name()).put(X_KM, c.xKm()).put(Y_KM, c.yKm()).put(WEIGHT, c.weight()).map());
        }
        return new Entries().put(CLUSTERS.name(), clusters).put(DRIVE_THRESHOLD_KM, g.driveThresholdKm())
                .put(DRIVE_SPEED, g.driveSpeedKmPerHour()).put(FLIGHT_OVERHEAD, g.flightOverheadHours())
                .put(FLIGHT_SPEED, g.flightSpeedKmPerHour()).put(LOCAL_HOP, g.localHopHours()).put(HOME_CLUSTER, g.homeCluster())
                .map();
    }

    static Map<String, Object> write(MarketSpec m) {
        List<Object> sources = new ArrayList<>();
        for (MarketSpec.SourceSpec s : m.sources()) {
            sources.add(new Entries().put(SOURCE_NAME, s.name()).put(RATE, s.ratePerWeek()).put(COMPLEX_SHARE, s.complexShare()).map());
        }
        return new Entries().put(SOURCES.name(), sources).put(REACH, m.reachProbability())
                .put(ATTEMPT_SPACING, m.attemptSpacingDays()).put(MIN_MEETINGS, m.minMeetings()).put(MAX_MEETINGS, m.maxMeetings())
                .put(MEETING_GAP, m.meetingGapDays()).put(TECHNICAL, m.technicalWorkProbability())
                .put(COMPLEX_WIN, m.complexWinProbability()).put(SIMPLE_WIN, m.simpleWinProbability())
                .put(DECISION_DELAY, m.decisionDelayWeeks()).put(COMPLEX_VALUE, m.complexValuePerOrder())
                .put(SIMPLE_VALUE, m.simpleValuePerOrder()).put(LOST_RETURN, m.lostReturnProbability())
                .put(LOST_RETURN_DELAY, m.lostReturnDelayWeeks()).map();
    }

    static Map<String, Object> write(OrdersSpec o) {
        return new Entries().put(REPEAT_RATE, o.repeatOrdersPerWeek()).put(REPEAT_VALUE, o.repeatValuePerOrder())
                .put(REPEAT_HOURS, o.repeatProductionHours()).put(SIMPLE_HOURS, o.simpleProductionHours())
                .put(COMPLEX_HOURS, o.complexProductionHours()).put(HOURS_CV, o.productionHoursCv())
                .put(ISSUES, o.issuesPerOrder()).put(ISSUE_DELAY, o.issueDelayWeeks()).put(QUOTED_LEAD, o.quotedLeadTimeWeeks())
                .map();
    }
}
