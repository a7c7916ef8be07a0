package io.salesim.core.analysis;

import io.salesim.core.engine.Meaning;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.salesim.core.engine.ExperimentResult;
import io.salesim.core.engine.ReplicationResult;
import io.salesim.core.engine.WeeklyAccumulator;
import io.salesim.core.stats.PairedDifference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnalysisTest {

    private static ExperimentResult result(long seed, double... values) {
        List<ReplicationResult> reps = new ArrayList<>();
        WeeklyAccumulator weekly = new WeeklyAccumulator();
        for (int i = 0; i < values.length; i++) {
            ReplicationResult rep = new ReplicationResult(i, Map.of("m", values[i]),
                    Map.of("role.x.bottleneck_probability", new double[] {i % 2, 1}), 0);
            weekly.fold(rep);
            reps.add(rep);
        }
        return new ExperimentResult("t", seed, reps, Map.of("m", Meaning.higher("u")), weekly.summaries(), true);
    }

    @Test
    void plansAreComparedPairwiseOnlyOnCommonRandomNumbers() {
        // differences 1, 2, 3: mean 2, and the alternative is better in every pair
        PairedDifference d = PlanComparison.compare(result(1, 10, 20, 30), result(1, 11, 22, 33), "m", true);
        assertEquals(2, d.difference().mean(), 1e-12);
        assertEquals(1, d.probabilityBetter(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> PlanComparison.compare(result(1, 1, 2), result(2, 1, 2), "m", true));
    }

    @Test
    void bottleneckProbabilityIsTheMeanOfTheWeeklyIndicators() {
        // replications 0, 1, 2 have week-0 indicators 0, 1, 0 and week-1 indicators 1, 1, 1
        Map<String, double[]> p = BottleneckProbabilities.byWeek(result(1, 1, 2, 3));
        assertArrayEquals(new double[] {1.0 / 3, 1}, p.get("x"), 1e-12);
    }
}
