package io.salesim.core.sales;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salesim.core.engine.EventAction;
import io.salesim.core.engine.ExperimentResult;
import io.salesim.core.engine.Model;
import io.salesim.core.engine.ReplicationRunner;
import io.salesim.core.engine.WorkCalendar;
import io.salesim.core.random.DistributionSpec;
import io.salesim.core.random.Sampler;
import io.salesim.core.stats.QueueingTheory;
import io.salesim.core.stats.Summary;
import org.junit.jupiter.api.Test;

/** A role pool is an M/M/c queue when fed Poisson tasks of exponential work on an always-open calendar. */
class RolePoolTest {

    /** Poisson tasks at 2.7 an hour, exponential work of mean 1 h, 3 people. */
    static final class PoolModel extends Model {
        static final double RATE_PER_HOUR = 2.7;
        private final RolePool pool;
        private final Sampler gapHours;
        private final Sampler workHours;
        private final EventAction<Object> arrive = o -> arrive();

        PoolModel() {
            super("pool", 20_000, 2_000);
            pool = new RolePool(this, RoleSpec.of("desk", RolePolicy.POOL, 3, 1, 0.85), WorkCalendar.alwaysOpen());
            gapHours = sampler("arrivals", new DistributionSpec.Exponential(1 / RATE_PER_HOUR));
            workHours = sampler("work", new DistributionSpec.Exponential(1.0));
        }

        @Override
        protected void initialize() {
            schedule(arrive, gapHours.sample(), null);
        }

        private void arrive() {
            pool.submit(new Task(Activity.ISSUE, workHours.sample(), 5, now(), Double.POSITIVE_INFINITY, -1, 0, null,
                    Task.NOTHING, null, null));
            schedule(arrive, gapHours.sample(), null);
        }
    }

    /** The pool's own statistics — waits, work waiting, utilisation — are the queue's, so they match Erlang C. */
    @Test
    void waitsAndUtilisationMatchErlangC() {
        ExperimentResult r = ReplicationRunner.run(PoolModel::new, 20, 11, 2);
        // Erlang C, λ = 2.7/h, μ = 1/h, c = 3: Wq = 2.7235 h; Lq × E[work] = λ Wq × 1 h = 7.353 h of work waiting
        double wq = QueueingTheory.mmcWaitInQueue(2.7, 1, 3);
        Summary wait = r.summary("role.desk.wait_hours");
        Summary queueHours = r.summary("role.desk.queue_hours");
        Summary queueLength = r.summary("role.desk.queue_length");
        Summary utilization = r.summary("role.desk.utilization");
        // ρ = 0.9: waits are strongly autocorrelated, so allow 2 CI half-widths
        assertTrue(Math.abs(wait.mean() - wq) < 2 * wait.halfWidth(), "Wq " + wq + " vs " + wait);
        assertTrue(Math.abs(queueHours.mean() - 2.7 * wq) < 2 * queueHours.halfWidth(), "work waiting " + 2.7 * wq + " vs " + queueHours);
        assertTrue(Math.abs(queueLength.mean() - 2.7 * wq) < 2 * queueLength.halfWidth(), "Lq " + 2.7 * wq + " vs " + queueLength);
        assertTrue(Math.abs(utilization.mean() - 0.9) < 2 * utilization.halfWidth(), "ρ = λ/(cμ) = 0.9 vs " + utilization);
    }
}
