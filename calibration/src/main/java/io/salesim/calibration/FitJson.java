package io.salesim.calibration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** fit.json: the fit in machine-readable form; every estimate as {value, ci95_low, ci95_high, n}. */
public final class FitJson {
    public static final String FILE = "fit.json";

    private FitJson() {
    }

    public static Map<String, Object> facts(Fit fit, String export, String mapping, String base) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("export", export);
        j.put("mapping", mapping);
        j.put("extends", base);
        j.put("first_engage_date", fit.first().toString());
        j.put("cutoff", fit.cutoff().toString());
        j.put("engaged", fit.engaged());
        j.put("not_engaged", fit.notEngaged());
        j.put("win_probability", estimate(fit.winProbability()));
        j.put("win_probability_by_product", estimates(fit.winByProduct()));
        j.put("win_probability_by_team", estimates(fit.winByTeam()));
        Fit.Cycle cycle = fit.cycle();
        j.put("never_close_share", estimate(cycle.model().neverCloseShare()));
        j.put("cycle_mean_days", estimate(cycle.model().cycleMeanDays()));
        j.put("cycle_mean_days_naive", estimate(cycle.naive().cycleMeanDays()));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("family", cycle.model().family().id());
        model.put("fitted", cycle.model().describe());
        model.put("closed", cycle.model().closed());
        model.put("censored", cycle.model().censored());
        model.put("mean_censored_age_days", round(cycle.meanCensoredAgeDays()));
        model.put("max_closed_days", round(cycle.maxClosedDays()));
        model.put("km_sup_distance", round(cycle.supDistance()));
        model.put("km_share_of_closes_inside_band", round(cycle.shareInsideBand()));
        List<Object> candidates = new ArrayList<>();
        for (CureModel m : cycle.candidates()) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("family", m.family().id());
            c.put("fitted", m.describe());
            c.put("aic", round(m.aic()));
            c.put("never_close_share", round(m.neverCloseShareValue()));
            c.put("cycle_mean_days", round(m.closers().getNumericalMean()));
            candidates.add(c);
        }
        model.put("candidates", candidates);
        model.put("naive", cycle.naive().describe());
        j.put("cycle_model", model);
        Map<String, Object> arrivals = estimate(fit.arrivals().recentPerWeek());
        arrivals.put("from", fit.arrivals().recentFrom().toString());
        arrivals.put("to", fit.cutoff().toString());
        j.put("arrivals_per_week", arrivals);
        j.put("arrivals_per_week_by_team", estimates(fit.arrivals().byTeam()));
        j.put("arrivals_per_week_by_product", estimates(fit.arrivals().byProduct()));
        List<Object> months = new ArrayList<>();
        for (Arrivals.Month m : fit.arrivals().months()) {
            Map<String, Object> month = estimate(m.perWeek());
            month.put("month", m.month().toString());
            month.put("days", m.days());
            months.add(month);
        }
        j.put("arrivals_per_week_by_month", months);
        Map<String, Object> values = new LinkedHashMap<>();
        fit.valuesByProduct().forEach((product, v) -> {
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("family", v.family());
            value.put("location", round(v.location()));
            value.put("scale", round(v.scale()));
            value.put("ks_distance", round(v.ksDistance()));
            value.put("ks_p_value", round(v.ksPValue()));
            value.put("mean", estimate(v.mean()));
            values.put(product, value);
        });
        j.put("won_value_by_product", values);
        j.put("complex_products", List.copyOf(fit.complexProducts()));
        j.put("agents", fit.team().agents());
        j.put("agents_by_team", fit.team().agentsByTeam());
        j.put("agents_on_roster", fit.rosterSize());
        j.put("open_at_cutoff", fit.team().openAtCutoff());
        j.put("open_per_agent", round(fit.team().openPerAgent()));
        return j;
    }

    public static String json(Map<String, Object> facts) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(facts) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> estimate(Estimate e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", round(e.value()));
        m.put("ci95_low", round(e.low()));
        m.put("ci95_high", round(e.high()));
        m.put("n", e.n());
        return m;
    }

    private static Map<String, Object> estimates(Map<String, Estimate> es) {
        Map<String, Object> m = new LinkedHashMap<>();
        es.forEach((k, e) -> m.put(k, estimate(e)));
        return m;
    }

    /** Six significant digits: enough for any use, and stable text. */
    static Object round(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return null;
        }
        return new java.math.BigDecimal(x).round(new java.math.MathContext(6)).doubleValue();
    }
}
