package io.salesim.core.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The fully sequential indifference-zone selection procedure KN (Kim and Nelson 2001, "A fully
 * sequential procedure for indifference-zone selection in simulation", ACM TOMACS 11(3)). Fed one
 * observation per plan still in contention at a time (stage r holds replication r of every plan),
 * it eliminates a plan as soon as another's running mean is ahead by more than a boundary that
 * shrinks with r, and stops when one plan is left. Its guarantee: if the best plan's true mean is
 * at least {@code indifference} better than every other's, it is the one selected with probability
 * at least {@code pcs}, for normal observations with unknown, unequal variances. The variances
 * used are those of the pairwise differences over the first stage, so common random numbers
 * (correlated plans) are allowed and make the boundaries tighter. It only reads the numbers it is
 * given: the order of stages is the replication order, so its decisions never depend on threads.
 */
public final class KimNelson {
    private final int plans;
    private final int firstStage;
    private final double indifference;
    private final boolean higherIsBetter;
    /** h² of the procedure: the boundaries' height, from k, n0 and 1 − pcs. */
    private final double hSquared;
    private final double[][] firstValues;
    private final double[] sums;
    private final int[] eliminatedAt;
    /** S²_il: sample variance of plan i − plan l over the first stage. */
    private double[][] differenceVariance;
    private int stage;
    private int selected = -1;

    /**
     * @param firstStage   n0, the replications every plan runs before any is eliminated (at least 2)
     * @param indifference δ > 0, in the metric's unit: a difference worth detecting
     * @param pcs          the probability of correct selection to guarantee, in (1/plans, 1)
     */
    public KimNelson(int plans, int firstStage, double indifference, double pcs, boolean higherIsBetter) {
        if (plans < 2) {
            throw new IllegalArgumentException("a selection needs at least two plans, was " + plans);
        }
        if (firstStage < 2) {
            throw new IllegalArgumentException("the first stage needs at least two replications, was " + firstStage);
        }
        if (!(indifference > 0) || Double.isInfinite(indifference)) {
            throw new IllegalArgumentException("the indifference zone must be a finite number > 0, was " + indifference);
        }
        if (!(pcs > 1.0 / plans && pcs < 1)) {
            throw new IllegalArgumentException("the probability of correct selection must be in (1/" + plans + ", 1), was " + pcs);
        }
        this.plans = plans;
        this.firstStage = firstStage;
        this.indifference = indifference;
        this.higherIsBetter = higherIsBetter;
        double alpha = 1 - pcs;
        double eta = 0.5 * (Math.pow(2 * alpha / (plans - 1), -2.0 / (firstStage - 1)) - 1);
        this.hSquared = 2 * eta * (firstStage - 1);
        this.firstValues = new double[plans][firstStage];
        this.sums = new double[plans];
        this.eliminatedAt = new int[plans];
    }

    /**
     * Takes the next stage: {@code values[i]} is plan i's next observation; values of plans no
     * longer in contention are ignored. Refused once the selection has finished.
     */
    public void addStage(double[] values) {
        if (finished()) {
            throw new IllegalStateException("the selection has finished at stage " + stage);
        }
        if (values.length != plans) {
            throw new IllegalArgumentException("need one value per plan (" + plans + "), got " + values.length);
        }
        for (int i = 0; i < plans; i++) {
            if (inContention(i) && !Double.isFinite(values[i])) {
                throw new IllegalArgumentException("plan " + i + " has no finite value at stage " + (stage + 1) + ": " + values[i]);
            }
        }
        stage++;
        for (int i = 0; i < plans; i++) {
            if (inContention(i)) {
                double value = higherIsBetter ? values[i] : -values[i];
                sums[i] += value;
                if (stage <= firstStage) {
                    firstValues[i][stage - 1] = value;
                }
            }
        }
        if (stage == firstStage) {
            differenceVariance = differenceVariances();
        }
        if (stage >= firstStage) {
            screen();
        }
    }

    /** Replications taken so far by the plans still in contention. */
    public int stage() {
        return stage;
    }

    public int firstStage() {
        return firstStage;
    }

    public boolean finished() {
        return selected >= 0;
    }

    /** The plan selected, or -1 while the selection goes on. */
    public int selected() {
        return selected;
    }

    public boolean inContention(int plan) {
        return eliminatedAt[plan] == 0;
    }

    /** Plans still in contention, in plan order (just the selected one once finished). */
    public List<Integer> contenders() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < plans; i++) {
            if (inContention(i)) {
                out.add(i);
            }
        }
        return out;
    }

    /** The stage at which the plan was eliminated (its last observation), or 0 if it never was. */
    public int eliminatedAt(int plan) {
        return eliminatedAt[plan];
    }

    /** Observations the procedure used of this plan. */
    public int observations(int plan) {
        return inContention(plan) ? stage : eliminatedAt[plan];
    }

    /** The plan's mean over the observations the procedure used, in the metric's own sign. */
    public double mean(int plan) {
        int n = observations(plan);
        double mean = n == 0 ? Double.NaN : sums[plan] / n;
        return higherIsBetter ? mean : -mean;
    }

    /** The contender with the best mean (the earlier plan on a tie): the one that would be chosen now. */
    public int leader() {
        int leader = -1;
        for (int i = 0; i < plans; i++) {
            if (inContention(i) && (leader < 0 || sums[i] > sums[leader])) {
                leader = i;
            }
        }
        return leader;
    }

    /**
     * The stage by which the procedure stops for certain, known after the first stage:
     * 1 + max N_il over the contenders, N_il = ⌊h² S²_il / δ²⌋ (0 before the first stage ends).
     */
    public int lastStage() {
        if (differenceVariance == null) {
            return 0;
        }
        long most = firstStage;
        List<Integer> left = contenders();
        for (int i : left) {
            for (int l : left) {
                if (i != l) {
                    most = Math.max(most, boundStage(i, l) + 1);
                }
            }
        }
        return (int) Math.min(Integer.MAX_VALUE, most);
    }

    private long boundStage(int i, int l) {
        double n = Math.floor(hSquared * differenceVariance[i][l] / (indifference * indifference));
        return n >= Long.MAX_VALUE - 1 ? Long.MAX_VALUE - 1 : (long) n;
    }

    /** Eliminates, all at once against the contenders of the previous stage, every plan some other is clearly ahead of. */
    private void screen() {
        List<Integer> before = contenders();
        double r = stage;
        List<Integer> out = new ArrayList<>();
        for (int i : before) {
            for (int l : before) {
                if (i == l) {
                    continue;
                }
                double width = Math.max(0, indifference / (2 * r)
                        * (hSquared * differenceVariance[i][l] / (indifference * indifference) - r));
                if (sums[i] / r < sums[l] / r - width) {
                    out.add(i);
                    break;
                }
            }
        }
        for (int i : out) {
            eliminatedAt[i] = stage;
        }
        List<Integer> left = contenders();
        // past every pair's bound the boundaries are zero: the best mean is the answer (ties included)
        if (left.size() == 1 || stage >= lastStage()) {
            int best = leader();
            for (int i : left) {
                if (i != best) {
                    eliminatedAt[i] = stage;
                }
            }
            selected = best;
        }
    }

    private double[][] differenceVariances() {
        double[][] variance = new double[plans][plans];
        for (int i = 0; i < plans; i++) {
            for (int l = i + 1; l < plans; l++) {
                double[] diff = new double[firstStage];
                for (int j = 0; j < firstStage; j++) {
                    diff[j] = firstValues[i][j] - firstValues[l][j];
                }
                double mean = Arrays.stream(diff).sum() / firstStage;
                double squares = 0;
                for (double d : diff) {
                    squares += (d - mean) * (d - mean);
                }
                variance[i][l] = squares / (firstStage - 1);
                variance[l][i] = variance[i][l];
            }
        }
        return variance;
    }
}
