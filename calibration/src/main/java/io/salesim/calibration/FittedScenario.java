package io.salesim.calibration;

import io.salesim.core.sales.SalesOrgSpec;
import io.salesim.scenarios.BundledScenarios;
import io.salesim.scenarios.Scenario;
import io.salesim.scenarios.ScenarioException;
import io.salesim.scenarios.ScenarioLoader;
import io.salesim.scenarios.ScenarioSource;
import io.salesim.scenarios.sales.SalesOrganisationScenario;
import io.salesim.scenarios.schema.Problem;
import java.util.Locale;
import java.util.Map;

/**
 * The fit written as a {@code sales-organisation} scenario that extends a bundled one: the
 * values a CRM export can measure replace the base's assumptions, each commented with its
 * estimate, 95% interval and sample size; everything else (work content, geography, orders,
 * production) stays the base's. How each estimate maps onto the model is in docs/calibration.md.
 */
public final class FittedScenario {
    public static final String FILE = "fitted.yaml";

    private FittedScenario() {
    }

    /** The base's spec, or bad input when it is not a bundled sales-organisation scenario. */
    public static SalesOrgSpec base(String name) throws ScenarioException {
        Scenario scenario = BundledScenarios.names().contains(name) ? ScenarioLoader.load(name) : null;
        if (!(scenario instanceof SalesOrganisationScenario sales)) {
            throw new ScenarioException(new Problem("--as", 0, "--as", "\"" + name + "\"", "a bundled sales-organisation scenario: "
                    + String.join(", ", BundledScenarios.list().stream().filter(b -> isSales(b.name())).map(b -> b.name()).toList())));
        }
        return sales.spec();
    }

    private static boolean isSales(String name) {
        try {
            return ScenarioLoader.load(name) instanceof SalesOrganisationScenario;
        } catch (ScenarioException e) {
            return false;
        }
    }

    /** @param exportName how the export is named in the comments (its folder) */
    public static String yaml(Fit fit, String baseName, SalesOrgSpec base, String exportName, String scenarioName) {
        StringBuilder y = new StringBuilder();
        Fit.Cycle cycle = fit.cycle();
        Estimate pi = cycle.model().neverCloseShare();
        Estimate mean = cycle.model().cycleMeanDays();
        int persistence = base.operatingModel().persistenceAttempts();
        double reach = 1 - Math.pow(pi.value(), 1.0 / persistence);
        y.append("# Fitted by salesim fit from the CRM export ").append(exportName).append(", engagements from ").append(fit.first())
                .append(" to the cutoff ").append(fit.cutoff()).append(".\n")
                .append("# Only what the export measures is written; everything else is ").append(baseName)
                .append("'s. Each value says its estimate,\n")
                .append("# 95% interval and sample size (n); docs/calibration.md explains each mapping and its limits.\n")
                .append("kind: sales-organisation\n")
                .append("extends: ").append(baseName).append('\n')
                .append("name: ").append(scenarioName).append('\n')
                .append("description: \"").append(baseName).append(" calibrated to ").append(exportName.replace("\"", "'"))
                .append(" up to ").append(fit.cutoff()).append(": ").append(fit.team().agents()).append(" salespeople, ")
                .append(num(fit.arrivals().recentPerWeek().value())).append(" opportunities a week\"\n\n");

        y.append("market:\n")
                .append("  # One source per team: engagements a week over the ").append(Arrivals.RECENT_WEEKS)
                .append(" weeks to the cutoff (from ").append(fit.arrivals().recentFrom()).append(");\n")
                .append("  # in all ").append(ci(fit.arrivals().recentPerWeek())).append(" a week (exact Poisson). complex_share: the\n")
                .append("  # share of those engagements in complex products (mean won value at least the mean of all won deals: ")
                .append(String.join(", ", fit.complexProducts())).append(").\n")
                .append("  sources:\n");
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Map.Entry<String, Estimate> team : fit.arrivals().byTeam().entrySet()) {
            double share = fit.complexShareByTeam().getOrDefault(team.getKey(), 0.0);
            String source = name(team.getKey());
            for (int i = 2; !names.add(source); i++) { // "East" and "east" spell one name
                source = name(team.getKey()) + "_" + i;
            }
            y.append("    - {name: ").append(source).append(", rate_per_week: ").append(num(team.getValue().value()))
                    .append(", complex_share: ").append(num(share)).append("}   # ").append(ci(team.getValue())).append('\n');
        }
        y.append("  # Never closing: ").append(ci(pi)).append(" of engaged deals never close (cure model, open deals censored).\n")
                .append("  # The model abandons a deal when all ").append(persistence).append(" contact attempts (")
                .append(baseName).append("'s persistence) miss: (1 - reach)^").append(persistence)
                .append(" = never-close share.\n")
                .append("  reach_probability: ").append(num(reach)).append('\n')
                .append("  # Won among closed, Wilson 95%: complex ").append(ci(fit.complexWin())).append(", simple ")
                .append(ci(fit.simpleWin())).append(" (all: ").append(ci(fit.winProbability())).append(").\n")
                .append("  # The model multiplies these by channel, salesmanship and response decay (selling:), so its win rate runs lower.\n")
                .append("  complex_win_probability: ").append(num(fit.complexWin().value())).append('\n')
                .append("  simple_win_probability: ").append(num(fit.simpleWin().value())).append('\n')
                .append("  # Days engage -> close of deals that close: mean ").append(ci(mean)).append(" days (")
                .append(cycle.model().describe()).append(");\n")
                .append("  # the closed-only (naive) mean is ").append(ci(cycle.naive().cycleMeanDays()))
                .append(". Written as the decision delay in weeks: the model adds its own contact and meeting time.\n")
                .append("  decision_delay_weeks: ").append(num(mean.value() / 7)).append('\n')
                .append("  # Mean won value, t 95%: complex ").append(ci(fit.complexValue())).append(" $, simple ")
                .append(ci(fit.simpleValue())).append(" $\n")
                .append("  complex_value_per_order: ").append(num(fit.complexValue().value())).append('\n')
                .append("  simple_value_per_order: ").append(num(fit.simpleValue().value())).append("\n\n");

        Fit.Team team = fit.team();
        y.append("roles:\n")
                .append("  # Agents with a deal open at the cutoff or engaged in the last ").append(Arrivals.RECENT_WEEKS)
                .append(" weeks (a count, no interval): ").append(team.agents())
                .append(fit.rosterSize() > 0 ? " of the " + fit.rosterSize() + " on the teams file" : "").append(";\n")
                .append("  # ").append(team.openAtCutoff()).append(" deals open at the cutoff, ").append(num(team.openPerAgent()))
                .append(" per agent.\n")
                .append("  field_sales: {headcount: ").append(team.agents()).append("}\n");
        return y.toString();
    }

    /** Loads the text as {@code run} would, so a fit never writes a scenario that run refuses. */
    public static Scenario check(String yaml) throws ScenarioException {
        return ScenarioLoader.parse(new ScenarioSource(FILE, yaml));
    }

    /** The fitted scenario's name for an export folder: fitted-&lt;folder&gt;, as the scenario format spells names. */
    public static String scenarioName(String exportName) {
        String name = "fitted-" + name(exportName);
        return name.length() > 60 ? "fitted" : name;
    }

    static String name(String team) {
        String n = team.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "_").replaceAll("^[_-]+", "");
        return n.isEmpty() ? "team" : n;
    }

    static String num(double x) {
        if (x == Math.rint(x) && Math.abs(x) < 1e9) {
            return Long.toString((long) x);
        }
        return new java.math.BigDecimal(x).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }

    static String ci(Estimate e) {
        return num(e.value()) + " (" + num(e.low()) + " to " + num(e.high()) + ", n=" + e.n() + ")";
    }
}
