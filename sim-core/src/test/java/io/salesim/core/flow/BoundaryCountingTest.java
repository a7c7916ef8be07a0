package io.salesim.core.flow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.salesim.core.engine.Model;
import io.salesim.core.engine.ReplicationResult;
import io.salesim.core.random.DistributionSpec;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Events exactly at the warm-up, a week boundary or the horizon belong to one window: the run is
 * [warm-up, horizon) and week k is [168k, 168(k+1)). Checked on D/D/1 lines whose every event
 * falls on a whole hour, so the counts are worked out by hand.
 */
class BoundaryCountingTest {
    private static final double EPS = 1e-9;

    /** D/D/1: an arrival every {@code gapHours} from t = gap, each served in {@code processHours}. */
    private static ReplicationResult dd1(double gapHours, double processHours, double horizonHours, double warmupHours) {
        FlowLineSpec spec = FlowLineSpec.of("dd1", horizonHours, warmupHours, new DistributionSpec.Constant(gapHours),
                new StationSpec("server", 1, new DistributionSpec.Constant(processHours)));
        return new FlowLine(spec).run(1, 0);
    }

    @Test
    void aLineAtFullLoadDeliversExactlyOneItemAnHour() {
        // ρ = 1: arrivals at 1, 2, 3, ... h, departures at 2, 3, 4, ... h; the departure at t precedes the arrival at t
        // (scheduled first), so nobody waits. Horizon 10 weeks = 1680 h, warm-up 1 week = 168 h: departures at
        // 168..1679 h count (the one at 168 h, the warm-up instant, in the run; the one at 1680 h, the horizon, is
        // past the run), 1512 = 9 weeks × 168.
        ReplicationResult r = dd1(1, 1, 10 * Model.HOURS_PER_WEEK, Model.HOURS_PER_WEEK);
        assertEquals(168, r.values().get("system.throughput_per_week"), EPS);
        // week 0 holds departures 2..167 (166); every later week [168k, 168k+168) holds 168k..168k+167
        double[] weekly = new double[10];
        Arrays.fill(weekly, 168);
        weekly[0] = 166;
        assertArrayEquals(weekly, r.weekly().get("system.throughput_per_week"), EPS);
        assertEquals(1, r.values().get("system.time_in_system_hours"), EPS);
        assertEquals(0, r.values().get("station.server.wait_hours"), EPS);
        // one item in the system at every instant from t = 1 h; week 0 has it for 167 of 168 h
        assertEquals(1, r.values().get("system.wip"), EPS);
        assertEquals(167 / 168.0, r.weekly().get("system.wip")[0], EPS);
        assertEquals(1, r.values().get("station.server.utilization"), EPS);
    }

    @Test
    void aHorizonAndAWarmupOffTheWeekGridCountHalfOpenToo() {
        // gap 2 h, process 2 h: arrivals at 2, 4, ... h, departures at 4, 6, ... h. Warm-up 100 h, horizon 1000 h:
        // departures at 100, 102, ..., 998 h count (the one at 1000 h does not), 450 in 900 h = 84 a week
        ReplicationResult r = dd1(2, 2, 1000, 100);
        assertEquals(450 / (900 / Model.HOURS_PER_WEEK), r.values().get("system.throughput_per_week"), EPS);
        // weeks [0,168): 4..166 (82); [168,336): 168..334 (84) and so on; the last, [840, 1000): 840..998 (80)
        assertArrayEquals(new double[] {82, 84, 84, 84, 84, 80}, r.weekly().get("system.throughput_per_week"), EPS);
    }
}
