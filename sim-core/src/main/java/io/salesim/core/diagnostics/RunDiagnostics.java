package io.salesim.core.diagnostics;

import io.salesim.core.engine.ExperimentResult;
import io.salesim.core.engine.Model;
import io.salesim.core.engine.QueueMetrics;
import io.salesim.core.stats.Summary;
import io.salesim.core.stats.Tally;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Judges a finished run and says what its intervals cannot be trusted for. For each declared
 * queue, in order, within the scenario's steady {@link Window}:
 * <ol>
 * <li>an offered load of 1 or more, or a length that rises from the middle to the last third of
 * the weeks after warm-up (per replication, CI above 0, by more than {@link #MATERIAL_RISE} of its
 * level), is an <b>unstable queue</b>;</li>
 * <li>otherwise, a length whose first weeks after warm-up differ from the rest (up to where
 * {@link Mser} cuts the weekly means, or the first third; per replication, CI excluding 0) is a
 * <b>warm-up too short</b>, with the suggested warm-up;</li>
 * <li>otherwise, in a window that reaches the horizon, an L − λW whose CI excludes 0 and that is
 * more than {@link #MATERIAL_GAP} of L <b>fails Little's law</b>.</li>
 * </ol>
 * A window reaching the horizon with fewer than {@link #MIN_WEEKS} weeks after warm-up cannot be
 * judged (<b>short window</b>), and a metric with values in fewer replications than were run is
 * named (<b>missing values</b>). The tests over k queues each use the level 1 − 0.05/k
 * (Bonferroni), so a stable run draws a warning from a given test at most 5% of the time.
 */
public final class RunDiagnostics {
    /** A rise through the run smaller than this share of the queue's level is not worth a warning. */
    public static final double MATERIAL_RISE = 0.05;
    /** A gap L − λW smaller than this share of L is not worth a warning, however sure. */
    public static final double MATERIAL_GAP = 0.01;
    /** Weeks after warm-up below which thirds of the window say nothing. */
    public static final int MIN_WEEKS = 3;

    private RunDiagnostics() {
    }

    /**
     * @param result the run
     * @param queues the queues the model declared ({@link Model#queues()})
     * @param window the part of the run to look for a steady state in
     * @param loads  offered loads known before running, by subject (none for most sales roles)
     * @param series fed every replication of {@code result}, in order
     */
    public static List<Diagnostic> judge(ExperimentResult result, List<QueueMetrics> queues, Window window,
                                         Map<String, OfferedLoad> loads, QueueSeries series) {
        List<Diagnostic> out = new ArrayList<>();
        if (window.atHorizon() && window.weeksAfterWarmup() < MIN_WEEKS) {
            out.add(shortWindow(result, window));
        }
        double level = 1 - 0.05 / Math.max(1, queues.size());
        for (QueueMetrics queue : queues) {
            if (!result.meanings().containsKey(queue.length())) {
                continue;
            }
            OfferedLoad load = loads.get(queue.subject());
            if (load != null && load.load() >= 1) {
                out.add(overloaded(load));
                continue;
            }
            boolean weekly = result.weeklyMetrics().contains(queue.length());
            Diagnostic rising = weekly ? rising(result, queue, window, series, level) : null;
            if (rising != null) {
                out.add(rising);
                continue;
            }
            Diagnostic warmup = weekly ? warmup(result, queue, window, series, level) : null;
            if (warmup != null) {
                out.add(warmup);
                continue;  // an unsettled start is reason enough for L and λW to differ
            }
            // Little's law is a steady-state law: a run whose inputs change before the horizon need not keep it
            Diagnostic little = window.atHorizon() && queue.hasLittleTriple() ? littlesLaw(result, queue, level) : null;
            if (little != null) {
                out.add(little);
            }
        }
        out.addAll(missingValues(result));
        return List.copyOf(out);
    }

    /**
     * The warm-up the run's queues ask for: the longest MSER truncation over the weekly mean
     * lengths of the queues, in weeks from the start; {@code settled} is false, and {@code metric}
     * names the series, when one of them does not settle in the first half of the window.
     */
    public record DetectedWarmup(int weeks, boolean settled, String metric) {
    }

    /** The detected warm-up, or null when no queue has enough weeks to judge. */
    public static DetectedWarmup detectWarmup(ExperimentResult result, List<QueueMetrics> queues, Window window) {
        DetectedWarmup longest = null;
        for (QueueMetrics queue : queues) {
            if (!result.weeklyMetrics().contains(queue.length())) {
                continue;
            }
            double[] means = weeklyMeans(result, queue.length(), window);
            Mser.Truncation truncation = Mser.truncate(means, Mser.batchFor(means.length));
            if (truncation == null) {
                continue;
            }
            if (!truncation.settled()) {
                return new DetectedWarmup(truncation.points(), false, queue.length());
            }
            if (longest == null || truncation.points() > longest.weeks()) {
                longest = new DetectedWarmup(truncation.points(), true, queue.length());
            }
        }
        return longest;
    }

    /** The across-replication mean of a weekly series, from week 0 to the end of the window. */
    private static double[] weeklyMeans(ExperimentResult result, String metric, Window window) {
        Summary[] weekly = result.weeklySummary(metric);
        double[] means = new double[window.endWeek(weekly.length)];
        for (int w = 0; w < means.length; w++) {
            means[w] = weekly[w].mean();
        }
        return means;
    }

    private static Diagnostic shortWindow(ExperimentResult result, Window window) {
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("weeks_after_warmup", round(window.weeksAfterWarmup()));
        evidence.put("weeks_needed", MIN_WEEKS);
        return new Diagnostic(Diagnostic.Code.SHORT_WINDOW, "system", String.format(Locale.ROOT,
                "only %s %ss after the warm-up: too short to tell whether the run reached a steady state; "
                        + "lengthen the horizon to at least %d %ss after the warm-up", text(window.weeksAfterWarmup()),
                window.period(), MIN_WEEKS, window.period()), evidence);
    }

    private static Diagnostic overloaded(OfferedLoad load) {
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("offered_load", round(load.load()));
        evidence.put("arithmetic", load.arithmetic());
        return new Diagnostic(Diagnostic.Code.UNSTABLE_QUEUE, load.subject(), String.format(Locale.ROOT,
                "offered load %s >= 1 (%s): the queue has no steady state, its waits and length grow with the horizon "
                        + "and their intervals mean nothing", text(load.load()), load.arithmetic()), evidence);
    }

    private static Diagnostic rising(ExperimentResult result, QueueMetrics queue, Window window, QueueSeries series,
                                     double level) {
        int end = window.endWeek(result.weeklySummary(queue.length()).length);
        int from = window.firstWeek();
        int n = end - from;
        if (n < MIN_WEEKS) {
            return null;
        }
        QueueSeries.Difference thirds = series.difference(queue.length(), from + n / 3, from + 2 * n / 3, end);
        if (thirds.change().count() < 2) {
            return null;
        }
        Summary rise = Summary.of(thirds.change(), level);
        double middle = thirds.before().mean();
        if (!(rise.ciLow() > 0 && rise.mean() > MATERIAL_RISE * Math.abs(middle))) {
            return null;
        }
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("metric", queue.length());
        evidence.put("middle_third_mean", round(middle));
        evidence.put("last_third_mean", round(thirds.after().mean()));
        evidence.put("rise", round(rise.mean()));
        evidence.put("rise_ci_low", round(rise.ciLow()));
        evidence.put("rise_ci_high", round(rise.ciHigh()));
        evidence.put("confidence", round(level));
        evidence.put("replications", rise.n());
        return new Diagnostic(Diagnostic.Code.UNSTABLE_QUEUE, queue.subject(), String.format(Locale.ROOT,
                "%s rises through the run, from %s to %s %s between the middle and the last third of the %ss after "
                        + "warm-up (+%s, CI [%s, %s]): no steady state within the horizon, so its means depend on the run length",
                queue.length(), text(middle), text(thirds.after().mean()), result.unit(queue.length()), window.period(), text(rise.mean()),
                text(rise.ciLow()), text(rise.ciHigh())), evidence);
    }

    /**
     * The first weeks after warm-up against the rest of the window, per replication: where MSER
     * (on the weekly means across replications) would cut later than the warm-up, up to its cut;
     * else the first third of the window. A difference whose interval excludes 0 means the start
     * has not settled.
     */
    private static Diagnostic warmup(ExperimentResult result, QueueMetrics queue, Window window, QueueSeries series,
                                     double level) {
        double[] means = weeklyMeans(result, queue.length(), window);
        int end = means.length;
        int from = window.firstWeek();
        int n = end - from;
        if (n < MIN_WEEKS) {
            return null;
        }
        Mser.Truncation truncation = Mser.truncate(means, Mser.batchFor(end));
        boolean byMser = truncation != null && truncation.points() > from;
        int split = byMser ? truncation.points() : from + n / 3;
        QueueSeries.Difference start = series.difference(queue.length(), from, split, end);
        if (start.change().count() < 2) {
            return null;
        }
        Summary difference = Summary.of(start.change(), level);
        if (difference.stdev() == 0 || difference.covers(0)) {
            return null;
        }
        boolean settled = truncation == null || truncation.settled();
        String rule = truncation == null ? "" : truncation.batch() == 5 ? "MSER-5" : "MSER on the " + window.period() + " means";
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("metric", queue.length());
        evidence.put("warmup_weeks", round(window.warmupHours() / Model.HOURS_PER_WEEK));
        evidence.put("suggested_warmup_weeks", split);
        evidence.put("rule", byMser ? rule : "first third of the " + window.period() + "s after warm-up");
        evidence.put("settled", settled);
        evidence.put("early_weeks_mean", round(start.before().mean()));
        evidence.put("later_weeks_mean", round(start.after().mean()));
        evidence.put("difference_ci_low", round(difference.ciLow()));
        evidence.put("difference_ci_high", round(difference.ciHigh()));
        evidence.put("confidence", round(level));
        String unit = result.unit(queue.length());
        String advice = !settled
                ? String.format(Locale.ROOT, "it does not settle in the first half of the %d %ss (%s): lengthen the horizon "
                        + "and the warm-up", end, window.period(), rule)
                : byMser ? String.format(Locale.ROOT, "%s suggests a warm-up of %d %s(s) (--warmup %d)", rule, split, window.period(), split)
                : String.format(Locale.ROOT, "try a warm-up of at least %d %ss (--warmup auto detects one)", split, window.period());
        return new Diagnostic(Diagnostic.Code.WARMUP_TOO_SHORT, queue.subject(), String.format(Locale.ROOT,
                "warm-up too short for %s: %s average %s %s against %s in %s (difference CI [%s, %s]), "
                        + "so the start still weighs on its mean; %s", queue.length(), weeks(window, from, split),
                text(start.before().mean()), unit, text(start.after().mean()), weeks(window, split, end), text(difference.ciLow()),
                text(difference.ciHigh()), advice), evidence);
    }

    private static Diagnostic littlesLaw(ExperimentResult result, QueueMetrics queue, double level) {
        double[] length = result.values(queue.length());
        double[] perWeek = result.values(queue.departuresPerWeek());
        double[] time = result.values(queue.timeHours());
        Tally gap = new Tally();
        Tally l = new Tally();
        Tally lambdaW = new Tally();
        for (int r = 0; r < length.length; r++) {
            double product = perWeek[r] / Model.HOURS_PER_WEEK * time[r];
            if (Double.isNaN(length[r]) || Double.isNaN(product)) {
                continue;
            }
            gap.record(length[r] - product);
            l.record(length[r]);
            lambdaW.record(product);
        }
        if (gap.count() < 2) {
            return null;
        }
        Summary difference = Summary.of(gap, level);
        if (difference.stdev() == 0 ? difference.mean() == 0 : difference.covers(0)) {
            return null;
        }
        if (!(Math.abs(difference.mean()) > MATERIAL_GAP * Math.abs(l.mean()))) {
            return null;
        }
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("length", round(l.mean()));
        evidence.put("rate_times_time", round(lambdaW.mean()));
        evidence.put("difference", round(difference.mean()));
        evidence.put("difference_ci_low", round(difference.ciLow()));
        evidence.put("difference_ci_high", round(difference.ciHigh()));
        evidence.put("confidence", round(level));
        return new Diagnostic(Diagnostic.Code.LITTLES_LAW, queue.subject(), String.format(Locale.ROOT,
                "Little's law fails: mean length L = %s but departures x time λW = %s (difference %s, CI [%s, %s]): "
                        + "items still waiting at the horizon or an unsettled start weigh on its means",
                text(l.mean()), text(lambdaW.mean()), text(difference.mean()), text(difference.ciLow()),
                text(difference.ciHigh())), evidence);
    }

    private static List<Diagnostic> missingValues(ExperimentResult result) {
        List<Diagnostic> out = new ArrayList<>();
        int replications = result.replications().size();
        for (String metric : result.metrics()) {
            int with = 0;
            for (double value : result.values(metric)) {
                if (!Double.isNaN(value)) {
                    with++;
                }
            }
            if (with > 0 && with < replications) {
                Map<String, Object> evidence = new LinkedHashMap<>();
                evidence.put("replications_with_value", with);
                evidence.put("replications", replications);
                out.add(new Diagnostic(Diagnostic.Code.MISSING_VALUES, metric, String.format(Locale.ROOT,
                        "%s has a value in %d of %d replications: its mean and interval are over those %d only",
                        metric, with, replications, with), evidence));
            }
        }
        return out;
    }

    /** Weeks [from, to) as weekly.csv numbers them, from 1, called by the window's period. */
    private static String weeks(Window window, int from, int to) {
        return to - from == 1 ? window.period() + " " + (from + 1) : window.period() + "s " + (from + 1) + "-" + to;
    }

    private static double mean(double[] values, int from, int to) {
        double sum = 0;
        int n = 0;
        for (int i = from; i < to; i++) {
            if (!Double.isNaN(values[i])) {
                sum += values[i];
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** Four significant digits: evidence is read, not computed with. */
    public static double round(double value) {
        if (!Double.isFinite(value) || value == 0) {
            return value;
        }
        return new BigDecimal(value).round(new MathContext(4)).doubleValue();
    }

    private static String text(double value) {
        double rounded = round(value);
        return rounded == Math.rint(rounded) && Math.abs(rounded) < 1e15 ? String.valueOf((long) rounded)
                : BigDecimal.valueOf(rounded).stripTrailingZeros().toPlainString();
    }
}
