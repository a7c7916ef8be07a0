package io.salesim.core.flow;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salesim.core.engine.ExperimentResult;
import io.salesim.core.engine.ReplicationRunner;
import io.salesim.core.engine.WorkCalendar;
import io.salesim.core.random.DistributionSpec;
import io.salesim.core.stats.Summary;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Roser's own test of shifting-bottleneck detection: in a line with one clearly slower
 * station, that station is the bottleneck almost every week. Here items arrive at 1 an hour
 * into three single-server stations busy 50%, 95% and 60% of the time; the middle one is
 * known to be the bottleneck from the setup (its busy periods are by far the longest: an
 * M/M/1 busy period lasts E[S]/(1 − ρ), 19 h against 1 h and 1.5 h).
 */
class FlowBottleneckTest {

    @Test
    void theClearlySlowerStationIsNamedAlmostEveryWeek() {
        FlowLineSpec spec = new FlowLineSpec("slow-middle", 40 * 168, 4 * 168, WorkCalendar.alwaysOpen(),
                new DistributionSpec.Exponential(1.0), new DistributionSpec.Constant(1),
                List.of(new StationSpec("fast", 1, new DistributionSpec.Exponential(0.5)),
                        new StationSpec("slow", 1, new DistributionSpec.Exponential(0.95)),
                        new StationSpec("quick", 1, new DistributionSpec.Exponential(0.6))));
        ExperimentResult r = ReplicationRunner.run(() -> new FlowLine(spec), 10, 5, 2);
        Summary slow = r.summary("station.slow.bottleneck_probability");
        assertTrue(slow.mean() >= 0.95, "slow station is the bottleneck in " + slow);
        double total = 0;
        for (String station : List.of("fast", "slow", "quick")) {
            total += r.summary("station." + station + ".bottleneck_probability").mean();
        }
        // every week has exactly one bottleneck (or shares one), so the shares add up to 1
        assertTrue(Math.abs(total - 1) < 1e-9, "shares add up to " + total);
    }
}
