package io.salesim.scenarios;

import io.salesim.core.diagnostics.Diagnostic;
import io.salesim.core.diagnostics.QueueSeries;
import io.salesim.core.diagnostics.RunDiagnostics;
import io.salesim.core.diagnostics.Window;
import io.salesim.core.engine.ExperimentResult;
import io.salesim.core.engine.QueueMetrics;
import io.salesim.core.engine.ReplicationResult;
import java.util.List;
import java.util.function.Consumer;

/**
 * The diagnostics of one scenario's run: fed each replication in order while the run goes (it
 * keeps only a few numbers per queue), then judges the result ({@link RunDiagnostics}).
 */
public final class RunChecks implements Consumer<ReplicationResult> {
    private final Scenario scenario;
    private final List<QueueMetrics> queues;
    private final Window window;
    private final QueueSeries series;

    private RunChecks(Scenario scenario, long maxValues) {
        this.scenario = scenario;
        this.queues = scenario.queues();
        this.window = scenario.steadyWindow();
        this.series = new QueueSeries(window, queues.stream().map(QueueMetrics::length).toList(), maxValues);
    }

    public static RunChecks of(Scenario scenario) {
        return new RunChecks(scenario, QueueSeries.MAX_VALUES);
    }

    /** The checks of one of {@code together} scenarios run at once (plans, sweep points): they share the memory cap. */
    public static RunChecks of(Scenario scenario, int together) {
        return new RunChecks(scenario, QueueSeries.MAX_VALUES / Math.max(1, together));
    }

    @Override
    public void accept(ReplicationResult replication) {
        series.accept(replication);
    }

    /** The warnings on {@code result}, which must be the run this was fed. */
    public List<Diagnostic> judge(ExperimentResult result) {
        return RunDiagnostics.judge(result, queues, window, scenario.offeredLoads(), series);
    }

    /** The queue subjects of the scenario: what {@link Diagnostic#standsFor} tells metrics apart by. */
    public List<String> subjects() {
        return queues.stream().map(QueueMetrics::subject).toList();
    }

    /** The first of {@code warnings} that says the mean of {@code metric} is off, or null: what stops a precision being claimed. */
    public Diagnostic firstBiasing(List<Diagnostic> warnings, String metric) {
        return biasing(warnings, metric).stream().findFirst().orElse(null);
    }

    /** The warnings among {@code warnings} that say the mean of {@code metric} is off, in order. */
    public List<Diagnostic> biasing(List<Diagnostic> warnings, String metric) {
        List<String> subjects = subjects();
        return warnings.stream().filter(w -> w.code().biasesMeans() && w.standsFor(metric, subjects)).toList();
    }
}
