package io.salesim.scenarios.sales;

import io.salesim.core.sales.OperatingModelSpec;
import io.salesim.core.sales.PlanStep;
import io.salesim.core.sales.TocSpec;
import io.salesim.scenarios.schema.Key;
import io.salesim.scenarios.schema.Node;
import io.salesim.scenarios.schema.Problems;
import io.salesim.scenarios.schema.Schema;
import io.salesim.scenarios.schema.Types;
import io.salesim.scenarios.schema.ValueType;
import io.salesim.scenarios.schema.Values;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * A transition plan: a list of dated steps, each a mapping with {@code step:} (its kind),
 * {@code at_week:} (weeks after the warm-up) and the kind's own keys — read and written by
 * one binding per kind. Roles are named by id; whether each is in the role table is checked
 * once the whole scenario is read.
 */
final class PlanSchema {
    private PlanSchema() {
    }

    static final Key<String> STEP = Key.required("step", Types.text());
    static final Key<Double> AT_WEEK = Key.required("at_week", Types.real().atLeast(0));
    static final Key<String> ROLE = Key.required("role", SalesTypes.roleId(false));
    static final Key<Integer> COUNT = Key.withDefault("count", Types.ints(Types.integer().atLeast(1)), 1);
    static final Key<Integer> HEADCOUNT = Key.required("count", Types.count());
    static final Key<Double> LAG_WEEKS = Key.withDefault("lag_weeks", Types.real().atLeast(0), 0.0);
    static final Key<Double> RAMP_WEEKS = Key.withDefault("ramp_weeks", Types.real().atLeast(0), 0.0);
    static final Key<Double> START_PRODUCTIVITY = Key.withDefault("start_productivity", Types.real().between(0.05, 1), 0.5);
    static final Key<String> FROM = Key.required("from", SalesTypes.roleId(false));
    static final Key<String> TO = Key.required("to", SalesTypes.roleId(false));
    static final Key<Double> FACTOR = Key.required("factor", Types.real().between(0.1, 10));
    static final Key<OperatingModelSpec> MODEL = Key.required("model", operatingModel());
    static final Key<Double> EVERY_WEEKS = Key.withDefault("every_weeks", Types.real().above(0), 4.0);
    static final Key<Integer> CAMPAIGNS = Key.withDefault("campaigns", Types.ints(Types.integer().atLeast(1)), 1);
    static final Key<Integer> BATCH_SIZE = Key.withDefault("batch_size", Types.ints(Types.integer().atLeast(1)), 40);
    static final Key<Double> COMPLEX_SHARE = Key.withDefault("complex_share", Types.probability(), 0.6);
    static final Key<Values> TOC = Key.required("toc", FirmSchema.TOC);

    /** A step kind: its keys and how its values become a {@link PlanStep}. */
    private record Kind(Schema schema, BiFunction<Values, Problems, PlanStep> read) {
    }

    private static final Map<String, Kind> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("hire", new Kind(new Schema("a hire step", STEP, AT_WEEK, ROLE, COUNT, LAG_WEEKS, RAMP_WEEKS, START_PRODUCTIVITY),
                (v, p) -> new PlanStep.Hire(v.get(AT_WEEK), v.get(ROLE), v.get(COUNT), v.get(LAG_WEEKS), v.get(RAMP_WEEKS),
                        v.get(START_PRODUCTIVITY))));
        KINDS.put("reassign", new Kind(new Schema("a reassign step", STEP, AT_WEEK, FROM, TO, COUNT, RAMP_WEEKS, START_PRODUCTIVITY),
                (v, p) -> new PlanStep.Reassign(v.get(AT_WEEK), v.get(FROM), v.get(TO), v.get(COUNT), v.get(RAMP_WEEKS),
                        v.get(START_PRODUCTIVITY))));
        KINDS.put("improve", new Kind(new Schema("an improve step", STEP, AT_WEEK, ROLE, FACTOR, RAMP_WEEKS),
                (v, p) -> new PlanStep.Improve(v.get(AT_WEEK), v.get(ROLE), v.get(FACTOR), v.get(RAMP_WEEKS))));
        KINDS.put("switch_model", new Kind(new Schema("a switch_model step", STEP, AT_WEEK, MODEL),
                (v, p) -> new PlanStep.SwitchModel(v.get(AT_WEEK), v.get(MODEL))));
        KINDS.put("campaign", new Kind(new Schema("a campaign step", STEP, AT_WEEK, EVERY_WEEKS, CAMPAIGNS, BATCH_SIZE, COMPLEX_SHARE),
                (v, p) -> new PlanStep.Campaign(v.get(AT_WEEK), v.get(EVERY_WEEKS), v.get(CAMPAIGNS), v.get(BATCH_SIZE),
                        v.get(COMPLEX_SHARE))));
        KINDS.put("attrition", new Kind(new Schema("an attrition step", STEP, AT_WEEK, ROLE, COUNT),
                (v, p) -> new PlanStep.Attrition(v.get(AT_WEEK), v.get(ROLE), v.get(COUNT))));
        KINDS.put("headcount", new Kind(new Schema("a headcount step", STEP, AT_WEEK, ROLE, HEADCOUNT),
                (v, p) -> new PlanStep.Headcount(v.get(AT_WEEK), v.get(ROLE), v.get(HEADCOUNT))));
        KINDS.put("policy", new Kind(new Schema("a policy step", STEP, AT_WEEK, TOC),
                (v, p) -> {
                    TocSpec toc = FirmSchema.toc(v.get(TOC), p);
                    return toc == null ? null : new PlanStep.Policy(v.get(AT_WEEK), toc);
                }));
    }

    /** One plan step; its kind decides which keys it may have. */
    static ValueType<PlanStep> step() {
        ValueType<String> kinds = Types.oneOf(KINDS.keySet());
        return new ValueType<>() {
            public PlanStep read(Node node, Problems problems) {
                if (!node.isMapping()) {
                    problems.add(node, allowed());
                    return null;
                }
                Node stepNode = node.get(STEP.name());
                if (stepNode == null || stepNode.isNull()) {
                    problems.missing(node, STEP.name(), kinds.allowed());
                    return null;
                }
                String kind = kinds.read(stepNode, problems);
                if (kind == null) {
                    return null;
                }
                Values values = KINDS.get(kind).schema().read(node, problems);
                if (values == null) {
                    return null;
                }
                return Records.build(node, problems, () -> KINDS.get(kind).read().apply(values, problems));
            }

            public String allowed() {
                return "a plan step: a mapping with step (" + kinds.allowed() + "), at_week and the step's keys";
            }
        };
    }

    /** A step as the mapping it reads back from; a named operating model stays a name. */
    static Map<String, Object> write(PlanStep step) {
        if (step instanceof PlanStep.Hire h) {
            return start("hire", h).put(ROLE, h.role()).put(COUNT, h.count()).put(LAG_WEEKS, h.lagWeeks())
                    .put(RAMP_WEEKS, h.rampWeeks()).put(START_PRODUCTIVITY, h.startProductivity()).map();
        } else if (step instanceof PlanStep.Reassign r) {
            return start("reassign", r).put(FROM, r.from()).put(TO, r.to()).put(COUNT, r.count()).put(RAMP_WEEKS, r.rampWeeks())
                    .put(START_PRODUCTIVITY, r.startProductivity()).map();
        } else if (step instanceof PlanStep.Improve i) {
            return start("improve", i).put(ROLE, i.role()).put(FACTOR, i.factor()).put(RAMP_WEEKS, i.rampWeeks()).map();
        } else if (step instanceof PlanStep.SwitchModel s) {
            String preset = OperatingModelSpec.presets().entrySet().stream().filter(e -> e.getValue().equals(s.model()))
                    .map(Map.Entry::getKey).findFirst().orElse(null);
            return start("switch_model", s).put(MODEL.name(), preset != null ? preset : WorkSchema.write(s.model())).map();
        } else if (step instanceof PlanStep.Campaign c) {
            return start("campaign", c).put(EVERY_WEEKS, c.everyWeeks()).put(CAMPAIGNS, c.campaigns())
                    .put(BATCH_SIZE, c.batchSize()).put(COMPLEX_SHARE, c.complexShare()).map();
        } else if (step instanceof PlanStep.Attrition a) {
            return start("attrition", a).put(ROLE, a.role()).put(COUNT, a.count()).map();
        } else if (step instanceof PlanStep.Headcount h) {
            return start("headcount", h).put(ROLE, h.role()).put(HEADCOUNT, h.count()).map();
        } else if (step instanceof PlanStep.Policy p) {
            return start("policy", p).put(TOC.name(), FirmSchema.write(p.toc())).map();
        }
        throw new IllegalArgumentException("unknown plan step " + step);
    }

    private static Entries start(String kind, PlanStep step) {
        return new Entries().put(STEP, kind).put(AT_WEEK, step.atWeek());
    }

    /** {@code switch_model.model}: a named operating model, or a mapping like {@code operating_model}. */
    private static ValueType<OperatingModelSpec> operatingModel() {
        ValueType<String> names = Types.oneOf(OperatingModelSpec.presets().keySet());
        return new ValueType<>() {
            public OperatingModelSpec read(Node node, Problems problems) {
                if (node.isMapping()) {
                    Values values = WorkSchema.OPERATING_MODEL.read(node, problems);
                    return values == null ? null : WorkSchema.operatingModel(values, problems);
                }
                if (node.kind() != Node.Kind.TEXT) {
                    problems.add(node, allowed());
                    return null;
                }
                String name = names.read(node, problems);
                return name == null ? null : OperatingModelSpec.presets().get(name);
            }

            public String allowed() {
                return "a named operating model (" + names.allowed() + ") or an operating_model mapping";
            }
        };
    }
}
