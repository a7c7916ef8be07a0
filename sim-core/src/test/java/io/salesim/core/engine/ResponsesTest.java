package io.salesim.core.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.salesim.core.stats.Summary;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Warm-up deletion and weekly series on a deterministic model whose answers are worked out by hand. */
class ResponsesTest {
    private static final double EPS = 1e-9;

    /** Three weeks (504 h), one week of warm-up; a tick every hour, two step changes. */
    static final class Clockwork extends Model {
        final Counter ticks = counter("ticks", Meaning.neutral("count/week"));
        final Observations hourOfTick = observations("tick_hour", Meaning.neutral("hours"));
        final Level step = level("step", Meaning.neutral("items"));
        final Level officeStep = level("office_step", Meaning.neutral("items"), WorkCalendar.officeWeek());

        Clockwork() {
            super("clockwork", 3 * 168, 168);
            computed("double_step", Meaning.neutral("items"), () -> 2 * step.mean(), () -> {
                double[] weekly = step.weeklyMeans();
                for (int w = 0; w < weekly.length; w++) {
                    weekly[w] *= 2;
                }
                return weekly;
            });
        }

        @Override
        protected void initialize() {
            schedule(this::tick, 1, null);
            schedule(() -> step.set(2), 100);
            schedule(() -> step.set(5), 300);
            schedule(() -> officeStep.set(1), 0);
            schedule(() -> officeStep.set(3), 28);  // day 1, 4 h into the shift
        }

        private void tick(Object ignored) {
            ticks.increment();
            hourOfTick.record(now());
            schedule(this::tick, 1, null);
        }
    }

    @Test
    void valuesCountOnlyAfterWarmupAndWeeklySeriesCoverTheWholeRun() {
        ReplicationResult result = new Clockwork().run(1, 0);
        // ticks at 1..503 h (the one due at the 504 h horizon does not happen); the warm-up event at 168 h has the
        // lowest priority value so it precedes the tick at 168 h: 336 ticks in [168, 504) over 2 weeks
        assertEquals(336 / 2.0, result.values().get("ticks"), EPS);
        // weeks [0, 168), [168, 336), [336, 504) hold ticks 1..167, 168..335, 336..503
        assertArrayEquals(new double[] {167, 168, 168}, result.weekly().get("ticks"), EPS);
        assertEquals((168 + 503) / 2.0, result.values().get("tick_hour"), EPS);
        assertArrayEquals(new double[] {84, 251.5, 419.5}, result.weekly().get("tick_hour"), EPS);
        // step: 0 until 100 h, 2 until 300 h, then 5; after warm-up (132 h × 2 + 204 h × 5) / 336 h
        assertEquals((132 * 2 + 204 * 5) / 336.0, result.values().get("step"), EPS);
        assertArrayEquals(new double[] {68 * 2 / 168.0, (132 * 2 + 36 * 5) / 168.0, 5}, result.weekly().get("step"), EPS);
        assertEquals(2 * (132 * 2 + 204 * 5) / 336.0, result.values().get("double_step"), EPS);
        // office level: 1 for the first 12 working hours of week 1, then 3 for its other 28 (of 40)
        assertArrayEquals(new double[] {(12 * 1 + 28 * 3) / 40.0, 3, 3}, result.weekly().get("office_step"), EPS);
        assertEquals(3, result.values().get("office_step"), EPS);
    }

    @Test
    void acrossReplicationSummariesOfADeterministicModelHaveNoSpread() {
        ExperimentResult experiment = ReplicationRunner.run(Clockwork::new, 3, 5, 1);
        Summary ticks = experiment.summary("ticks");
        assertEquals(3, ticks.n());
        assertEquals(168, ticks.mean(), EPS);
        assertEquals(0, ticks.stdev(), EPS);
        Summary[] weekly = experiment.weeklySummary("step");
        assertEquals(3, weekly.length);
        assertEquals(5, weekly[2].mean(), EPS);
        assertEquals("count/week", experiment.unit("ticks"));
        assertEquals(List.of("ticks", "tick_hour", "step", "office_step", "double_step"), experiment.metrics());
    }

    @Test
    void aModelRejectsBadHorizonsAndDuplicateNames() {
        assertThrows(IllegalArgumentException.class, () -> new Model("m", 0, 0) { });
        assertThrows(IllegalArgumentException.class, () -> new Model("m", 100, 100) { });
        assertThrows(IllegalArgumentException.class, () -> new Model("m", Double.POSITIVE_INFINITY, 0) { });
        // every weekly series holds a value a week: a horizon of 3e8 weeks ran out of heap
        assertThrows(IllegalArgumentException.class, () -> new Model("m", (Model.MAX_HORIZON_WEEKS + 1) * Model.HOURS_PER_WEEK, 0) { });
        assertThrows(IllegalStateException.class, () -> new Model("m", 100, 0) {
            final Counter a = counter("same", Meaning.neutral("x"));
            final Counter b = counter("same", Meaning.neutral("x"));
        });
        assertThrows(IllegalStateException.class, () -> new Model("m", 100, 0) {
            final Object a = stream("s");
            final Object b = stream("s");
        });
    }
}
