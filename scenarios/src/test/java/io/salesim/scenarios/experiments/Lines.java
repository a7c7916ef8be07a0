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

    private Lines() {
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
