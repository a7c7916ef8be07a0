package io.salesim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salesim.core.engine.ExperimentResult;
import io.salesim.core.stats.QueueingTheory;
import io.salesim.core.stats.Summary;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ExperimentTest {

    @Test
    void bundledMmcCoversErlangC() throws Exception {
        Scenario mmc = ScenarioLoader.load("mmc");
        // 10 replications of the full 200 weeks (about 1 s): enough for a CI a few percent wide
        ExperimentResult result = Experiment.run(mmc, new RunOptions(10, 1, 2));

        // Erlang C, lambda = 1/0.37037 = 2.7/h, mu = 1/h, c = 3: Wq = 2.7235 h
        double wqHours = QueueingTheory.mmcWaitInQueue(1 / 0.37037, 1.0, 3);
        assertEquals(2.7235, wqHours, 5e-4);
        Summary wait = result.summary("station.desk.wait_hours");
        assertTrue(wait.covers(wqHours), "Erlang C " + wqHours + " h outside the 95% CI " + wait);
        // offered load per server: rho = 2.7 / 3 = 0.9
        Summary utilization = result.summary("station.desk.utilization");
        assertTrue(utilization.covers(QueueingTheory.utilization(1 / 0.37037, 1.0, 3)), utilization.toString());
        assertTrue(result.complete());
    }

    @Test
    void stopSupplierEndsTheRunEarlyAndMarksItIncomplete() throws Exception {
        Scenario dice = ScenarioLoader.load("dice-line");
        AtomicInteger done = new AtomicInteger();
        ExperimentResult result = Experiment.run(dice, new RunOptions(20, 1, 1),
                (finished, total) -> done.set(finished), () -> done.get() >= 3);
        assertEquals(3, result.replications().size(), "one thread: exactly the replications started before the stop");
        assertFalse(result.complete());
    }
}
