package io.salesim.reports.html;

import io.salesim.reports.charts.ChartStyle;
import io.salesim.core.analysis.Verdict;
import io.salesim.reports.charts.Decisions;
import io.salesim.reports.charts.MarginalView;
import io.salesim.reports.charts.MetricNames;
import io.salesim.reports.charts.Numbers;
import io.salesim.reports.charts.RunData;
import io.salesim.reports.charts.RoleTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Plain sentences generated from the numbers in a run, comparison or sweep folder. */
public final class ExecutiveSummary {
    private static final int TOP_EFFECTS = 4;
    private static final int HEADLINE_SENTENCES = 12;
    private static final int SWEEP_METRICS = 6;

    private final RunData data;

    private ExecutiveSummary(RunData data) {
        this.data = data;
    }

    /** The sentences, most important first; empty when the folder has nothing to summarise. */
    public static List<String> sentences(RunData data) {
        ExecutiveSummary summary = new ExecutiveSummary(data);
        List<String> out = new ArrayList<>();
        summary.bottlenecks().ifPresent(out::add);
        out.addAll(summary.marginalConstraint());
        out.addAll(summary.protectiveCapacity());
        out.addAll(summary.expenses());
        out.addAll(summary.stations());
        out.addAll(summary.headlines());
        out.addAll(summary.comparisons());
        out.addAll(Robustness.summary(data, 3));
        out.addAll(summary.sweeps());
        return out;
    }

    /** "Field sales is the most likely bottleneck in 90 of 104 weeks; customer service in 14 (weeks 18–31)." */
    private Optional<String> bottlenecks() {
        Map<String, double[]> probabilities = data.bottleneckProbabilities();
        if (probabilities.isEmpty()) {
            return Optional.empty();
        }
        // plan weeks only, numbered from the plan's start as the charts are: the warm-up is not the plan
        int simulated = probabilities.values().iterator().next().length;
        int warmup = Math.min(data.warmupWeeks(), simulated - 1);
        int weeks = simulated - warmup;
        Map<String, List<Integer>> leading = new LinkedHashMap<>();
        for (int w = warmup; w < simulated; w++) {
            String best = null;
            double bestP = 0;
            for (Map.Entry<String, double[]> e : probabilities.entrySet()) {
                if (e.getValue()[w] > bestP) {
                    best = e.getKey();
                    bestP = e.getValue()[w];
                }
            }
            if (best != null) {
                leading.computeIfAbsent(best, k -> new ArrayList<>()).add(w - warmup + 1);
            }
        }
        List<Map.Entry<String, List<Integer>>> ranked = new ArrayList<>(leading.entrySet());
        ranked.sort(Comparator.comparingInt((Map.Entry<String, List<Integer>> e) -> -e.getValue().size()));
        if (ranked.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder s = new StringBuilder(ChartStyle.label(ranked.get(0).getKey()))
                .append(" is the most likely bottleneck in ").append(ranked.get(0).getValue().size())
                .append(" of ").append(weeks).append(" plan weeks");
        for (Map.Entry<String, List<Integer>> other : ranked.subList(1, Math.min(3, ranked.size()))) {
            s.append("; ").append(Format.lowerFirst(ChartStyle.label(other.getKey()))).append(" in ")
                    .append(other.getValue().size()).append(" (").append(Format.weeks(other.getValue())).append(")");
        }
        return Optional.of(s.append('.').toString());
    }

    /**
     * Per role, the two shortfall numbers the terminal and CSV files carry, named the same way:
     * weeks short of protective capacity per replication ({@code role.<r>.shortfall_weeks},
     * mean and 95% CI across replications), and the weeks in which the shortfall probability
     * ({@code shortfall_probability} in weekly.csv: the share of replications short that week)
     * is above one half. The designated constraint has no target: its sentence says how busy it is.
     */
    private List<String> protectiveCapacity() {
        List<String> out = new ArrayList<>();
        List<String> keep = new ArrayList<>();
        RoleTable roles = RoleTable.of(data);
        String constraint = roles.designatedConstraint();
        for (String role : roles.ordered(data.resourcesWith("protective_capacity"))) {
            String name = ChartStyle.label(role);
            if (role.equals(constraint)) {
                // the constraint is meant to run flat out: say how busy it is, not whether it is protected
                data.summary("role." + role + ".utilization").ifPresent(u -> {
                    String[] busy = Format.interval(u.mean(), u.ciLow(), u.ciHigh(), "fraction");
                    out.add(name + " is the designated constraint and is busy " + busy[0]
                            + " of its available hours (95% CI " + busy[1] + " to " + busy[2] + ").");
                });
                continue;
            }
            Optional<RunData.MetricSummary> weeksShort = data.summary("role." + role + ".shortfall_weeks");
            if (weeksShort.isEmpty()) {
                continue;
            }
            RunData.MetricSummary w = weeksShort.get();
            if (w.mean() == 0) {
                keep.add(name);
                continue;
            }
            String target = Format.percent(roles.protectiveTarget(role)) + (roles.knowsTarget(role) ? "" : " (default)");
            String[] shortWeeks = Format.interval(w.mean(), w.ciLow(), w.ciHigh(), "");
            StringBuilder sentence = new StringBuilder(name).append(" is short of its ").append(target)
                    .append(" protective-capacity target in ").append(shortWeeks[0])
                    .append(" weeks per replication (weeks short of protective capacity; 95% CI ")
                    .append(shortWeeks[1]).append(" to ").append(shortWeeks[2]).append(")");
            List<Integer> likely = new ArrayList<>();
            data.weekly(role, "shortfall_probability").ifPresent(p -> {
                for (int i = 0; i < p.size(); i++) {
                    if (p.mean()[i] > 0.5) {
                        likely.add((int) p.weeks()[i]);
                    }
                }
            });
            sentence.append(likely.isEmpty() ? "; in no week are more than half of the replications short"
                    : "; more than half of the replications are short in " + Format.weeks(likely) + " (shortfall probability above 50%)");
            out.add(sentence.append('.').toString());
        }
        if (!keep.isEmpty()) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < keep.size(); i++) {
                names.add(i == 0 ? keep.get(i) : Format.lowerFirst(keep.get(i)));
            }
            out.add(Format.join(names) + (keep.size() == 1 ? " keeps its" : " keep their")
                    + " protective-capacity target in every week of every replication.");
        }
        return out;
    }

    /**
     * The seed's rule, checked: for each scenario whose committed operating expense (payroll,
     * field offices, other operating expense) rises above its level at the plan's start in any
     * week, how many weeks ({@code finance.expense_above_start_weeks}, mean across replications).
     * Nothing is said where it never does.
     */
    private List<String> expenses() {
        String metric = "finance.expense_above_start_weeks";
        List<String> out = new ArrayList<>();
        boolean several = data.table("comparison").isPresent();
        data.table("summary").ifPresent(t -> {
            for (int row = 0; row < t.rowCount(); row++) {
                if (!t.getString(row, "metric").equals(metric)) {
                    continue;
                }
                String scenario = t.getString(row, "scenario");
                data.summary(scenario, metric).filter(w -> w.mean() > 0).ifPresent(w -> out.add(
                        (several ? "In " + scenario + ", operating" : "Operating")
                        + " expense (payroll, field offices and other operating expense) is above the plan's starting level in "
                        + Format.withInterval(w.mean(), w.ciLow(), w.ciHigh(), "weeks per replication, mean across replications")
                        + ", against the seed's rule \"Expenses cannot increase\" (seed 004)."));
            }
        });
        return out;
    }

    /**
     * {@code salesim constraint}: the role whose extra hour gains most throughput, and where
     * that view and Roser's active periods (the bottleneck probabilities of the same weeks) agree.
     */
    private List<String> marginalConstraint() {
        List<MarginalView.Row> rows = MarginalView.rows(data);
        Optional<MarginalView.Row> marginal = MarginalView.marginalConstraint(rows);
        if (marginal.isEmpty()) {
            return List.of();
        }
        MarginalView.Row m = marginal.get();
        String weeks = "plan weeks " + m.weeks().replace('-', '–');
        List<String> out = new ArrayList<>();
        boolean clear = m.ciLow() > 0;
        out.add("Marginal view (" + weeks + "): an extra hour of " + Format.lowerFirst(ChartStyle.label(m.role()))
                + " gains " + dollars(m.gain(), m.ciLow(), m.ciHigh()) + "), the most of any role"
                + (clear ? "" : ", though its interval includes zero: no role clearly limits throughput in these weeks") + ".");
        Optional<MarginalView.Row> active = MarginalView.activePeriodConstraint(rows);
        if (active.isEmpty()) {
            return out;
        }
        MarginalView.Row a = active.get();
        String roser = Format.upperFirst(Format.lowerFirst(ChartStyle.label(a.role()))) + " is the bottleneck by active periods in "
                + Format.percent(a.bottleneckProbability()) + " of the weeks";
        if (a.role().equals(m.role())) {
            out.add("The two views agree: " + Format.lowerFirst(roser) + ", and more of it raises throughput most.");
        } else {
            out.add("The two views differ: " + Format.lowerFirst(roser) + " (its work piles up longest), but an extra hour of it gains "
                    + dollars(a.gain(), a.ciLow(), a.ciHigh()).replace(" of throughput", "")
                    + ") — busy, yet not what limits throughput here; " + Format.lowerFirst(ChartStyle.label(m.role()))
                    + " is the constraint to manage.");
        }
        return out;
    }

    /**
     * Flow lines: the busiest station and the longest queue. Stations that tie (a balanced
     * deterministic line, such as the Penny Fab) are all named; a line where nothing queues says so.
     * Dice games: where capacity is lost and where items wait.
     */
    private List<String> stations() {
        List<String> out = new ArrayList<>();
        List<RunData.MetricSummary> busiest = highestStations(".utilization");
        if (!busiest.isEmpty()) {
            RunData.MetricSummary s = busiest.get(0);
            String at = Format.withInterval(s.mean(), s.ciLow(), s.ciHigh(), "fraction");
            out.add(busiest.size() == 1 ? "The busiest station is " + station(s.metric()) + " at " + at + " utilisation."
                    : "The busiest stations are " + names(busiest) + ", each at " + at + " utilisation.");
        }
        List<RunData.MetricSummary> longest = highestStations(".queue_length");
        if (!longest.isEmpty()) {
            RunData.MetricSummary s = longest.get(0);
            if (s.mean() == 0) {
                out.add("No queue forms in front of any station.");
            } else {
                String waiting = Format.withInterval(s.mean(), s.ciLow(), s.ciHigh(), s.unit()) + " waiting on average.";
                out.add(longest.size() == 1 ? "The longest queue forms in front of " + station(s.metric()) + ": " + waiting
                        : "The longest queues form in front of " + names(longest) + ": each " + waiting);
            }
        }
        // the dice game: pips rolled with nothing to move, and the buffer that grows most
        highestStations(".lost_capacity").stream().findFirst().filter(s -> s.mean() > 0).ifPresent(s -> out.add(
                "The most capacity is lost at " + station(s.metric()) + ": " + Format.withInterval(s.mean(), s.ciLow(), s.ciHigh(),
                        s.unit()) + " rolled with nothing to move."));
        highestStations(".buffer").stream().findFirst().ifPresent(s -> out.add("The most items wait in front of "
                + station(s.metric()) + ": " + Format.withInterval(s.mean(), s.ciLow(), s.ciHigh(), s.unit())
                + " at the end of a round on average."));
        return out;
    }

    /** The station metrics ending in {@code suffix} with the highest mean (several when they tie exactly), in summary order. */
    private List<RunData.MetricSummary> highestStations(String suffix) {
        List<RunData.MetricSummary> all = data.table("summary").stream()
                .flatMap(t -> t.stringColumn("metric").asList().stream())
                .filter(m -> m.startsWith("station.") && m.endsWith(suffix))
                .map(m -> data.summary(m).orElseThrow())
                .toList();
        double highest = all.stream().mapToDouble(RunData.MetricSummary::mean).max().orElse(Double.NaN);
        return all.stream().filter(s -> s.mean() == highest).toList();
    }

    private static String names(List<RunData.MetricSummary> stations) {
        List<String> names = stations.stream().map(s -> station(s.metric())).toList();
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static String station(String metric) {
        return metric.split("\\.")[1];
    }

    /**
     * "Cumulative net ($): 11,970,000 $ (95% CI …)." for each headline metric present, board
     * metrics first; roles have sentences of their own (protective capacity, the constraint).
     */
    private List<String> headlines() {
        List<String> out = new ArrayList<>();
        if (data.table("comparison").isPresent()) {
            return out; // a comparison folder's summary holds several plans; the comparison sentences speak for them
        }
        for (String metric : Decisions.headline(data)) {
            if (out.size() == HEADLINE_SENTENCES) {
                break;
            }
            if (!metric.startsWith("role.") && !metric.startsWith("station.")) {
                data.summary(metric).ifPresent(s -> out.add(MetricNames.label(metric) + ": "
                        + Format.withInterval(s.mean(), s.ciLow(), s.ciHigh(), unitShown(metric, s.unit())) + "."));
            }
        }
        return out;
    }

    /** The unit, unless the metric's name already says it ("… (%)", "… (hours)"). */
    private static String unitShown(String metric, String unit) {
        String label = MetricNames.label(metric);
        if (label.endsWith("(%)")) {
            return "%";
        }
        return label.endsWith(")") ? "" : unit;
    }

    /**
     * Per alternative: how many metrics with a direction it is better, worse or cannot be told
     * apart on; then the verdicts on what the comparison leads with (money, the constraint,
     * shortfalls, payroll and expense — the folder's headline order), each with its interval and
     * its size in % of the baseline; then the chance of beating the baseline by the margin asked.
     */
    private List<String> comparisons() {
        List<Decisions.Comparison> rows = Decisions.comparisons(data);
        Map<String, List<Decisions.Comparison>> byAlternative = new LinkedHashMap<>();
        rows.forEach(c -> byAlternative.computeIfAbsent(c.alternative(), k -> new ArrayList<>()).add(c));
        List<String> headline = Decisions.headline(data);
        String adjusted = byAlternative.size() > 1 ? ", Bonferroni-adjusted for " + (byAlternative.size() + 1) + " plans" : "";
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, List<Decisions.Comparison>> e : byAlternative.entrySet()) {
            List<Decisions.Comparison> cs = e.getValue().stream().filter(c -> !c.direction().isNeutral()).toList();
            if (cs.isEmpty()) {
                continue;
            }
            long better = cs.stream().filter(c -> c.verdict() == Verdict.BETTER).count();
            long worse = cs.stream().filter(c -> c.verdict() == Verdict.WORSE).count();
            long unclear = cs.size() - better - worse;
            out.add("Against " + cs.get(0).baseline() + ", " + e.getKey() + " is better on " + better + " of the " + cs.size()
                    + " metrics with a direction, worse on " + worse + ", and the data cannot tell them apart on " + unclear
                    + " (paired 95% confidence intervals" + adjusted + ").");
            cs.stream().filter(c -> headline.contains(c.metric()) && c.verdict() != Verdict.CANNOT_TELL)
                    .limit(TOP_EFFECTS)
                    .forEach(c -> out.add(effect(c)));
            cs.stream().filter(c -> Double.isFinite(c.probBetterByMargin()) && c.direction().higherIsBetter()).findFirst()
                    .ifPresent(c -> out.add(margin(c)));
        }
        return out;
    }

    private String effect(Decisions.Comparison c) {
        double base = Decisions.baselineMean(data, c);
        String relative = Double.isFinite(base) && base != 0
                ? ", " + String.format(Locale.ROOT, "%+.1f%%", 100 * c.meanDiff() / Math.abs(base)).replace('-', '−') + " of " + c.baseline() + "'s mean" : "";
        boolean money = Decisions.baselineSummary(data, c).map(s -> Format.isMoney(s.unit())).orElse(false);
        String[] t = Double.isFinite(c.ciLow()) && Double.isFinite(c.ciHigh())
                ? Format.interval(c.meanDiff(), c.ciLow(), c.ciHigh(), money ? "$" : "")
                : new String[]{money ? Format.money(c.meanDiff()) : Numbers.number(c.meanDiff()), "–", "–"};
        return MetricNames.label(c.metric()) + ": " + c.alternative() + " − " + c.baseline() + " = " + signed(c.meanDiff(), t[0])
                + " (95% CI " + signed(c.ciLow(), t[1]) + " to " + signed(c.ciHigh(), t[2]) + relative + "): " + c.alternative()
                + " is " + c.verdict().id() + ".";
    }

    private static String margin(Decisions.Comparison c) {
        return c.alternative() + " beats " + c.baseline() + " on " + MetricNames.label(c.metric()) + " by at least "
                + Format.money(c.margin()) + " in " + Format.percent(c.probBetterByMargin()) + " of the paired replications.";
    }

    /** A rounded amount with an explicit sign when positive and not rounded to zero: "+1,200", "+$0.35M". */
    private static String signed(double v, String shown) {
        return v > 0 && !shown.matches("\\$?0(\\.0+)?[kM]?") ? "+" + shown : shown;
    }

    /** "$1,210 of throughput (95% CI $980 to $1,440": an extra hour's gain, the interval left open for the sentence. */
    private static String dollars(double gain, double low, double high) {
        String[] t = Format.interval(gain, low, high, "$");
        return t[0] + " of throughput (95% CI " + t[1] + " to " + t[2];
    }

    /**
     * "Customer service on time (%) rises from 86.4 at headcount = 6 to 99.1 at headcount = 9;
     * against the first point it is better at 7, 8, 9." for each headline metric with a
     * direction: the first and last points' means, the range when it is not monotone, and the
     * paired verdicts against the first point.
     */
    private List<String> sweeps() {
        List<Decisions.SweepPoint> points = Decisions.sweep(data);
        List<String> headline = Decisions.headline(data);
        Map<String, List<Decisions.SweepPoint>> byMetric = new LinkedHashMap<>();
        points.stream().filter(p -> !p.direction().isNeutral() && (headline.isEmpty() || headline.contains(p.metric())))
                .sorted(Comparator.comparingInt(p -> Decisions.headlineRank(headline, p.metric())))
                .forEach(p -> byMetric.computeIfAbsent(p.metric(), k -> new ArrayList<>()).add(p));
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, List<Decisions.SweepPoint>> e : byMetric.entrySet()) {
            if (out.size() == SWEEP_METRICS) {
                break;
            }
            List<Decisions.SweepPoint> ps = e.getValue().stream().filter(p -> Double.isFinite(p.mean())).toList();
            if (ps.size() < 2) {
                continue;
            }
            Decisions.SweepPoint first = ps.get(0);
            Decisions.SweepPoint last = ps.get(ps.size() - 1);
            Decisions.SweepPoint low = ps.stream().min(Comparator.comparingDouble(Decisions.SweepPoint::mean)).orElseThrow();
            Decisions.SweepPoint high = ps.stream().max(Comparator.comparingDouble(Decisions.SweepPoint::mean)).orElseThrow();
            String unit = unitShown(e.getKey(), first.unit());
            boolean monotone = (low == first && high == last) || (high == first && low == last) || low.mean() == high.mean();
            String from = Format.withInterval(first.mean(), first.ciLow(), first.ciHigh(), unit);
            String to = Format.withInterval(last.mean(), last.ciLow(), last.ciHigh(), unit);
            String sentence = MetricNames.label(e.getKey()) + (from.equals(to) ? " is " + from + " both at " + setting(first) + " and"
                    : (last.mean() >= first.mean() ? " rises" : " falls") + " from " + from + " at " + setting(first) + " to " + to)
                    + " at " + setting(last)
                    + (monotone ? "" : " (lowest " + Format.value(low.mean(), unit) + " at " + setting(low) + ", highest "
                    + Format.value(high.mean(), unit) + " at " + setting(high) + ")");
            List<String> better = ps.stream().filter(p -> p.verdict() == Verdict.BETTER).map(p -> String.join(", ", p.values())).toList();
            List<String> worse = ps.stream().filter(p -> p.verdict() == Verdict.WORSE).map(p -> String.join(", ", p.values())).toList();
            if (!better.isEmpty() || !worse.isEmpty()) {
                sentence += "; against the first point (paired 95% CI) it is " + (better.isEmpty() ? "" : "better at " + String.join("; ", better))
                        + (!better.isEmpty() && !worse.isEmpty() ? " and " : "") + (worse.isEmpty() ? "" : "worse at " + String.join("; ", worse));
            }
            out.add(sentence + ".");
        }
        return out;
    }

    private static String setting(Decisions.SweepPoint p) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < p.parameters().size(); i++) {
            parts.add(p.parameters().get(i) + " = " + p.values().get(i));
        }
        return String.join(", ", parts);
    }
}
