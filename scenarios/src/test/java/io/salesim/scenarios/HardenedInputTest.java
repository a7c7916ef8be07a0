package io.salesim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salesim.scenarios.experiments.Overrides;
import io.salesim.scenarios.experiments.Setting;
import io.salesim.scenarios.experiments.Sweep;
import io.salesim.scenarios.flow.FlowLineScenario;
import io.salesim.scenarios.sales.SalesOrganisationScenario;
import io.salesim.scenarios.schema.KeyPath;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The defects of issue 12 in the loader, one test each: inputs that used to wrap, crash, hang
 * or fill the memory after validation are refused by it, with the usual file:line: key message.
 */
class HardenedInputTest {
    private static final String LINE = """
            kind: flow-line
            name: line
            horizon: {weeks: 2}
            arrivals: {interarrival: {exponential: {mean: 1.0}}}
            stations:
              - name: desk
                servers: 2
                process_time: {exponential: {mean: 1.5}}
            """;
    private static final String SALES = """
            kind: sales-organisation
            extends: traditional
            name: plan
            horizon_weeks: 8
            warmup_weeks: 2
            """;

    private static String refused(String text) {
        return assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(new ScenarioSource("bad.yaml", text))).getMessage();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "roles: {customer_service: {headcount: 4294967296}}|bad.yaml:6: roles.customer_service.headcount: found 4294967296; allowed a whole number in [0, 1000000]",
            "roles: {customer_service: {headcount: 4294967299}}|bad.yaml:6: roles.customer_service.headcount: found 4294967299; allowed a whole number in [0, 1000000]",
            "roles: {customer_service: {headcount: 9223372036854775808}}|bad.yaml:6: roles.customer_service.headcount: found 9223372036854775808; allowed a whole number in [0, 1000000]",
            "operating_model: {persistence_attempts: 2147483648}|bad.yaml:6: operating_model.persistence_attempts: found 2147483648; allowed a whole number in [1, 1000000]"})
    void wholeNumbersAreCheckedAsWrittenNotWrapped(String line, String expected) {
        assertEquals(expected, refused(SALES + line + "\n"));
    }

    @Test
    void aHorizonOrWarmUpBeyondTheIntRangeIsRefusedNotWrapped() {
        String text = SALES.replace("horizon_weeks: 8", "horizon_weeks: 4294967300").replace("warmup_weeks: 2", "warmup_weeks: 4294967296");
        assertEquals("bad.yaml:4: horizon_weeks: found 4294967300; allowed a whole number in [1, 5200]\n"
                + "bad.yaml:5: warmup_weeks: found 4294967296; allowed a whole number in [0, 1000000]", refused(text));
        assertEquals("bad.yaml:4: calendar.holidays[0]: found 4294967296; allowed a whole number in [0, 1000000]",
                refused(LINE.replace("horizon: {weeks: 2}", "horizon: {weeks: 2}\ncalendar: {holidays: [4294967296]}")));
    }

    @Test
    void aWholeNumberSetFromTheCommandLineIsCheckedTheSameWay() throws Exception {
        Scenario base = ScenarioLoader.parse(new ScenarioSource("plan.yaml", SALES));
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> Overrides.apply(base, Map.of(KeyPath.parse("roles.customer_service.headcount"), "4294967296")));
        assertEquals("--set roles.customer_service.headcount=4294967296: roles.customer_service.headcount: found 4294967296; "
                + "allowed a whole number in [0, 1000000]", e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{gamma: {mean: 1, sd: 1e-300}}|stations[0].process_time.gamma.sd: found 1e-300; allowed a number > 0 of a size from 1e-12 to 1e12",
            "{gamma: {mean: 1e6, sd: 1e-9}}|stations[0].process_time.gamma.sd: found 1e-9; allowed an sd of 1e-12 to 100 times the mean (1000000.0): a coefficient of variation sd / mean in [1e-12, 100]",
            "{lognormal: {mean: 1, sd: 1e308}}|stations[0].process_time.lognormal.sd: found 1e308; allowed a number > 0 of a size from 1e-12 to 1e12",
            "{lognormal: {mean: 1, sd: 1e6}}|stations[0].process_time.lognormal.sd: found 1e6; allowed an sd of 1e-12 to 100 times the mean (1.0): a coefficient of variation sd / mean in [1e-12, 100]",
            "{triangular: {min: 0, mode: 1, max: 1e308}}|stations[0].process_time.triangular.max: found 1e308; allowed a number (0, or of a size from 1e-12 to 1e12)",
            "{uniform: {min: 0, max: 1e308}}|stations[0].process_time.uniform.max: found 1e308; allowed a number (0, or of a size from 1e-12 to 1e12)",
            "{exponential: {mean: 1e300}}|stations[0].process_time.exponential.mean: found 1e300; allowed a number > 0 of a size from 1e-12 to 1e12",
            "{constant: 1e300}|stations[0].process_time.constant: found 1e300; allowed a number (0, or of a size from 1e-12 to 1e12)",
            "{poisson: {mean: 1e18}}|stations[0].process_time.poisson.mean: found 1e18; allowed a number > 0 of a size from 1e-12 to 1e12",
            "{poisson: {mean: 1e7}}|stations[0].process_time.poisson.mean: found 1e7; allowed a number > 0 and at most 1000000 (a Poisson draw takes time proportional to its mean; draw a large count from a normal with min: 0)",
            "{empirical: {values: [1, 1e300], probabilities: [0.5, 0.5]}}|stations[0].process_time.empirical.values[1]: found 1e300; allowed a number (0, or of a size from 1e-12 to 1e12)"})
    void distributionsTheSamplerCannotDrawAreRefusedAtTheParameter(String distribution, String expected) {
        assertEquals("bad.yaml:8: " + expected, refused(LINE.replace("{exponential: {mean: 1.5}}", distribution)));
    }

    /** The sales model draws work and production hours from gammas of these: a size the sampler cannot use is refused. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "orders: {repeat_production_hours: 1e18}|orders.repeat_production_hours: found 1e18; allowed a number > 0 of a size from 1e-12 to 1e12",
            "orders: {production_hours_cv: 1e-300}|orders.production_hours_cv: found 1e-300; allowed a number in [0, 3] (0, or of a size from 1e-12 to 1e12)",
            "activities: {issue: {work_hours: 4.9e-324}}|activities.issue.work_hours: found 4.9e-324; allowed a number >= 0 (0, or of a size from 1e-12 to 1e12)"})
    void salesHoursAreSizesTheModelsSamplersCanDraw(String line, String expected) {
        assertEquals("bad.yaml:6: " + expected, refused(SALES + line + "\n"));
    }

    @Test
    void aHorizonTooLongToHoldIsRefused() {
        assertEquals("bad.yaml:3: horizon.weeks: found 3e8; allowed a number in (0, 5200]", refused(LINE.replace("{weeks: 2}", "{weeks: 3e8}")));
        assertEquals("bad.yaml:4: horizon_weeks: found 5201; allowed a whole number in [1, 5200]", refused(SALES.replace("horizon_weeks: 8", "horizon_weeks: 5201")));
    }

    @Test
    void aBatchSizeTooLargeToHoldIsRefused() {
        String batch = LINE.replace("{interarrival: {exponential: {mean: 1.0}}}", "{interarrival: {exponential: {mean: 1.0}}, batch_size: %s}");
        assertEquals("bad.yaml:4: arrivals.batch_size.constant: found 1e18; allowed a number (0, or of a size from 1e-12 to 1e12)",
                refused(batch.formatted("{constant: 1e18}")));
        assertEquals("bad.yaml:4: arrivals.batch_size: found {constant: 2000000}; allowed a distribution of counts whose draws are "
                + "at most 1,000,000 (this one can draw about 2.00e+06)", refused(batch.formatted("{constant: 2000000}")));
        assertTrue(refused(batch.formatted("{lognormal: {mean: 10, sd: 1000}}")).contains("whose draws are at most 1,000,000"));
    }

    @Test
    void aRunThatWouldCreateTooManyItemsIsRefusedBeforeItStarts() {
        assertEquals("bad.yaml:4: arrivals: found about 3.36e+07 items per replication (2 weeks, a mean interarrival time of "
                        + "1.00e-05 h, a mean batch of 1.00); allowed at most 10,000,000 items per replication: a shorter horizon or lower rates",
                refused(LINE.replace("{mean: 1.0}", "{mean: 0.00001}")));
        String message = refused(SALES + "market: {sources: [{name: flood, rate_per_week: 1000000, complex_share: 0.5}]}\n");
        assertTrue(message.startsWith("bad.yaml:6: market.sources: found about "), message);
        assertTrue(refused(SALES + "roles: {field_sales: {headcount: 1000000}}\n").startsWith("bad.yaml:6: roles: found about"));
    }

    @Test
    void theBundledScenariosAreFarBelowTheWorkloadLimit() throws Exception {
        for (String name : BundledScenarios.names()) {
            double items = ScenarioLoader.load(name).workload().itemsPerReplication();
            assertTrue(items > 0 && items < Workload.MAX_ITEMS_PER_REPLICATION / 20, name + ": " + items);
        }
    }

    @Test
    void namesHaveALengthLimit() throws Exception {
        assertTrue(refused(LINE.replace("name: line", "name: " + "n".repeat(300)))
                .endsWith("allowed a name of letters, digits, '_' and '-' (starting with a letter or digit), at most 64 characters"));
        assertEquals("line", ((FlowLineScenario) parse(LINE)).name());
    }

    @Test
    void descriptionsRefuseControlCharactersAndLoneSurrogatesShownEscaped() {
        assertEquals("bad.yaml:3: description: found \"\\u001b]0;pwned\\u0007\\u001b[2J\"; allowed printable text (tabs and line "
                + "breaks are fine; control characters and lone surrogates are not)",
                refused(LINE.replace("horizon:", "description: \"\\e]0;pwned\\a\\e[2J\"\nhorizon:")));
        assertTrue(refused(LINE.replace("horizon:", "description: \"a\\ud800b\"\nhorizon:")).contains("found \"a\\ud800b\""));
    }

    @Test
    void anyPrintableDescriptionSurvivesTheResolvedScenario() throws Exception {
        String description = "Quotes \\\" and 'single', a colon: here, # not a comment, tab\\tand\\nnew line, é, 漢字, 🙂, \\\\ backslash, - dash";
        for (String text : List.of(LINE, SALES)) {
            Scenario scenario = parse(text.replaceFirst("(?m)^name: ", "description: \"" + description.replace("\\", "\\\\") + "\"\nname: "));
            Scenario again = parse(ScenarioLoader.resolvedYaml(scenario));
            assertEquals(scenario.description(), again.description());
            assertTrue(scenario.description().contains("🙂") && scenario.description().contains("\n"), scenario.description());
        }
    }

    @Test
    void anchorsAliasesAndMergeKeysAreRefusedSayingSo() {
        String plainData = "allowed plain data: anchors (&), aliases (*) and merge keys (<<) are not supported; write the value out in full";
        assertEquals("bad.yaml:2: (document): found an anchor (&n); " + plainData,
                refused(LINE.replace("name: line", "name: &n line\ndescription: *n")));
        assertEquals("bad.yaml:5: stations: found an anchor (&desk); " + plainData,
                refused(LINE.replace("stations:", "stations: &desk")));
        assertEquals("bad.yaml:4: arrivals.<<: found a merge key (<<); " + plainData,
                refused(LINE.replace("arrivals: {", "arrivals: {<<: {batch_size: {constant: 1}}, ")));
        assertEquals("bad.yaml:2: name: found an alias (*n); " + plainData, refused(LINE.replace("name: line", "name: *n")),
                "an alias used to be read as the text \"n\"");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeParsing(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.yaml");
        try (OutputStream out = Files.newOutputStream(big)) {
            out.write(LINE.replace("name: line", "name: line\ndescription: ").getBytes(StandardCharsets.UTF_8));
            byte[] block = "x".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 50; i++) {
                out.write(block); // a 50 MB scalar took 300 s to scan
            }
        }
        ScenarioException e = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> assertThrows(ScenarioException.class, () -> ScenarioLoader.load(big.toString())));
        assertEquals(big + ": (file): found a file of " + String.format("%,d", Files.size(big))
                + " bytes; allowed a scenario file of at most 1,000,000 bytes (1 MB)", e.getMessage());
    }

    @Test
    void anExtendsTargetOverTheSizeLimitIsRefused(@TempDir Path dir) throws Exception {
        Path base = Files.writeString(dir.resolve("base.yaml"), "kind: sales-organisation\nname: base\ndescription: " + "x".repeat(1_000_001));
        Path child = Files.writeString(dir.resolve("child.yaml"), "kind: sales-organisation\nextends: base.yaml\nname: child\n");
        String message = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(child.toString())).getMessage();
        assertEquals(base + ": (file): found a file of " + String.format("%,d", Files.size(base)) + " bytes; allowed a scenario "
                + "file of at most 1,000,000 bytes (1 MB)", message);
    }

    @Test
    void extendsStaysInsideTheFolderOfTheTopScenario(@TempDir Path dir) throws Exception {
        Path plans = Files.createDirectories(dir.resolve("plans"));
        Files.writeString(dir.resolve("outside.yaml"), "kind: sales-organisation\nname: outside\n");
        Files.writeString(Files.createDirectories(plans.resolve("common")).resolve("base.yaml"), "kind: sales-organisation\nname: base\n");
        Path good = Files.writeString(plans.resolve("good.yaml"), "kind: sales-organisation\nextends: common/base.yaml\nname: good\n");
        assertEquals("good", ScenarioLoader.load(good.toString()).name());
        for (String target : List.of("../outside.yaml", "common/../../outside.yaml")) {
            Path child = Files.writeString(plans.resolve("child.yaml"), "kind: sales-organisation\nextends: " + target + "\nname: c\n");
            String message = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(child.toString())).getMessage();
            assertTrue(message.startsWith(child + ":2: extends: found \"" + target + "\", which is outside the folder of the top "
                    + "scenario (" + plans.toRealPath() + ")"), message);
        }
        Path absolute = Files.writeString(plans.resolve("abs.yaml"), "kind: sales-organisation\nextends: /etc/passwd\nname: c\n");
        assertTrue(assertThrows(ScenarioException.class, () -> ScenarioLoader.load(absolute.toString())).getMessage()
                .startsWith(absolute + ":2: extends: found \"/etc/passwd\", an absolute path; allowed"));
        Files.createSymbolicLink(plans.resolve("link.yaml"), dir.resolve("outside.yaml"));
        Path viaLink = Files.writeString(plans.resolve("via-link.yaml"), "kind: sales-organisation\nextends: link.yaml\nname: c\n");
        assertTrue(assertThrows(ScenarioException.class, () -> ScenarioLoader.load(viaLink.toString())).getMessage()
                .contains("which is outside the folder of the top scenario"));
    }

    @Test
    void extendsReadsRegularFilesOnlyAndReportsALinkLoopAsACycle(@TempDir Path dir) throws Exception {
        Files.createSymbolicLink(dir.resolve("loop.yaml"), dir.resolve("loop.yaml"));
        Path child = Files.writeString(dir.resolve("child.yaml"), "kind: sales-organisation\nextends: loop.yaml\nname: c\n");
        assertEquals(child + ":2: extends: found \"loop.yaml\", a symbolic link that leads back to itself; allowed a chain of "
                + "extends: without cycles", assertThrows(ScenarioException.class, () -> ScenarioLoader.load(child.toString())).getMessage());
        Files.createDirectories(dir.resolve("folder.yaml"));
        Path toFolder = Files.writeString(dir.resolve("to-folder.yaml"), "kind: sales-organisation\nextends: folder.yaml\nname: c\n");
        assertTrue(assertThrows(ScenarioException.class, () -> ScenarioLoader.load(toFolder.toString())).getMessage()
                .endsWith("folder.yaml: (file): found a folder, not a file; allowed a readable YAML file"));
    }

    @Test
    void valuesAndKeysAreEscapedInMessages() {
        String message = refused(LINE.replace("name: line", "name: \"\\e]0;pwned\\a\\e[2J\"\n\"fake\\n/etc/x:1: k: found y\": 1"));
        assertFalse(message.chars().anyMatch(c -> c < ' ' && c != '\n'), message);
        assertEquals(2, message.lines().count(), "one line per problem, none faked: " + message);
        assertTrue(message.contains("found \"\\u001b]0;pwned\\u0007\\u001b[2J\""), message);
        assertTrue(message.contains("fake\\n/etc/x:1: k: found y"), message);
    }

    @Test
    void keyPathsAcceptADottedIndex() throws Exception {
        Scenario base = parse(LINE);
        assertEquals("stations[0].servers", KeyPath.parse("stations.0.servers").toString());
        FlowLineScenario dotted = (FlowLineScenario) Overrides.apply(base, Map.of(KeyPath.parse("stations.0.servers"), "3"));
        assertEquals(3, dotted.spec().stations().get(0).servers());
        List<Sweep.Point> points = Sweep.points(base, List.of(Setting.parse("stations.0.servers=3,4")));
        assertEquals(List.of(3, 4), points.stream().map(p -> ((FlowLineScenario) p.scenario()).spec().stations().get(0).servers()).toList());
        assertThrows(ScenarioException.class, () -> Setting.parse("stations[99999999999].servers=3"));
    }

    @Test
    void aSweepWithTooManyPointsIsRefusedBeforeItIsBuilt() throws Exception {
        Scenario base = parse(LINE);
        String values = String.join(",", java.util.stream.IntStream.rangeClosed(1, 40).mapToObj(Integer::toString).toList());
        ScenarioException e = assertThrows(ScenarioException.class, () -> Sweep.points(base,
                List.of(Setting.parse("stations[0].servers=" + values), Setting.parse("horizon.weeks=" + values))));
        assertEquals("--set: (--set): found 40 x 40 = 1600 points; allowed at most 1000 points in one sweep", e.getMessage());
    }

    @Test
    void theSalesWorkloadPointsAtWhatDrivesIt() throws Exception {
        SalesOrganisationScenario plan = (SalesOrganisationScenario) parse(SALES);
        assertTrue(plan.workload().withinLimit());
        assertTrue(List.of("market.sources", "orders.repeat_orders_per_week", "orders.issues_per_order", "roles", "risk")
                .contains(plan.workload().keyPath()), plan.workload().keyPath());
    }

    private static Scenario parse(String text) throws ScenarioException {
        return ScenarioLoader.parse(new ScenarioSource("ok.yaml", text));
    }
}
