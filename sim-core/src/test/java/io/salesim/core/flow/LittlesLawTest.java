package io.salesim.core.flow;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salesim.core.engine.Level;
import io.salesim.core.engine.Observations;
import io.salesim.core.engine.Response;
import io.salesim.core.engine.WorkCalendar;
import io.salesim.core.random.DistributionSpec;
import io.salesim.core.stats.Summary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Little's law, L = λ W, on every station's queue and on the whole line. Per replication we
 * compute L − λ̂ W from the run's own statistics (λ̂: items that left the queue, or the line,
 * per hour after warm-up); only edge effects at the window's ends keep it from being exactly 0,
 * and in steady state they cancel in expectation, so the CI of the difference must cover 0.
 * The k queues of a line share one 99% level (each interval at 1 − 0.01/k, Bonferroni): the
 * law is checked on every queue of several lines, and at 95% a change that merely redraws the
 * random numbers fails one of them by chance too often to be a useful regression signal.
 */
class LittlesLawTest {
    private static final double FAMILY_ERROR = 0.01;

    static Stream<FlowLineSpec> lines() {
        FlowLineSpec threeStations = new FlowLineSpec("three-stations", 5_000, 500,
                WorkCalendar.alwaysOpen(),
                new DistributionSpec.Exponential(1.0), new DistributionSpec.DiscreteUniform(1, 3),
                List.of(new StationSpec("cut", 3, new DistributionSpec.Exponential(1.2)),
                        new StationSpec("weld", 1, new DistributionSpec.Gamma(0.4, 0.3), 5),
                        new StationSpec("paint", 2, new DistributionSpec.Triangular(0.5, 0.8, 1.1), 3)));
        return Stream.of(
                ClassicLines.mmc(2.7, 1.0, 3, 5_000, 1_000),
                // blocking slows the first station, so this line holds ~11 items and settles slowly:
                // 500 h of warm-up left a measurable initial bias in L − λW (seen at 200 replications)
                ClassicLines.tandem(0.8, 1.0, 1.2, 2, 8_000, 3_000),
                threeStations);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void holdsOnEveryQueueAndOnTheSystem(FlowLineSpec spec) {
        FlowLine line = new FlowLine(spec);
        Map<String, Response> byMetric = new LinkedHashMap<>();
        for (Response response : line.responses()) {
            byMetric.put(response.metric(), response);
        }
        List<String[]> pairs = new ArrayList<>();
        for (StationSpec station : spec.stations()) {
            String prefix = "station." + station.name();
            pairs.add(new String[] {prefix + ".queue_length", prefix + ".wait_hours"});
        }
        pairs.add(new String[] {"system.wip", "system.time_in_system_hours"});
        int replications = QueueingValidationTest.replications(20);
        double[][] differences = new double[pairs.size()][replications];
        double windowHours = spec.horizonHours() - spec.warmupHours();
        for (int r = 0; r < replications; r++) {
            line.run(42, r);
            for (int p = 0; p < pairs.size(); p++) {
                Level length = (Level) byMetric.get(pairs.get(p)[0]);
                Observations sojourn = (Observations) byMetric.get(pairs.get(p)[1]);
                double throughputPerHour = sojourn.count() / windowHours;
                differences[p][r] = length.mean() - throughputPerHour * sojourn.mean();
            }
        }
        StringBuilder misses = new StringBuilder();
        for (int p = 0; p < pairs.size(); p++) {
            Summary difference = Summary.of(differences[p], 1 - FAMILY_ERROR / pairs.size());
            if (!difference.covers(0)) {
                misses.append(String.format("%n%s vs λ·%s: L − λW in [%.5f, %.5f]", pairs.get(p)[0], pairs.get(p)[1],
                        difference.ciLow(), difference.ciHigh()));
            }
        }
        assertTrue(misses.length() == 0, spec.name() + ": Little's law violated:" + misses);
    }
}
