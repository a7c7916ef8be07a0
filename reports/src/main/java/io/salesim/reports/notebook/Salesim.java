package io.salesim.reports.notebook;

import io.salesim.reports.charts.ChartStyle;
import io.salesim.scenarios.BundledScenarios;
import io.salesim.scenarios.RunOptions;
import io.salesim.scenarios.ScenarioException;
import io.salesim.scenarios.ScenarioLoader;
import io.salesim.scenarios.ScenarioSource;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The notebook API: load a scenario (a bundled name, a file or YAML text), change keys as
 * {@code --set} does, run replications, compare plans, sweep a key, and read the results as
 * numbers, Tablesaw tables and XChart charts. Each call is the one the salesim command makes
 * ({@code ScenarioLoader}, {@code Overrides}, {@code Experiment}, {@code Comparison},
 * {@code Sweep}, {@code Robustness}, {@code ResultTables}), so a notebook and the command
 * give the same numbers for the same seed.
 *
 * <pre>{@code
 * Study line = Salesim.load("protective-capacity").set("stations[0].process_time.exponential.mean", 0.85)
 *         .replications(10);
 * Run run = line.run();
 * run.mean("station.intake.wait_hours")
 * }</pre>
 *
 * A scenario that does not validate throws {@link NotebookException} with every problem, as
 * {@code salesim validate} lists them.
 */
public final class Salesim {
    /** Replications per scenario, plan or sweep point unless a study says otherwise: modest, for notebooks that run in CI. */
    public static final int DEFAULT_REPLICATIONS = 10;

    private Salesim() {
    }

    /** A bundled scenario by name (see {@link #bundled()}) or a YAML file path, as {@code salesim run} takes it. */
    public static Study load(String nameOrFile) {
        try {
            return Study.of(ScenarioLoader.load(nameOrFile));
        } catch (ScenarioException e) {
            throw new NotebookException(e);
        }
    }

    /** A scenario written in the notebook as YAML text. */
    public static Study fromYaml(String yaml) {
        try {
            return Study.of(ScenarioLoader.parse(new ScenarioSource("notebook", yaml)));
        } catch (ScenarioException e) {
            throw new NotebookException(e);
        }
    }

    /** The bundled scenarios' names, as {@code salesim list} shows them. */
    public static List<String> bundled() {
        return List.copyOf(BundledScenarios.names());
    }

    /** Worker threads used unless a study says otherwise: every core (results do not depend on it). */
    public static int defaultThreads() {
        return Math.min(Runtime.getRuntime().availableProcessors(), RunOptions.MAX_THREADS);
    }

    /**
     * An empty line chart in the reports' style (titled, axis titles with units, large type),
     * for curves a notebook computes itself, e.g. a formula beside the engine's results.
     */
    public static XYChart chart(String title, String xTitle, String yTitle) {
        XYChart chart = ChartStyle.xyChart(title, xTitle, yTitle);
        chart.getStyler().setMarkerSize(10);
        chart.getStyler().setSeriesMarkers(new org.knowm.xchart.style.markers.Marker[]{SeriesMarkers.CIRCLE});
        // long series names (what was run, against which formula) fit in a column inside the plot
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNW);
        chart.getStyler().setLegendLayout(org.knowm.xchart.style.Styler.LegendLayout.Vertical);
        chart.getStyler().setXAxisTickMarkSpacingHint(120);
        return chart;
    }
}
