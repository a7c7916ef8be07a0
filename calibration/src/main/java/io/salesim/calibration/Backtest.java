package io.salesim.calibration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The forecast from a cutoff against what happened: for each ISO week and metric the actual
 * ({@link Actuals}) and the simulated mean and 5%–95% band over the replications
 * ({@link PipelineSimulation}); per metric the share of weeks whose actual lies in the band
 * (coverage; 0.90 if the forecast were right) and the band's mean width.
 */
public record Backtest(LocalDate cutoff, LocalDate end, int replications, long seed, int openAtCutoff, List<Row> rows,
                       Map<Metric, Coverage> coverage) {
    public static final String CSV = "backtest.csv";
    public static final String JSON = "backtest.json";

    public record Row(IsoWeek week, Metric metric, double actual, double simMean, double simP05, double simP95) {
        public boolean inside() {
            return simP05 <= actual && actual <= simP95;
        }
    }

    public record Coverage(double share, int inside, int weeks, double meanBandWidth) {
    }

    public static Backtest run(CrmExport export, Fit fit, int replications, long seed) {
        List<IsoWeek> weeks = Actuals.weeks(export, fit.cutoff());
        Map<Metric, double[]> actual = Actuals.of(export.deals(), weeks);
        PipelineSimulation simulation = new PipelineSimulation(fit, export.deals(), weeks);
        Map<Metric, double[][]> sims = new EnumMap<>(Metric.class);
        for (Metric m : Metric.values()) {
            sims.put(m, new double[weeks.size()][replications]);
        }
        for (int r = 0; r < replications; r++) {
            Map<Metric, double[]> one = simulation.replicate(seed, r);
            for (Metric m : Metric.values()) {
                for (int w = 0; w < weeks.size(); w++) {
                    sims.get(m)[w][r] = one.get(m)[w];
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        Map<Metric, Coverage> coverage = new EnumMap<>(Metric.class);
        for (Metric m : Metric.values()) {
            int inside = 0;
            double width = 0;
            for (int w = 0; w < weeks.size(); w++) {
                double[] s = sims.get(m)[w].clone();
                Arrays.sort(s);
                Row row = new Row(weeks.get(w), m, actual.get(m)[w], Arrays.stream(s).average().orElse(0), quantile(s, 0.05),
                        quantile(s, 0.95));
                rows.add(row);
                inside += row.inside() ? 1 : 0;
                width += row.simP95() - row.simP05();
            }
            coverage.put(m, new Coverage((double) inside / weeks.size(), inside, weeks.size(), width / weeks.size()));
        }
        rows.sort(java.util.Comparator.comparing((Row r) -> r.week().first()).thenComparing(Row::metric));
        return new Backtest(fit.cutoff(), weeks.get(weeks.size() - 1).last(), replications, seed, simulation.openAtStart(),
                List.copyOf(rows), coverage);
    }

    /** The sorted sample's quantile, interpolated between order statistics (Hyndman–Fan type 7, R's default). */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    public String csv() {
        StringBuilder s = new StringBuilder("week,metric,actual,sim_mean,sim_p05,sim_p95\n");
        for (Row r : rows) {
            s.append(r.week().label()).append(',').append(r.metric().id()).append(',').append(FittedScenario.num(r.actual()))
                    .append(',').append(FittedScenario.num(r.simMean())).append(',').append(FittedScenario.num(r.simP05()))
                    .append(',').append(FittedScenario.num(r.simP95())).append('\n');
        }
        return s.toString();
    }

    public String json() {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("cutoff", cutoff.toString());
        j.put("first_day", cutoff.plusDays(1).toString());
        j.put("last_day", end.toString());
        j.put("weeks", rows.size() / Metric.values().length);
        j.put("replications", replications);
        j.put("seed", seed);
        j.put("band", "5% to 95% of the replications (nominal coverage 0.90)");
        j.put("open_at_cutoff", openAtCutoff);
        Map<String, Object> cov = new LinkedHashMap<>();
        coverage.forEach((m, c) -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("coverage", FitJson.round(c.share()));
            one.put("weeks_inside", c.inside());
            one.put("weeks", c.weeks());
            one.put("mean_band_width", FitJson.round(c.meanBandWidth()));
            one.put("unit", m.meaning().unit());
            cov.put(m.id(), one);
        });
        j.put("coverage", cov);
        return FitJson.json(j);
    }
}
