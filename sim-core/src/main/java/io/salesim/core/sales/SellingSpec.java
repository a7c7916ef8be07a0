package io.salesim.core.sales;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Who sells, and how fast, matters. A complex deal's win probability is the market's
 * {@code complex_win_probability} × its channel's {@code winMultiplier} × the salesperson's
 * salesmanship (field channel: each salesperson's own factor, drawn when they join, gamma
 * with mean 1 and {@code salesmanshipCv}) × {@code 0.5^(response weeks / responseHalfLifeWeeks)},
 * the response being the time from the opportunity's arrival to the first conversation with
 * the prospect (a simple quote: to the quote). A won deal's value is the market's × the
 * channel's {@code valueMultiplier}; a partner keeps {@code partnerMargin} of what it sells.
 * Inside sales (whoever the model gives {@code outbound_call}) calls the account base,
 * {@code outboundCallsPerPersonWeek} calls a week each: a call finds a simple order to quote
 * with {@code outboundQuoteProbability}, or a complex need, escalated to the BD pipeline
 * (booked for a BD meeting like any reached prospect), with {@code outboundEscalationProbability}.
 */
public record SellingSpec(double responseHalfLifeWeeks, Map<Channel, ChannelSpec> channels, double partnerMargin,
                          double salesmanshipCv, double outboundCallsPerPersonWeek, double outboundQuoteProbability,
                          double outboundEscalationProbability) {

    /** One channel's effectiveness relative to a field meeting. */
    public record ChannelSpec(double winMultiplier, double valueMultiplier) {
        public ChannelSpec {
            Check.range("winMultiplier", winMultiplier, 0, 3);
            Check.range("valueMultiplier", valueMultiplier, 0, 3);
        }
    }

    public SellingSpec {
        if (!(responseHalfLifeWeeks > 0)) {
            throw new InvalidSpec("responseHalfLifeWeeks", responseHalfLifeWeeks, "> 0 (.inf for no decay)");
        }
        EnumMap<Channel, ChannelSpec> copy = new EnumMap<>(Channel.class);
        copy.putAll(Check.present("channels", channels));
        for (Channel c : Channel.values()) {
            if (copy.get(c) == null) {
                throw new InvalidSpec(List.of("channels", c.id()), "nothing", "win_multiplier and value_multiplier of " + c.id());
            }
        }
        channels = Collections.unmodifiableMap(copy);
        Check.range("partnerMargin", partnerMargin, 0, 1);
        Check.range("salesmanshipCv", salesmanshipCv, 0, 1);
        Check.range("outboundCallsPerPersonWeek", outboundCallsPerPersonWeek, 0, 200);
        Check.probability("outboundQuoteProbability", outboundQuoteProbability);
        Check.probability("outboundEscalationProbability", outboundEscalationProbability);
        if (outboundQuoteProbability + outboundEscalationProbability > 1) {
            throw new InvalidSpec("outboundEscalationProbability", outboundEscalationProbability,
                    "at most 1 - outbound_quote_probability ("
                            + BigDecimal.ONE.subtract(BigDecimal.valueOf(outboundQuoteProbability)).stripTrailingZeros().toPlainString() + ")");
        }
    }

    /**
     * Assumptions. A prospect's interest halves every 8 weeks without a conversation (an
     * engineer-to-order buyer who asked to be contacted approaches competitors within weeks;
     * lead-response studies such as Oldroyd, McElheran and Elkington, HBR 2011, find the odds
     * fall steeply with delay, for online leads within hours). A phone conversation wins 60%
     * as often as a field meeting and for 70% of the value (complex, engineered projects are
     * sold face to face); a partner wins 70% as often (it sells other makers' lines too) for
     * the full value but keeps 30% (distributor margins in industrial equipment run 20–35%). Salespeople differ:
     * salesmanship varies 20% around the mean. Inside sales makes 60 outbound calls a week
     * each (a quarter of their time at 0.25 h a call); 1 in 10 finds a simple order to quote,
     * 1 in 50 a complex need escalated to BD.
     */
    public static SellingSpec defaults() {
        Map<Channel, ChannelSpec> channels = new EnumMap<>(Channel.class);
        channels.put(Channel.FIELD, new ChannelSpec(1, 1));
        channels.put(Channel.PHONE, new ChannelSpec(0.6, 0.7));
        channels.put(Channel.PARTNER, new ChannelSpec(0.7, 1));
        return new SellingSpec(8, channels, 0.3, 0.2, 60, 0.1, 0.02);
    }

    /** Everyone sells alike and time does not matter: every channel as a field meeting, no margin, no decay, no outbound calls. */
    public static SellingSpec uniform() {
        Map<Channel, ChannelSpec> channels = new EnumMap<>(Channel.class);
        for (Channel c : Channel.values()) {
            channels.put(c, new ChannelSpec(1, 1));
        }
        return new SellingSpec(Double.POSITIVE_INFINITY, channels, 0, 0, 0, 0, 0);
    }

    public ChannelSpec of(Channel channel) {
        return channels.get(channel);
    }

    /** The share of a deal's win probability left after waiting {@code weeks} for a first conversation. */
    double responseFactor(double weeks) {
        return Double.isInfinite(responseHalfLifeWeeks) ? 1 : Math.pow(0.5, Math.max(0, weeks) / responseHalfLifeWeeks);
    }

    public SellingSpec withResponseHalfLifeWeeks(double weeks) {
        return new SellingSpec(weeks, channels, partnerMargin, salesmanshipCv, outboundCallsPerPersonWeek, outboundQuoteProbability,
                outboundEscalationProbability);
    }

    public SellingSpec withPartnerMargin(double margin) {
        return new SellingSpec(responseHalfLifeWeeks, channels, margin, salesmanshipCv, outboundCallsPerPersonWeek,
                outboundQuoteProbability, outboundEscalationProbability);
    }

    public SellingSpec withSalesmanshipCv(double cv) {
        return new SellingSpec(responseHalfLifeWeeks, channels, partnerMargin, cv, outboundCallsPerPersonWeek,
                outboundQuoteProbability, outboundEscalationProbability);
    }

    public SellingSpec withOutboundCallsPerPersonWeek(double calls) {
        return new SellingSpec(responseHalfLifeWeeks, channels, partnerMargin, salesmanshipCv, calls, outboundQuoteProbability,
                outboundEscalationProbability);
    }
}
