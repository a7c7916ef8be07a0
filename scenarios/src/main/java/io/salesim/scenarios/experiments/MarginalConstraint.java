package io.salesim.scenarios.experiments;

import io.salesim.core.analysis.BottleneckProbabilities;
import io.salesim.core.engine.ExperimentResult;
import io.salesim.core.engine.ReplicationRunner;
import io.salesim.core.sales.ExtraCapacity;
import io.salesim.core.sales.SalesOrgSpec;
import io.salesim.core.stats.PairedDifference;
import io.salesim.core.stats.Summary;
import io.salesim.scenarios.RunOptions;
import io.salesim.scenarios.Scenario;
import io.salesim.scenarios.sales.SalesOrganisationScenario;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * The marginal constraint, the second view of where the constraint is: for a chosen set of
 * plan weeks, rerun the scenario with each role's capacity raised by one person (production:
 * by a tenth) and measure, on common random numbers, the throughput gained per extra hour of
 * capacity. The role that gains most is the one limiting the organisation's throughput in
 * those weeks; Roser's active periods (the first view) are read from the same base run.
 * Throughput is counted from the first extra week to the end of the run, so gains that take
 * weeks to land (a meeting becomes an order, then a delivery) are included.
 */
public final class MarginalConstraint {

    /**
     * One probed role.
     *
     * @param extraHours          hours of capacity added in the weeks
     * @param gainPerHour         paired difference in throughput per extra hour ($/hour), across replications
     * @param bottleneckShare     Roser's view in the same weeks of the base run: the mean probability that
     *                            the role is that week's bottleneck
     */
    public record Probe(String role, double extraHours, Summary gainPerHour, double bottleneckShare) {
    }

    /**
     * @param fromWeek plan weeks (after the warm-up), inclusive
     * @param toWeek   plan weeks, exclusive
     * @param paired   replications every run finished (the figures use those)
     */
    public record Result(Scenario scenario, ExperimentResult base, double fromWeek, double toWeek, List<Probe> probes,
                         int paired, boolean complete) {

        /** The role with the largest mean gain per extra hour (the marginal constraint), or null. */
        public String marginalConstraint() {
            return probes.stream().filter(p -> Double.isFinite(p.gainPerHour().mean()))
                    .max((a, b) -> Double.compare(a.gainPerHour().mean(), b.gainPerHour().mean()))
                    .map(Probe::role).orElse(null);
        }

        /** The role most often the bottleneck by active periods in the same weeks, or null. */
        public String activePeriodConstraint() {
            return probes.stream().max((a, b) -> Double.compare(a.bottleneckShare(), b.bottleneckShare()))
                    .filter(p -> p.bottleneckShare() > 0).map(Probe::role).orElse(null);
        }

        /** "plan weeks 0–104". */
        public String weeksLabel() {
            return "plan weeks " + format(fromWeek) + "–" + format(toWeek);
        }

        private static String format(double week) {
            return week == Math.rint(week) ? Long.toString((long) week) : Double.toString(week);
        }
    }

    private MarginalConstraint() {
    }

    /** The plan weeks of a scenario: from the end of the warm-up to the horizon. */
    public static double planWeeks(Scenario scenario) {
        SalesOrgSpec spec = spec(scenario);
        return spec.horizonWeeks() - spec.warmupWeeks();
    }

    /**
     * @param toWeek clipped to the end of the run
     * @throws IllegalArgumentException when the scenario is not a sales organisation or the weeks are not inside the plan
     */
    public static Result run(Scenario scenario, double fromWeek, double toWeek, RunOptions options,
                             ReplicationRunner.Progress progress, BooleanSupplier stop) {
        SalesOrgSpec spec = spec(scenario);
        double end = Math.min(toWeek, planWeeks(scenario));
        List<String> roles = ExtraCapacity.candidates(spec);
        List<ExtraCapacity> probes = new ArrayList<>();
        List<Scenario> runs = new ArrayList<>(List.of(scenario));
        List<String> names = new ArrayList<>(List.of(scenario.name()));
        SalesOrganisationScenario base = (SalesOrganisationScenario) scenario;
        for (String role : roles) {
            ExtraCapacity probe = ExtraCapacity.of(spec, role, fromWeek, end);
            probes.add(probe);
            runs.add(new SalesOrganisationScenario(probe.spec(), base.description(), base.source(), base.assumptions(), base.startDate()));
            names.add(scenario.name() + "+" + role);
        }
        Rounds.Outcome outcome = Rounds.run(runs, names, Collections.nCopies(runs.size(), List.of()), options, null, true,
                progress, stop);
        int paired = outcome.paired();
        List<ExperimentResult> results = outcome.results();
        ExperimentResult baseRun = results.get(0);
        Map<String, double[]> bottleneck = BottleneckProbabilities.byWeek(baseRun);
        int firstWeek = spec.warmupWeeks() + (int) Math.floor(fromWeek);
        int lastWeek = spec.warmupWeeks() + (int) Math.ceil(end);
        double planLength = planWeeks(scenario);
        List<Probe> out = new ArrayList<>();
        for (int i = 0; i < probes.size(); i++) {
            ExtraCapacity probe = probes.get(i);
            Summary gain = Summary.of(new double[0]);
            if (paired >= 2) {
                // both runs agree event for event before the extra capacity, so the difference in mean weekly
                // throughput after warm-up times the plan's length is the throughput gained from then on
                Summary weekly = PairedDifference.of(prefix(baseRun, paired), prefix(results.get(i + 1), paired),
                        true, Comparison.CONFIDENCE).difference();
                double scale = planLength / probe.extraHours();
                gain = new Summary(weekly.n(), weekly.mean() * scale, weekly.stdev() * scale, weekly.ciLow() * scale,
                        weekly.ciHigh() * scale);
            }
            out.add(new Probe(probe.centre(), probe.extraHours(), gain, mean(bottleneck.get(probe.centre()), firstWeek, lastWeek)));
        }
        return new Result(scenario, baseRun, fromWeek, end, out, paired, outcome.complete());
    }

    private static final String THROUGHPUT = "finance.throughput_per_week";

    private static double[] prefix(ExperimentResult result, int n) {
        double[] values = result.values(THROUGHPUT);
        double[] out = new double[n];
        System.arraycopy(values, 0, out, 0, n);
        return out;
    }

    private static double mean(double[] byWeek, int from, int to) {
        if (byWeek == null) {
            return 0;
        }
        double sum = 0;
        int n = 0;
        for (int w = from; w < Math.min(to, byWeek.length); w++) {
            sum += byWeek[w];
            n++;
        }
        return n > 0 ? sum / n : 0;
    }

    private static SalesOrgSpec spec(Scenario scenario) {
        if (!(scenario instanceof SalesOrganisationScenario sales)) {
            throw new IllegalArgumentException("the marginal constraint needs a sales-organisation scenario; "
                    + scenario.name() + " is a " + scenario.kind());
        }
        return sales.spec();
    }
}
