package io.salesim.scenarios.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.salesim.scenarios.ScenarioException;
import io.salesim.scenarios.ScenarioLoader;
import io.salesim.scenarios.ScenarioSource;
import io.salesim.scenarios.experiments.Overrides;
import io.salesim.scenarios.schema.KeyPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad sales-organisation files: every message names file, line, key path, what was found and what is allowed. */
class SalesBadInputTest {
    /** A valid file; each case breaks one line of it. Line numbers below refer to this layout. */
    static final String VALID = """
            kind: sales-organisation
            extends: traditional
            name: plan
            horizon_weeks: 60
            warmup_weeks: 10
            market:
              reach_probability: 0.25
              sources:
                - {name: inbound, rate_per_week: 25, complex_share: 0.3}
            roles:
              customer_service: {headcount: 6, max_utilization: 0.85}
            production: {nominal_hours_per_week: 1100, practical_hours_per_week: 850}
            activities:
              issue: {work_hours: 1.5, tolerance_hours: 4}
            toc: {throttle: true}
            plan:
              - {step: hire, at_week: 4, role: customer_service, count: 2}
              - {step: switch_model, at_week: 8, model: division_of_labour}
            """;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("none: the file is valid", "", "", ""),
                Arguments.of("unknown key, with the closest known key", "  reach_probability: 0.25", "  reach_probabilty: 0.25",
                        "bad.yaml:7: market.reach_probabilty: found unknown key \"reach_probabilty\" in market; allowed \"reach_probability\" (closest match) or one of sources, reach_probability, attempt_spacing_days, min_meetings, max_meetings, meeting_gap_days, technical_work_probability, complex_win_probability, simple_win_probability, decision_delay_weeks, complex_value_per_order, simple_value_per_order, lost_return_probability, lost_return_delay_weeks"),
                Arguments.of("unknown role", "  customer_service: {headcount", "  customer_servce: {headcount",
                        "bad.yaml:11: roles.customer_servce: found new role \"customer_servce\" without salary_per_year; allowed \"customer_service\" (closest match), or a new role with headcount and salary_per_year"),
                Arguments.of("unknown top-level key", "name: plan", "name: plan\nowner: me",
                        "bad.yaml:4: owner: found unknown key \"owner\" in a sales-organisation scenario; allowed \"orders\" (closest match) or one of kind, name, description, start_date, extends, horizon_weeks, warmup_weeks, hours_per_day, days_per_week, geography, market, appointments, selling, orders, service, activities, roles, operating_model, toc, production, economics, risk, plan, assumptions"),
                Arguments.of("start date not a date", "name: plan", "name: plan\nstart_date: next monday",
                        "bad.yaml:4: start_date: found \"next monday\"; allowed an ISO date (yyyy-mm-dd), e.g. 2026-01-05"),
                Arguments.of("start date not a Monday", "name: plan", "name: plan\nstart_date: 2026-01-07",
                        "bad.yaml:4: start_date: found \"2026-01-07\"; allowed a Monday (the model's weeks start on Monday); 2026-01-07 is a Wednesday"),
                Arguments.of("missing kind", "kind: sales-organisation", "# no kind",
                        "bad.yaml:2: kind: found nothing; allowed one of flow-line, sales-organisation, dice-game"),
                Arguments.of("missing required value in a list item", "{name: inbound, rate_per_week: 25, complex_share: 0.3}", "{name: inbound, complex_share: 0.3}",
                        "bad.yaml:9: market.sources[0].rate_per_week: found nothing; allowed a number >= 0"),
                Arguments.of("wrong type: text for a number", "headcount: 6,", "headcount: six,",
                        "bad.yaml:11: roles.customer_service.headcount: found \"six\"; allowed a whole number >= 0"),
                Arguments.of("wrong type: fraction for a head count", "headcount: 6,", "headcount: 6.5,",
                        "bad.yaml:11: roles.customer_service.headcount: found 6.5; allowed a whole number >= 0"),
                Arguments.of("wrong type: number for a mapping", "toc: {throttle: true}", "toc: 3",
                        "bad.yaml:15: toc: found 3; allowed toc: a mapping with keys designated_constraint, throttle, buffer_weeks"),
                Arguments.of("wrong type: text for a boolean", "{throttle: true}", "{throttle: maybe}",
                        "bad.yaml:15: toc.throttle: found \"maybe\"; allowed true or false"),
                Arguments.of("negative head count", "headcount: 6,", "headcount: -1,",
                        "bad.yaml:11: roles.customer_service.headcount: found -1; allowed a whole number >= 0"),
                Arguments.of("negative rate", "rate_per_week: 25", "rate_per_week: -2",
                        "bad.yaml:9: market.sources[0].rate_per_week: found -2; allowed a number >= 0"),
                Arguments.of("probability above 1", "reach_probability: 0.25", "reach_probability: 1.5",
                        "bad.yaml:7: market.reach_probability: found 1.5; allowed a probability in [0, 1]"),
                Arguments.of("probability below 0", "complex_share: 0.3", "complex_share: -0.1",
                        "bad.yaml:9: market.sources[0].complex_share: found -0.1; allowed a probability in [0, 1]"),
                Arguments.of("unlimited where a number is needed", "reach_probability: 0.25", "reach_probability: .inf",
                        "bad.yaml:7: market.reach_probability: found .inf; allowed a probability in [0, 1]"),
                Arguments.of("zero tolerance", "tolerance_hours: 4", "tolerance_hours: 0",
                        "bad.yaml:14: activities.issue.tolerance_hours: found 0; allowed a number > 0, or .inf (not a service task)"),
                Arguments.of("practical capacity above nominal (the record's own check)", "practical_hours_per_week: 850", "practical_hours_per_week: 1200",
                        "bad.yaml:12: production.practical_hours_per_week: found 1200; allowed at most nominal_hours_per_week (1100.0)"),
                Arguments.of("max meetings below min meetings (the record's own check)", "  reach_probability: 0.25", "  reach_probability: 0.25\n  min_meetings: 3\n  max_meetings: 2",
                        "bad.yaml:9: market.max_meetings: found 2; allowed a whole number >= 3"),
                Arguments.of("home cluster that is not a cluster (the record's own check)", "toc: {throttle: true}", "geography: {home_cluster: boston}",
                        "bad.yaml:15: geography.home_cluster: found \"boston\"; allowed the name of a cluster"),
                Arguments.of("negative travel cost per hour", "toc: {throttle: true}", "economics: {travel_cost_per_hour: -5}",
                        "bad.yaml:15: economics.travel_cost_per_hour: found -5; allowed a number >= 0"),
                Arguments.of("text for the cost of a flight", "toc: {throttle: true}", "economics: {cost_per_flight: cheap}",
                        "bad.yaml:15: economics.cost_per_flight: found \"cheap\"; allowed a number >= 0"),
                Arguments.of("unlimited field office cost", "toc: {throttle: true}", "economics: {field_office_cost_per_year: .inf}",
                        "bad.yaml:15: economics.field_office_cost_per_year: found .inf; allowed a number >= 0"),
                Arguments.of("unknown cover role, with the closest id", "toc: {throttle: true}", "risk: {cover_role: project_leder}",
                        "bad.yaml:15: risk.cover_role: found \"project_leder\"; allowed \"project_leader\" (closest match) or a role of the table that takes work, other than the field team, or none: sales_coordinator, inside_sales, customer_service, project_leader, promotions, none"),
                Arguments.of("cover role that takes no work (cost only)", "toc: {throttle: true}", "risk: {cover_role: sales_manager}",
                        "bad.yaml:15: risk.cover_role: found \"sales_manager\"; allowed a role of the table that takes work, other than the field team, or none (sales_manager is cost_only: it takes no work): sales_coordinator, inside_sales, customer_service, project_leader, promotions, none"),
                Arguments.of("the field team covering itself", "toc: {throttle: true}", "risk: {cover_role: field_sales}",
                        "bad.yaml:15: risk.cover_role: found \"field_sales\"; allowed a role of the table that takes work, other than the field team, or none (field_sales is the field team, which cannot cover itself): sales_coordinator, inside_sales, customer_service, project_leader, promotions, none"),
                Arguments.of("cover role that is not an id", "toc: {throttle: true}", "risk: {cover_role: Project Leader}",
                        "bad.yaml:15: risk.cover_role: found \"Project Leader\"; allowed a role id (an id of lower-case letters, digits and _, starting with a letter (at most 64)) or none"),
                Arguments.of("replacement start productivity of zero", "toc: {throttle: true}", "risk: {replacement_start_productivity: 0}",
                        "bad.yaml:15: risk.replacement_start_productivity: found 0; allowed a number in [0.05, 1]"),
                Arguments.of("replacement start productivity above 1", "toc: {throttle: true}", "risk: {replacement_start_productivity: 1.5}",
                        "bad.yaml:15: risk.replacement_start_productivity: found 1.5; allowed a number in [0.05, 1]"),
                Arguments.of("the old cover_illness key", "toc: {throttle: true}", "risk: {cover_illness: true}",
                        "bad.yaml:15: risk.cover_illness: found unknown key \"cover_illness\" in risk; allowed \"cover_role\" (closest match) or one of illness_spells_per_year, illness_days, cover_role, cover_productivity, resignations_per_year, replacement_lag_weeks, replacement_ramp_weeks, replacement_start_productivity"),
                Arguments.of("warm-up as long as the horizon", "warmup_weeks: 10", "warmup_weeks: 60",
                        "bad.yaml:5: warmup_weeks: found 60; allowed a whole number >= 0 and below horizon_weeks (60)"),
                Arguments.of("unknown activity in activity_roles", "toc: {throttle: true}", "operating_model:\n  activity_roles: {bd_meting: field_sales}",
                        "bad.yaml:16: operating_model.activity_roles.bd_meting: found unknown key \"bd_meting\" in activity_roles; allowed \"bd_meeting\" (closest match) or one of bd_meeting, follow_up_call, meeting_booking, account_management_visit, simple_quote, order_entry, issue, proactive_update, pre_sale_technical, post_sale_project, campaign, admin, day_planning, wrap_up, thank_you_call, zone_rotation_call, outbound_call"),
                Arguments.of("unknown role in activity_roles", "toc: {throttle: true}", "operating_model:\n  activity_roles: {bd_meeting: field_sale}",
                        "bad.yaml:16: operating_model.activity_roles.bd_meeting: found \"field_sale\"; allowed \"field_sales\" (closest match) or a role of the table that takes work: field_sales, sales_coordinator, inside_sales, customer_service, project_leader, promotions, none"),
                Arguments.of("unknown plan step", "{step: hire,", "{step: fire,",
                        "bad.yaml:17: plan[0].step: found \"fire\"; allowed \"hire\" (closest match) or one of attrition, campaign, headcount, hire, improve, policy, reassign, switch_model"),
                Arguments.of("plan step without step", "{step: hire, at_week: 4,", "{at_week: 4,",
                        "bad.yaml:17: plan[0].step: found nothing; allowed one of attrition, campaign, headcount, hire, improve, policy, reassign, switch_model"),
                Arguments.of("key of another step kind", "role: customer_service, count: 2}", "role: customer_service, count: 2, factor: 1.2}",
                        "bad.yaml:17: plan[0].factor: found unknown key \"factor\" in a hire step; allowed one of step, at_week, role, count, lag_weeks, ramp_weeks, start_productivity"),
                Arguments.of("plan step with role none", "role: customer_service, count: 2}", "role: none, count: 2}",
                        "bad.yaml:17: plan[0].role: found \"none\"; allowed a role of the table that takes work: field_sales, sales_coordinator, inside_sales, customer_service, project_leader, promotions"),
                Arguments.of("unknown operating model", "model: division_of_labour", "model: division_of_labor",
                        "bad.yaml:18: plan[1].model: found \"division_of_labor\"; allowed \"division_of_labour\" (closest match) or one of channel_partners, division_of_labour, inside_sales_led, traditional"),
                Arguments.of("bad extends target", "extends: traditional", "extends: tradition",
                        "bad.yaml:2: extends: found \"tradition\"; allowed the name of a bundled scenario (mmc, dice-game, dice-line, protective-capacity, penny-fab, traditional, division-of-labour, transition-factory-door-first, transition-promotions-first, transition-salespeople-first, production-constrained, production-constrained-no-throttle) or a path to a scenario file, relative to the file that extends it and inside the folder of the top scenario"),
                Arguments.of("extends not text", "extends: traditional", "extends: [traditional]",
                        "bad.yaml:2: extends: found [\"traditional\"]; allowed the name of a bundled scenario (mmc, dice-game, dice-line, protective-capacity, penny-fab, traditional, division-of-labour, transition-factory-door-first, transition-promotions-first, transition-salespeople-first, production-constrained, production-constrained-no-throttle) or a path to a scenario file, relative to the file that extends it and inside the folder of the top scenario"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusesWithFileLineKeyPathFoundAndAllowed(String rule, String original, String broken, String expected) throws Exception {
        String text = VALID.replace(original, broken);
        if (expected.isEmpty()) {
            ScenarioLoader.parse(new ScenarioSource("bad.yaml", text));
            return;
        }
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(new ScenarioSource("bad.yaml", text)));
        assertEquals(expected, e.getMessage());
    }

    /**
     * The keys of the deeper mechanisms (appointments, selling, pairing, the coordinator's
     * routine, assumptions), each broken once in a block appended to the valid file: the
     * message names the file, the line of the broken value, its key path, what was found and
     * what is allowed.
     */
    static Stream<Arguments> mechanismKeys() {
        return Stream.of(
                Arguments.of("appointments:\n  slot_agreement_probability: 0", "bad.yaml:18: appointments.slot_agreement_probability: found 0; allowed a number in [0.01, 1]"),
                Arguments.of("appointments:\n  lead_time_days: -2", "bad.yaml:18: appointments.lead_time_days: found -2; allowed a number in [0, 130]"),
                Arguments.of("appointments:\n  no_show_per_week_ahead: 1.5", "bad.yaml:18: appointments.no_show_per_week_ahead: found 1.5; allowed a probability in [0, 1]"),
                Arguments.of("appointments:\n  max_lapse_probability: 0.95", "bad.yaml:18: appointments.max_lapse_probability: found 0.95; allowed a number in [0, 0.9]"),
                Arguments.of("selling:\n  response_half_life_weeks: 0", "bad.yaml:18: selling.response_half_life_weeks: found 0; allowed a number > 0, or .inf (no decay)"),
                Arguments.of("selling:\n  partner_margin: 1.2", "bad.yaml:18: selling.partner_margin: found 1.2; allowed a probability in [0, 1]"),
                Arguments.of("selling:\n  channels:\n    phone: {win_multiplier: -1}", "bad.yaml:19: selling.channels.phone.win_multiplier: found -1; allowed a number in [0, 3]"),
                Arguments.of("selling:\n  channels:\n    fax: {win_multiplier: 1}", "bad.yaml:19: selling.channels.fax: found unknown key \"fax\" in channels; allowed one of field, phone, partner"),
                Arguments.of("selling:\n  outbound_quote_probability: 0.9\n  outbound_escalation_probability: 0.2",
                        "bad.yaml:19: selling.outbound_escalation_probability: found 0.2; allowed at most 1 - outbound_quote_probability (0.1)"),
                Arguments.of("operating_model:\n  pairing: shared", "bad.yaml:18: operating_model.pairing: found \"shared\"; allowed one of dedicated, pooled"),
                Arguments.of("activities:\n  wrap_up: {work_hours: -0.5}", "bad.yaml:18: activities.wrap_up.work_hours: found -0.5; allowed a number >= 0"),
                Arguments.of("assumptions:\n  market.reach: {unit: p, reason: r}",
                        "bad.yaml:18: assumptions.market.reach: found assumption about \"market.reach\", which names no value; allowed the key path of a value of this scenario, as for --set (e.g. service.repeat_lift_per_on_time_point)"),
                Arguments.of("assumptions:\n  market: {unit: p, reason: r}",
                        "bad.yaml:18: assumptions.market: found assumption about \"market\", which names a whole section; allowed the key path of a value of this scenario, as for --set (e.g. service.repeat_lift_per_on_time_point)"),
                Arguments.of("assumptions:\n  toc.buffer_weeks: {unit: weeks, reason: r, range: [one, 2]}",
                        "bad.yaml:18: assumptions.toc.buffer_weeks.range[0]: found \"one\"; allowed a number"),
                Arguments.of("assumptions:\n  toc.throttle: {unit: p}",
                        "bad.yaml:18: assumptions.toc.throttle.reason: found nothing; allowed text"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mechanismKeys")
    void refusesBadValuesOfTheMechanismKeys(String block, String expected) {
        String text = VALID.replace("activities:\n  issue: {work_hours: 1.5, tolerance_hours: 4}\n", "") + block + "\n";
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(new ScenarioSource("bad.yaml", text)));
        assertEquals(expected, e.getMessage());
    }

    @Test
    void reportsEveryProblemAtOnceInFileOrder() {
        String text = VALID.replace("warmup_weeks: 10", "warmup_weeks: -1")
                .replace("reach_probability: 0.25", "reach_probability: 2")
                .replace("headcount: 6,", "headcount: x,")
                .replace("{step: hire,", "{step: hier,");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(new ScenarioSource("bad.yaml", text)));
        assertEquals(List.of("5 warmup_weeks", "7 market.reach_probability", "11 roles.customer_service.headcount", "17 plan[0].step"),
                e.problems().stream().map(p -> p.line() + " " + p.path()).toList());
    }

    private static Path write(Path folder, String name, String text) throws Exception {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    /** A child's own mistakes point at the child's file and line; inherited ones at the file they come from. */
    @Test
    void problemsPointAtTheFileTheValueCameFrom(@TempDir Path folder) throws Exception {
        write(folder, "common/base.yaml", """
                kind: sales-organisation
                name: base
                market:
                  reach_probability: 1.5
                """);
        Path child = write(folder, "child.yaml", """
                kind: sales-organisation
                extends: common/base.yaml
                name: child
                roles:
                  customer_service: {headcount: -2}
                """);
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(child.toString()));
        Path base = folder.resolve("common/base.yaml");
        assertEquals(child + ":5: roles.customer_service.headcount: found -2; allowed a whole number >= 0\n"
                + base + ":4: market.reach_probability: found 1.5; allowed a probability in [0, 1]", e.getMessage());
    }

    @Test
    void aChildOverridesAnInheritedMistake(@TempDir Path folder) throws Exception {
        write(folder, "base.yaml", "kind: sales-organisation\nname: base\nmarket: {reach_probability: 1.5}\n");
        Path child = write(folder, "child.yaml", "kind: sales-organisation\nextends: base.yaml\nname: child\nmarket: {reach_probability: 0.5}\n");
        assertEquals("child", ScenarioLoader.load(child.toString()).name());
    }

    @Test
    void refusesACycle(@TempDir Path folder) throws Exception {
        Path a = write(folder, "a.yaml", "kind: sales-organisation\nname: a\nextends: b.yaml\n");
        Path b = write(folder, "b.yaml", "kind: sales-organisation\nname: b\nextends: a.yaml\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(a.toString()));
        assertEquals(b + ":3: extends: found \"a.yaml\", which extends back to itself (" + a + " -> " + b + " -> " + a
                + "); allowed a chain of extends: without cycles", e.getMessage());
        Path self = write(folder, "self.yaml", "kind: sales-organisation\nname: self\nextends: self.yaml\n");
        assertEquals(1, assertThrows(ScenarioException.class, () -> ScenarioLoader.load(self.toString())).problems().size());
    }

    @Test
    void refusesToExtendAnotherKind(@TempDir Path folder) throws Exception {
        Path child = write(folder, "child.yaml", "kind: sales-organisation\nname: c\nextends: mmc\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(child.toString()));
        assertEquals(child + ":3: extends: found \"mmc\", which is not a sales-organisation scenario; "
                + "allowed a sales-organisation scenario to extend", e.getMessage());
    }

    /** --set on a sales scenario: the same rules as the file, reported against the --set argument. */
    @Test
    void refusesBadSetKeysAndValues() throws Exception {
        var base = ScenarioLoader.load("division-of-labour");
        ScenarioException badKey = assertThrows(ScenarioException.class,
                () -> Overrides.apply(base, Map.of(KeyPath.parse("roles.customer_servce.headcount"), "6")));
        assertEquals("--set roles.customer_servce.headcount=6: roles.customer_servce: found new role \"customer_servce\" "
                + "without salary_per_year; allowed \"customer_service\" (closest match), or a new role with headcount and "
                + "salary_per_year", badKey.getMessage());
        ScenarioException badValue = assertThrows(ScenarioException.class,
                () -> Overrides.apply(base, Map.of(KeyPath.parse("roles.customer_service.headcount"), "-1")));
        assertEquals("--set roles.customer_service.headcount=-1: roles.customer_service.headcount: found -1; "
                + "allowed a whole number >= 0", badValue.getMessage());
    }
}
