package io.salesim.scenarios.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salesim.core.sales.Activity;
import io.salesim.core.sales.RolePolicy;
import io.salesim.core.sales.RoleSpec;
import io.salesim.core.sales.SalesOrgSpec;
import io.salesim.core.sales.SalesPresets;
import io.salesim.scenarios.Experiment;
import io.salesim.scenarios.RunOptions;
import io.salesim.scenarios.Scenario;
import io.salesim.scenarios.ScenarioLoader;
import io.salesim.scenarios.ScenarioSource;
import io.salesim.scenarios.SizableRole;
import io.salesim.scenarios.experiments.Overrides;
import io.salesim.scenarios.schema.KeyPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The bundled sales scenarios against the Java presets, and the resolved form of the format. */
class SalesScenarioFilesTest {

    static Stream<String> presetNames() {
        return SalesPresets.all().keySet().stream();
    }

    private static SalesOrgSpec spec(Scenario scenario) {
        return ((SalesOrganisationScenario) scenario).spec();
    }

    /** The YAML and the Java preset are the same organisation, record for record, so the two never drift. */
    @ParameterizedTest
    @MethodSource("presetNames")
    void bundledFileBuildsExactlyItsPreset(String name) throws Exception {
        assertEquals(SalesPresets.all().get(name), spec(ScenarioLoader.load(name)));
    }

    /** The resolved document (extends followed, every default written) reads back to an equal spec. */
    @ParameterizedTest
    @MethodSource("presetNames")
    void resolvedDocumentReadsBackToTheSameSpec(String name) throws Exception {
        Scenario scenario = ScenarioLoader.load(name);
        String resolved = ScenarioLoader.resolvedYaml(scenario);
        assertFalse(resolved.contains("extends"), resolved);
        Scenario again = ScenarioLoader.parse(new ScenarioSource("resolved.yaml", resolved));
        assertEquals(spec(scenario), spec(again));
        assertEquals(scenario.description(), again.description());
        assertEquals(resolved, ScenarioLoader.resolvedYaml(again), "resolving is idempotent");
    }

    /** The examples in scenarios/README.md's sales-organisation section load (the test runs in the module folder). */
    @Test
    void readmeExamplesLoad() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        Matcher block = Pattern.compile("```yaml\n(kind: sales-organisation\n.*?)```", Pattern.DOTALL).matcher(readme);
        int examples = 0;
        while (block.find()) {
            Scenario scenario = ScenarioLoader.parse(new ScenarioSource("README.md example " + examples, block.group(1)));
            assertEquals("sales-organisation", scenario.kind());
            examples++;
        }
        assertEquals(3, examples); // the minimal file, the CS-first plan, the bid manager
    }

    @Test
    void aFileWithOnlyKindAndNameIsTheDefaultOrganisation() throws Exception {
        Scenario scenario = ScenarioLoader.parse(new ScenarioSource("min.yaml", "kind: sales-organisation\nname: traditional\n"));
        assertEquals(SalesOrgSpec.defaults(), spec(scenario));
    }

    @Test
    void aChildOverridesOnlyWhatItSays() throws Exception {
        String text = """
                kind: sales-organisation
                extends: division-of-labour
                name: more-cs
                roles:
                  customer_service: {headcount: 9}
                """;
        SalesOrgSpec child = spec(ScenarioLoader.parse(new ScenarioSource("child.yaml", text)));
        SalesOrgSpec parent = SalesPresets.divisionOfLabour();
        assertEquals(parent.withName("more-cs").withRoles(parent.roles().withHeadcount("customer_service", 9)), child);
    }

    @Test
    void setChangesAnInheritedValue() throws Exception {
        Scenario base = ScenarioLoader.load("division-of-labour");
        Scenario changed = Overrides.apply(base, Map.of(KeyPath.parse("roles.customer_service.headcount"), "6"));
        assertEquals(6, spec(changed).roles().of("customer_service").headcount());
        assertEquals(spec(base).withRoles(spec(base).roles().withHeadcount("customer_service", 6)), spec(changed));
    }

    /**
     * Field sales is the constraint and stays fixed; support roles the model gives work to are
     * sized against max_utilization, judged week by week on the model's own shortfall series.
     */
    @Test
    void sizableRolesAreTheSupportRolesWithWork() throws Exception {
        List<SizableRole> roles = ScenarioLoader.load("division-of-labour").sizableRoles(0.85);
        // promotions has work in the steady new model: its campaigns
        assertEquals(List.of("sales_coordinator", "customer_service", "project_leader", "promotions"), roles.stream().map(SizableRole::name).toList());
        SizableRole cs = roles.get(1);
        assertEquals("roles.customer_service.headcount", cs.headcountKey());
        assertEquals(8, cs.headcount());
        assertEquals("role.customer_service.utilization", cs.utilizationMetric());
        assertEquals(0.85, cs.maxUtilization(), 1e-12); // roles.customer_service.max_utilization
        // the weeks role.customer_service.shortfall_weeks counts: after the 26-week warm-up, not short
        assertEquals(new SizableRole.WeekTest("role.customer_service.shortfall_probability", 0, 26), cs.weekTest());
        assertEquals(60_000, cs.salaryPerYear());
        // traditional: only order entry goes to a support role (customer service)
        assertEquals(List.of("customer_service"),
                ScenarioLoader.load("traditional").sizableRoles(0.85).stream().map(SizableRole::name).toList());
    }

    /**
     * transition-factory-door-first starts traditional (only customer service has support work)
     * and switches to division_of_labour at week 20, which gives coordinators and project leaders
     * work: they are sizable too, by their starting head count (0 in the file), from 0 up.
     */
    @Test
    void rolesThatOnlyGetWorkAfterASwitchModelStepAreSizable() throws Exception {
        Scenario transition = ScenarioLoader.load("transition-factory-door-first");
        List<SizableRole> roles = transition.sizableRoles(0.85);
        // promotions too: the plan runs campaigns
        assertEquals(List.of("sales_coordinator", "customer_service", "project_leader", "promotions"),
                roles.stream().map(SizableRole::name).toList());
        SizableRole coordinators = roles.get(0);
        assertEquals("roles.sales_coordinator.headcount", coordinators.headcountKey());
        assertEquals(0, coordinators.headcount(), "traditional.yaml: sales_coordinator headcount 0 (the plan hires 2)");
        assertEquals(0, coordinators.minHeadcount(), "no work before the switch: the plan's hires may be enough");
        assertEquals(20, coordinators.maxHeadcount());
        assertEquals(0.85, coordinators.maxUtilization(), 1e-12);
        assertEquals(1, roles.get(1).minHeadcount(), "customer service has work from the start");
        // the key is one run accepts: the scenario with 3 coordinators from the start validates
        Scenario three = Overrides.apply(transition, Map.of(KeyPath.parse(coordinators.headcountKey()), "3"));
        assertEquals(3, ((SalesOrganisationScenario) three).spec().roles().of("sales_coordinator").headcount());
    }

    /**
     * The headline is what the metrics declare: the board's first — money, then where the
     * constraint is, then shortfalls of protective capacity and payroll — then the other headline
     * figures; roles that never have people (traditional: coordinators, inside sales, project
     * leaders, promotions) are left out, and so is the designated constraint's shortfall.
     */
    @Test
    void headlineMetricsLeadWithWhatABoardAsks() throws Exception {
        Scenario scenario = ScenarioLoader.load("traditional");
        List<String> headline = scenario.headlineMetrics(scenario.meanings());
        assertEquals("finance.cumulative_net", headline.get(0), headline.toString());
        int throughput = headline.indexOf("finance.throughput_per_week");
        int firstBottleneck = headline.indexOf("role.field_sales.bottleneck_probability");
        int firstShortfall = headline.indexOf("role.customer_service.shortfall_weeks");
        int payroll = headline.indexOf("finance.payroll_per_year");
        int expensesRose = headline.indexOf("finance.expense_above_start_weeks");
        int meetings = headline.indexOf("sales.bd_meetings_per_salesperson_week");
        assertTrue(0 < throughput && throughput < firstBottleneck && firstBottleneck < firstShortfall
                && firstShortfall < payroll && payroll < expensesRose && expensesRose < meetings, headline.toString());
        assertFalse(headline.stream().anyMatch(m -> m.startsWith("role.sales_coordinator.") || m.startsWith("role.promotions.")),
                headline.toString());
        assertFalse(headline.contains("role.field_sales.shortfall_weeks"), "the designated constraint runs without a target");
        assertFalse(headline.contains("opportunities.created"), "a count is no headline");
        assertTrue(scenario.keyParameters().containsKey("payroll at start"));
    }

    /**
     * A role added by YAML alone (examples/with-bid-manager.yaml, the scenario of the issue):
     * it joins the role table, takes the work mapped to it, and is reported, sized and
     * probed like any bundled role.
     */
    @Test
    void aRoleAddedByYamlOnlyRunsAndIsReported() throws Exception {
        Scenario scenario = ScenarioLoader.load(Path.of("..", "examples", "with-bid-manager.yaml").toString());
        SalesOrgSpec spec = spec(scenario);
        assertEquals(RoleSpec.of("bid_manager", RolePolicy.POOL, 1, 90_000, 0.85), spec.roles().of("bid_manager"));
        assertEquals("bid_manager", spec.operatingModel().roleFor(Activity.SIMPLE_QUOTE));
        var result = Experiment.run(scenario, new RunOptions(2, 1, 1));
        // ~19.5 quotes a week of 1.5 h for one person's 40 h: busy, not saturated
        double busy = result.summary("role.bid_manager.utilization").mean();
        assertTrue(busy > 0.4 && busy < 1, "bid manager utilisation " + busy);
        for (String suffix : List.of("queue_length", "wait_hours", "protective_capacity", "shortfall_weeks", "bottleneck_probability")) {
            assertTrue(result.metrics().contains("role.bid_manager." + suffix), suffix);
        }
        assertTrue(result.weeklyMetrics().contains("role.bid_manager.shortfall_probability"));
        assertTrue(scenario.roleTable().stream().anyMatch(r -> r.id().equals("bid_manager")));
        assertTrue(scenario.sizableRoles(0.85).stream().anyMatch(r -> r.name().equals("bid_manager")));
        // the resolved file writes the new role out and reads back to the same spec
        SalesOrgSpec again = spec(ScenarioLoader.parse(new ScenarioSource("resolved.yaml", ScenarioLoader.resolvedYaml(scenario))));
        assertEquals(spec, again);
    }

    /**
     * The assumptions block lists each assumed value as run: a child inherits the parent's list,
     * its own values override the parent's (production-constrained's 120 h projects), an
     * inherited entry about a value the child replaced is dropped, and the resolved scenario
     * keeps the list so a rerun lists the same.
     */
    @Test
    void assumptionsAreListedWithTheValuesAsRun() throws Exception {
        Scenario traditional = ScenarioLoader.load("traditional");
        Map<String, io.salesim.scenarios.Assumption> byKey = new java.util.LinkedHashMap<>();
        traditional.assumptions().forEach(a -> byKey.put(a.keyPath(), a));
        assertEquals("0.01", byKey.get("service.repeat_lift_per_on_time_point").value());
        assertFalse(byKey.get("service.repeat_lift_per_on_time_point").unit().isBlank());
        assertTrue(byKey.containsKey("market.sources[1].rate_per_week"));
        // the range compare --vary-assumptions reruns at, as --set values
        assertEquals(List.of("0", "0.02"), byKey.get("service.repeat_lift_per_on_time_point").range());
        assertEquals(List.of(), byKey.get("market.sources[1].rate_per_week").range());

        Scenario constrained = ScenarioLoader.load("production-constrained");
        assertEquals("120.0", constrained.assumptions().stream()
                .filter(a -> a.keyPath().equals("orders.complex_production_hours")).findFirst().orElseThrow().value());

        Scenario fewerSources = ScenarioLoader.parse(new ScenarioSource("child.yaml", """
                kind: sales-organisation
                extends: traditional
                name: child
                market:
                  sources: [{name: inbound, rate_per_week: 25, complex_share: 0.3}]
                assumptions:
                  market.sources[0].complex_share: {unit: fraction, reason: "the child's own"}
                """));
        List<String> keys = fewerSources.assumptions().stream().map(io.salesim.scenarios.Assumption::keyPath).toList();
        assertTrue(keys.contains("market.sources[0].complex_share") && keys.contains("market.sources[0].rate_per_week"), keys.toString());
        assertFalse(keys.contains("market.sources[1].rate_per_week"), "the replaced sources' entries are dropped: " + keys);

        Scenario rerun = ScenarioLoader.parse(new ScenarioSource("resolved.yaml", ScenarioLoader.resolvedYaml(constrained)));
        assertEquals(constrained.assumptions(), rerun.assumptions());
    }
}
