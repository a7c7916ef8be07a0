package io.salesim.scenarios.experiments;

import io.salesim.core.analysis.KimNelson;
import io.salesim.core.engine.MetricDirection;
import io.salesim.core.engine.ExperimentResult;
import io.salesim.core.engine.ReplicationRunner;
import io.salesim.scenarios.RunOptions;
import io.salesim.scenarios.Scenario;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

/**
 * Selection of the best plan with a guarantee: Kim and Nelson's fully sequential procedure
 * ({@link KimNelson}) on one metric, run on common random numbers through the comparison's own
 * rounds. Every plan runs the first stage ({@code options.replications()}); then the plans still
 * in contention advance together, {@value #STEP} replications at a time, and are screened
 * replication by replication, until one is left or the replication limit is reached. The
 * procedure sees replication r of every plan in order, so what it decides, and the replications
 * run, are the same for any thread count.
 */
public final class Selection {
    /**
     * Replications added to each plan in contention between screenings of the new ones. Fixed,
     * not tied to the threads, so the replications run (and the plans' files) never depend on them.
     */
    static final int STEP = 10;

    /**
     * @param metric          the metric to select on
     * @param indifference    δ, in the metric's unit: plans closer than this are equally good
     * @param pcs             the probability of correct selection to guarantee
     * @param maxReplications the most replications of any plan; reached first, the selection is incomplete
     */
    public record Settings(String metric, double indifference, double pcs, int maxReplications) {
        public Settings {
            if (metric == null || metric.isBlank()) {
                throw new IllegalArgumentException("a selection needs a metric");
            }
            if (!(indifference > 0) || Double.isInfinite(indifference)) {
                throw new IllegalArgumentException("the indifference zone must be a finite number > 0, was " + indifference);
            }
            if (!(pcs > 0 && pcs < 1)) {
                throw new IllegalArgumentException("the probability of correct selection must be in (0, 1), was " + pcs);
            }
            if (maxReplications < 2 || maxReplications > RunOptions.MAX_REPLICATIONS) {
                throw new IllegalArgumentException("max replications must be in [2, " + RunOptions.MAX_REPLICATIONS + "], was "
                        + maxReplications);
            }
        }
    }

    /**
     * One plan's part in the selection.
     *
     * @param replications the replications the procedure used (the plan's folder may hold a few more,
     *                     run in the same step as the one it was eliminated at)
     * @param mean         its mean over those replications
     * @param eliminatedAt the replication at which another plan's lead eliminated it; 0 if it never was
     */
    public record Plan(String name, int replications, double mean, int eliminatedAt) {
        public boolean eliminated() {
            return eliminatedAt > 0;
        }
    }

    /**
     * @param comparison   the comparison of the plans over the replications every plan ran
     * @param selected     the plan selected, or null when the selection did not finish
     * @param inContention the plans not eliminated, in plan order (the selected one alone when complete)
     * @param complete     whether the procedure finished; false at the replication limit or when stopped
     * @param limitReached whether it was the replication limit that ended an unfinished selection
     */
    public record Result(Comparison.Result comparison, Settings settings, String unit, boolean higherIsBetter,
                         int firstStage, List<Plan> plans, String selected, List<String> inContention, boolean complete,
                         boolean limitReached) {

        /** The guarantee (or why there is none), in words. */
        public String guarantee() {
            String metric = describe(settings.metric());
            if (complete) {
                return "With probability at least " + percent(settings.pcs()) + ", the selected plan's true mean " + metric
                        + " is within " + amount(settings.indifference(), unit) + " of the best plan's.";
            }
            String why = limitReached ? "the limit of " + settings.maxReplications() + " replications per plan was reached"
                    : "the selection was stopped early";
            return "No plan selected: " + why + " with " + String.join(", ", inContention) + " still in contention on "
                    + metric + "; there is no guarantee until one is left (a higher limit or a wider indifference zone lets it finish).";
        }
    }

    /** Told after each step, with the plans still in contention. */
    @FunctionalInterface
    public interface Listener {
        void step(int replications, List<String> inContention);

        Listener NONE = (replications, inContention) -> { };
    }

    private Selection() {
    }

    /**
     * Runs the plans until the procedure selects one, all plans run on the same seed.
     *
     * @param options  {@code replications()} is the first stage n0 (at least 2)
     * @param listener told after every screening step
     */
    public static Result run(List<Scenario> scenarios, RunOptions options, Settings settings, Listener listener,
                             ReplicationRunner.Progress progress, BooleanSupplier stop) {
        if (options.replications() > settings.maxReplications()) {
            throw new IllegalArgumentException("the first stage (" + options.replications() + " replications) is above the limit ("
                    + settings.maxReplications() + ")");
        }
        List<String> names = Comparison.uniqueNames(scenarios);
        boolean higher = higherIsBetter(scenarios.get(0), settings.metric());
        KimNelson procedure = new KimNelson(scenarios.size(), options.replications(), settings.indifference(), settings.pcs(),
                higher);
        Screening screening = new Screening(procedure, settings, names, listener);
        Comparison.Result comparison = Comparison.grown(scenarios, options, screening, progress, stop);
        // a stopped run still screens the replications every plan in contention finished
        screening.feed(comparison.plans().toArray(ExperimentResult[]::new));
        List<Plan> plans = new ArrayList<>();
        List<String> inContention = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            plans.add(new Plan(names.get(i), procedure.observations(i), procedure.mean(i), procedure.eliminatedAt(i)));
            if (procedure.inContention(i)) {
                inContention.add(names.get(i));
            }
        }
        String unit = comparison.baseline().unit(settings.metric());
        boolean complete = procedure.finished();
        return new Result(comparison, settings, unit, higher, options.replications(), plans,
                complete ? names.get(procedure.selected()) : null, inContention, complete, !complete && comparison.complete());
    }

    /** Whether a larger value of the metric is better, as the metric declares: the one place the selection asks. */
    static boolean higherIsBetter(Scenario scenario, String metric) {
        MetricDirection direction = scenario.meanings().get(metric).direction();
        if (direction.isNeutral()) {
            throw new IllegalArgumentException(metric + " is neutral (a count or an input): no plan is best on it");
        }
        return direction.higherIsBetter();
    }

    /** Feeds every new replication to the procedure in order, then gives the plans still in contention one more step. */
    private static final class Screening implements Rounds.Growth {
        private final KimNelson procedure;
        private final Settings settings;
        private final List<String> names;
        private final Listener listener;

        Screening(KimNelson procedure, Settings settings, List<String> names, Listener listener) {
            this.procedure = procedure;
            this.settings = settings;
            this.names = names;
            this.listener = listener;
        }

        @Override
        public int initialReplications() {
            return procedure.firstStage();
        }

        @Override
        public boolean grow(ExperimentResult[] latest, int[] goal) {
            feed(latest);
            listener.step(procedure.stage(), procedure.contenders().stream().map(names::get).toList());
            if (procedure.finished()) {
                return false;
            }
            boolean grown = false;
            // no further than where the procedure stops for certain, nor past the limit
            int next = Math.min(procedure.stage() + STEP, Math.min(procedure.lastStage(), settings.maxReplications()));
            for (int i : procedure.contenders()) {
                if (goal[i] < next) {
                    goal[i] = next;
                    grown = true;
                }
            }
            return grown;
        }

        /** Screens, in replication order, every replication that all plans in contention have and the procedure has not seen. */
        void feed(ExperimentResult[] latest) {
            int ready = Integer.MAX_VALUE;
            for (int i : procedure.contenders()) {
                ready = Math.min(ready, latest[i].replications().size());
            }
            double[] stage = new double[latest.length];
            while (!procedure.finished() && procedure.stage() < ready) {
                int r = procedure.stage();
                for (int i : procedure.contenders()) {
                    stage[i] = latest[i].replications().get(r).values().getOrDefault(settings.metric(), Double.NaN);
                    if (!Double.isFinite(stage[i])) {
                        throw new IllegalStateException(settings.metric() + " has no value in replication " + (r + 1) + " of plan "
                                + names.get(i) + ": the selection needs one in every replication");
                    }
                }
                procedure.addStage(stage);
            }
        }
    }

    /** "cumulative net (finance.cumulative_net)": the name's last part in words, then the name itself. */
    static String describe(String metric) {
        String last = metric.substring(metric.lastIndexOf('.') + 1).replace('_', ' ');
        return last + " (" + metric + ")";
    }

    /** "$250,000", "0.05 hours", "12": an amount with its unit, grouped, to six decimals at most, as the guarantee says it. */
    public static String amount(double value, String unit) {
        DecimalFormat format = new DecimalFormat("#,##0.######", DecimalFormatSymbols.getInstance(Locale.ROOT));
        String number = format.format(value);
        if (unit == null || unit.isEmpty() || unit.equals("fraction")) {
            return number;
        }
        return unit.equals("$") ? "$" + number : number + " " + unit;
    }

    private static String percent(double probability) {
        return new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(100 * probability) + "%";
    }
}
