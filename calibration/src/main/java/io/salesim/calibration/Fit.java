package io.salesim.calibration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything fitted from an export up to a cutoff: what the export looked like at the end of
 * that day (deals engaged by then; closes after it not yet known).
 *
 * @param complexProducts products whose mean won value is at least the mean of all won deals:
 *                        the scenario's complex opportunities
 */
public record Fit(LocalDate first, LocalDate cutoff, int engaged, int notEngaged, Arrivals arrivals, Cycle cycle,
                  Estimate winProbability, Map<String, Estimate> winByProduct, Map<String, Estimate> winByTeam,
                  Map<String, DealValues> valuesByProduct, Set<String> complexProducts, Estimate complexWin, Estimate simpleWin,
                  Estimate complexValue, Estimate simpleValue, Map<String, Double> complexShareByTeam, Team team, int rosterSize) {

    /** Days to close: the chosen cure model, the candidates, the naive fit and the Kaplan–Meier curve it is judged against. */
    public record Cycle(CureModel model, List<CureModel> candidates, CureModel naive, KaplanMeier km, double supDistance,
                        double shareInsideBand, double meanCensoredAgeDays, double maxClosedDays) {
    }

    /**
     * The team at the cutoff: agents with a deal open then or engaged in the recent window, and
     * the open pipeline per agent.
     */
    public record Team(int agents, int openAtCutoff, double openPerAgent, Map<String, Integer> agentsByTeam) {
    }

    public static Fit of(CrmExport export, LocalDate cutoff) {
        List<Deal> deals = export.deals();
        List<Deal> engaged = deals.stream().filter(d -> d.engagedBy(cutoff)).toList();
        int notEngaged = (int) deals.stream().filter(d -> d.engaged() == null).count();
        LocalDate first = export.firstDate();
        Arrivals arrivals = Arrivals.of(deals, first, cutoff);
        Cycle cycle = cycle(engaged, cutoff);

        List<Deal> closed = engaged.stream().filter(d -> d.closedBy(cutoff)).toList();
        Estimate win = win(closed);
        Map<String, Estimate> byProduct = grouped(closed, Deal::product, Fit::win);
        Map<String, Estimate> byTeam = grouped(closed, Deal::team, Fit::win);
        List<Deal> won = closed.stream().filter(Deal::won).toList();
        Map<String, DealValues> values = new TreeMap<>();
        won.stream().collect(Collectors.groupingBy(Deal::product, TreeMap::new, Collectors.toList()))
                .forEach((product, list) -> values.put(product, DealValues.of(product, list)));
        double meanWon = won.stream().mapToDouble(Deal::valueWon).average().orElse(0);
        Set<String> complex = new TreeSet<>();
        values.forEach((product, v) -> {
            if (v.mean().value() >= meanWon && meanWon > 0) {
                complex.add(product);
            }
        });
        // a class without closed or won deals (one product, say) takes the overall estimate
        List<Deal> complexClosed = closed.stream().filter(d -> complex.contains(d.product())).toList();
        List<Deal> simpleClosed = closed.stream().filter(d -> !complex.contains(d.product())).toList();
        Estimate complexWin = complexClosed.isEmpty() ? win : win(complexClosed);
        Estimate simpleWin = simpleClosed.isEmpty() ? win : win(simpleClosed);
        Estimate allValue = DealValues.of("all", won).mean();
        List<Deal> complexWon = won.stream().filter(d -> complex.contains(d.product())).toList();
        List<Deal> simpleWon = won.stream().filter(d -> !complex.contains(d.product())).toList();
        Estimate complexValue = complexWon.isEmpty() ? allValue : DealValues.of("complex", complexWon).mean();
        Estimate simpleValue = simpleWon.isEmpty() ? allValue : DealValues.of("simple", simpleWon).mean();
        List<Deal> recent = engaged.stream().filter(d -> !d.engaged().isBefore(arrivals.recentFrom())).toList();
        Map<String, Double> complexShare = new TreeMap<>();
        recent.stream().collect(Collectors.groupingBy(Deal::team)).forEach((t, list) ->
                complexShare.put(t, list.stream().filter(d -> complex.contains(d.product())).count() / (double) list.size()));
        return new Fit(first, cutoff, engaged.size(), notEngaged, arrivals, cycle, win, byProduct, byTeam, values, complex,
                complexWin, simpleWin, complexValue, simpleValue, complexShare, team(engaged, recent, cutoff), export.rosterSize());
    }

    static Cycle cycle(List<Deal> engaged, LocalDate cutoff) {
        double[] days = engaged.stream().mapToDouble(d -> d.daysInPipeline(cutoff)).toArray();
        boolean[] closed = new boolean[days.length];
        for (int i = 0; i < days.length; i++) {
            closed[i] = engaged.get(i).closedBy(cutoff);
        }
        List<CureModel> candidates = new ArrayList<>();
        for (CycleFamily family : CycleFamily.values()) {
            candidates.add(CureModel.fit(family, days, closed));
        }
        CureModel best = candidates.stream().min(Comparator.comparingDouble(CureModel::aic)).orElseThrow();
        double[] closedDays = java.util.stream.IntStream.range(0, days.length).filter(i -> closed[i])
                .mapToDouble(i -> Math.max(CureModel.LEAST_DAYS, days[i])).toArray();
        CureModel naive = CureModel.naive(best.family(), closedDays);
        KaplanMeier km = KaplanMeier.of(days, closed);
        double sup = 0;
        int inside = 0;
        for (KaplanMeier.Step step : km.steps()) {
            double fitted = best.survival(step.days());
            sup = Math.max(sup, Math.abs(fitted - step.survival()));
            inside += step.low() <= fitted && fitted <= step.high() ? 1 : 0;
        }
        double meanCensored = java.util.stream.IntStream.range(0, days.length).filter(i -> !closed[i]).mapToDouble(i -> days[i])
                .average().orElse(0);
        return new Cycle(best, List.copyOf(candidates), naive, km, sup, km.steps().isEmpty() ? 1 : (double) inside / km.steps().size(),
                meanCensored, java.util.Arrays.stream(closedDays).max().orElse(0));
    }

    static Estimate win(List<Deal> closed) {
        return Intervals.wilson((int) closed.stream().filter(Deal::won).count(), closed.size());
    }

    private static Map<String, Estimate> grouped(List<Deal> deals, Function<Deal, String> key, Function<List<Deal>, Estimate> f) {
        Map<String, Estimate> out = new TreeMap<>();
        deals.stream().collect(Collectors.groupingBy(key)).forEach((k, list) -> out.put(k, f.apply(list)));
        return out;
    }

    private static Team team(List<Deal> engaged, List<Deal> recent, LocalDate cutoff) {
        List<Deal> open = engaged.stream().filter(d -> d.openAt(cutoff)).toList();
        Map<String, String> agents = new TreeMap<>();
        open.forEach(d -> agents.put(d.agent(), d.team()));
        recent.forEach(d -> agents.put(d.agent(), d.team()));
        Map<String, Integer> byTeam = new TreeMap<>();
        agents.values().forEach(t -> byTeam.merge(t, 1, Integer::sum));
        int n = agents.size();
        return new Team(n, open.size(), n == 0 ? 0 : (double) open.size() / n, byTeam);
    }
}
