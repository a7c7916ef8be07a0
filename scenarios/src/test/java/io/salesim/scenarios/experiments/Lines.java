package io.salesim.scenarios.experiments;

import io.salesim.scenarios.Scenario;
import io.salesim.scenarios.ScenarioException;
import io.salesim.scenarios.ScenarioLoader;
import io.salesim.scenarios.ScenarioSource;

/** Small flow lines for the experiment tests: a few weeks, so each replication takes a millisecond or so. */
final class Lines {
    /**
     * Poisson arrivals 1/h around the clock into two stations: a (exp. mean 1.5 h, offered
     * load 1.5 servers) and b (exp. mean 2 h, load 2 servers). No calendar and no warm-up
     * given, so the resolved file has defaults to fill in.
     */
    static final String TWO_STATIONS = """
            kind: flow-line
            name: two-stations
            horizon: {weeks: 4}
            arrivals: {interarrival: {exponential: {mean: 1.0}}}
            stations:
              - name: a
                servers: 2
                process_time: {exponential: {mean: 1.5}}
              - name: b
                servers: 3
                process_time: {exponential: {mean: 2.0}}
            """;

    /**
     * One desk (one server, always open) and one batch a week at the start of each week from
     * week 1 (constant interarrival 168 h), every item 1 h of work: a week's utilisation is
     * exactly its batch size ÷ (168 × servers), so which weeks run above a target follows from
     * the batch-size distribution alone. The first week (no batch yet) is the warm-up, so 50
     * weeks a replication are judged. {@code BATCH} is replaced by the distribution.
     */
    static final String WEEKLY_BATCHES = """
            kind: flow-line
            name: weekly-batches
            horizon: {weeks: 51, warmup_weeks: 1}
            arrivals: {interarrival: {constant: 168}, batch_size: BATCH}
            stations:
              - name: desk
                servers: 1
                process_time: {constant: 1}
            """;

    private Lines() {
    }

    static Scenario weeklyBatches(String batchSize) {
        return parse(WEEKLY_BATCHES.replace("BATCH", batchSize));
    }

    static Scenario twoStations() {
        return parse(TWO_STATIONS);
    }

    static Scenario parse(String text) {
        try {
            return ScenarioLoader.parse(new ScenarioSource("line.yaml", text));
        } catch (ScenarioException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
