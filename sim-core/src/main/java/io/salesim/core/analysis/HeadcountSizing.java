package io.salesim.core.analysis;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the smallest head count per role that meets each role's own target (e.g. protective
 * capacity at or above target in at least 90% of its weeks), exploiting monotonicity:
 * more heads in a role never hurt that role's protective capacity. Each role is sized by
 * bisection with the others held fixed; passes repeat until nothing changes, because adding
 * heads to one role can add load to another (more coordinators book more meetings, which
 * brings more customer-service work). Evaluations are cached and counted.
 */
public final class HeadcountSizing {

    /** Which roles meet their target at these head counts (same order as the roles). */
    @FunctionalInterface
    public interface Evaluator {
        boolean[] meetsTarget(int[] headcounts);
    }

    /** A role to size: its name, the range to search, and its loaded cost per head and year. */
    public record Role(String name, int minHeadcount, int maxHeadcount, double salaryPerYear) {
        public Role {
            if (minHeadcount < 0 || maxHeadcount < minHeadcount) {
                throw new IllegalArgumentException("role '" + name + "': need 0 <= min <= max, was " + minHeadcount + ".." + maxHeadcount);
            }
        }
    }

    /** The head counts found, whether every role met its target, and how many simulations it took. */
    public record Result(int[] headcounts, boolean feasible, int evaluations, double payrollPerYear) {
    }

    private HeadcountSizing() {
    }

    public static Result search(List<Role> roles, Evaluator evaluator) {
        int k = roles.size();
        Map<String, boolean[]> cache = new HashMap<>();
        int[] evaluations = {0};
        Evaluator cached = counts -> cache.computeIfAbsent(Arrays.toString(counts), key -> {
            evaluations[0]++;
            return evaluator.meetsTarget(counts.clone());
        });
        int[] current = new int[k];
        for (int i = 0; i < k; i++) {
            current[i] = roles.get(i).minHeadcount();
        }
        boolean changed = true;
        int passes = 0;
        while (changed && passes++ < 50) {
            changed = false;
            for (int i = 0; i < k; i++) {
                int smallest = smallestMeeting(roles.get(i), i, current, cached);
                if (smallest != current[i]) {
                    current[i] = smallest;
                    changed = true;
                }
            }
        }
        boolean[] meets = cached.meetsTarget(current);
        boolean feasible = true;
        for (boolean m : meets) {
            feasible &= m;
        }
        return new Result(current.clone(), feasible, evaluations[0], payroll(roles, current));
    }

    /** Exhaustive search over the whole box: the cheapest vector where every role meets its target. */
    public static Result exhaustive(List<Role> roles, Evaluator evaluator) {
        int k = roles.size();
        int[] counts = new int[k];
        for (int i = 0; i < k; i++) {
            counts[i] = roles.get(i).minHeadcount();
        }
        int[] best = null;
        double bestPayroll = Double.POSITIVE_INFINITY;
        int evaluations = 0;
        while (true) {
            evaluations++;
            boolean all = true;
            for (boolean m : evaluator.meetsTarget(counts.clone())) {
                all &= m;
            }
            double payroll = payroll(roles, counts);
            if (all && payroll < bestPayroll) {
                best = counts.clone();
                bestPayroll = payroll;
            }
            int i = 0;
            while (i < k && counts[i] == roles.get(i).maxHeadcount()) {
                counts[i] = roles.get(i).minHeadcount();
                i++;
            }
            if (i == k) {
                break;
            }
            counts[i]++;
        }
        return best == null
                ? new Result(null, false, evaluations, Double.NaN)
                : new Result(best, true, evaluations, bestPayroll);
    }

    /** Bisection on role i's head count, others fixed; the max if even that fails. */
    private static int smallestMeeting(Role role, int i, int[] current, Evaluator evaluator) {
        int low = role.minHeadcount();
        int high = role.maxHeadcount();
        int[] probe = current.clone();
        probe[i] = high;
        if (!evaluator.meetsTarget(probe)[i]) {
            return high;
        }
        while (low < high) {
            int mid = (low + high) >>> 1;
            probe[i] = mid;
            if (evaluator.meetsTarget(probe)[i]) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    private static double payroll(List<Role> roles, int[] counts) {
        double total = 0;
        for (int i = 0; i < counts.length; i++) {
            total += counts[i] * roles.get(i).salaryPerYear();
        }
        return total;
    }
}
