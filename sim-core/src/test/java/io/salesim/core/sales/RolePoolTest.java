package io.salesim.core.sales;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salesim.core.engine.EventAction;
import io.salesim.core.engine.ExperimentResult;
import io.salesim.core.engine.Model;
import io.salesim.core.engine.Observations;
import io.salesim.core.engine.ReplicationRunner;
import io.salesim.core.engine.WorkCalendar;
import io.salesim.core.random.RandomStream;
import io.salesim.core.stats.QueueingTheory;
import io.salesim.core.stats.Summary;
import org.junit.jupiter.api.Test;

/** A role pool is an M/M/c queue when fed Poisson tasks of exponential work on an always-open calendar. */
class RolePoolTest {

    /** Poisson tasks at 2.7 an hour, exponential work of mean 1 h, 3 people. */
    static final class PoolModel extends Model {
        static final double RATE_PER_HOUR = 2.7;
        private final RolePool pool;
        private final RandomStream arrivals;
        private final RandomStream work;
        private final Observations waitHours;
        private final EventAction<Object> arrive = o -> arrive();

        PoolModel() {
            super("pool", 20_000, 2_000);
            pool = new RolePool(this, Role.CUSTOMER_SERVICE, new RoleSpec(3, 1, 1, 0.85), WorkCalendar.alwaysOpen());
            arrivals = stream("arrivals");
            work = stream("work");
            waitHours = observations("wait_hours", "hours");
            computed("utilization", "fraction", pool::utilization);
        }

        @Override
        protected void initialize() {
            schedule(arrive, exp(arrivals, 1 / RATE_PER_HOUR), null);
        }

        private void arrive() {
            Task task = new Task(Activity.ISSUE, exp(work, 1.0), 5, now(), Double.POSITIVE_INFINITY, -1, 0, null,
                    t -> waitHours.record(t.startedAt - t.createdAt), null);
            pool.submit(task);
            schedule(arrive, exp(arrivals, 1 / RATE_PER_HOUR), null);
        }

        private static double exp(RandomStream s, double mean) {
            return -mean * Math.log(s.nextOpenDouble());
        }
    }

    @Test
    void waitsAndUtilisationMatchErlangC() {
        ExperimentResult r = ReplicationRunner.run(PoolModel::new, 20, 11, 2);
        // Erlang C, λ = 2.7/h, μ = 1/h, c = 3: Wq = 2.7235 h; Lq × E[work] = λ Wq × 1 h = 7.353 h of work waiting
        double wq = QueueingTheory.mmcWaitInQueue(2.7, 1, 3);
        Summary wait = r.summary("wait_hours");
        Summary queueHours = r.summary("role.customer_service.queue_hours");
        Summary utilization = r.summary("utilization");
        // ρ = 0.9: waits are strongly autocorrelated, so allow 2 CI half-widths
        assertTrue(Math.abs(wait.mean() - wq) < 2 * wait.halfWidth(), "Wq " + wq + " vs " + wait);
        assertTrue(Math.abs(queueHours.mean() - 2.7 * wq) < 2 * queueHours.halfWidth(), "work waiting " + 2.7 * wq + " vs " + queueHours);
        assertTrue(Math.abs(utilization.mean() - 0.9) < 2 * utilization.halfWidth(), "ρ = λ/(cμ) = 0.9 vs " + utilization);
    }
}
