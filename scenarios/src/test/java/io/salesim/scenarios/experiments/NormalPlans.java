package io.salesim.scenarios.experiments;

import io.salesim.core.engine.Meaning;
import io.salesim.core.engine.Model;
import io.salesim.core.random.RandomStream;
import io.salesim.scenarios.Scenario;
import io.salesim.scenarios.ScenarioSource;
import java.util.LinkedHashMap;
import java.util.function.Supplier;

/**
 * Plans whose one output per replication is normal with a known mean, for selection tests that
 * need many fast replications: X = mean + sd (√ρ Z + √(1 − ρ) Z'), with Z from a stream every plan
 * shares (common random numbers: plans correlate by ρ) and Z' from the plan's own stream.
 */
final class NormalPlans {
    /** A higher-is-better money metric, declared so as the cumulative net is. */
    static final String METRIC = "synthetic.cumulative_net";

    private NormalPlans() {
    }

    static Scenario plan(String id, double mean, double sd, double correlation) {
        return new Plan(id, () -> new Output(id, mean, sd, correlation));
    }

    private record Plan(String name, Supplier<Model> modelFactory) implements Scenario {
        @Override
        public String kind() {
            return "synthetic";
        }

        @Override
        public String description() {
            return "normal output";
        }

        @Override
        public LinkedHashMap<String, String> keyParameters() {
            return new LinkedHashMap<>();
        }

        @Override
        public ScenarioSource source() {
            return new ScenarioSource(name + ".yaml", "");
        }
    }

    private static final class Output extends Model {
        private final double mean;
        private final double sd;
        private final double correlation;
        private final RandomStream shared = stream("shared");
        private final RandomStream own;
        private double value;

        Output(String id, double mean, double sd, double correlation) {
            super(id, 1.0, 0.0);
            this.mean = mean;
            this.sd = sd;
            this.correlation = correlation;
            this.own = stream("own." + id);
            computed(METRIC, Meaning.higher("$").board(), () -> value);
        }

        @Override
        protected void initialize() {
            value = mean + sd * (Math.sqrt(correlation) * shared.nextGaussian() + Math.sqrt(1 - correlation) * own.nextGaussian());
        }
    }
}
