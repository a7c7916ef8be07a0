package io.salesim.scenarios.schema;

import io.salesim.core.random.DistributionSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A distribution written as a one-key mapping, {@code {exponential: {mean: 1.0}}} or
 * {@code {constant: 2}}, read into the engine's {@link DistributionSpec}. Variants can require
 * that no draw is negative (durations, counts), that the mean is positive (interarrival times)
 * and that no draw is a count too large to hold in memory (batch sizes).
 */
public final class DistributionType implements ValueType<DistributionSpec> {
    /** The most items one draw of a count may bring at once (each is an object held by the model). */
    public static final double MAX_COUNT = 1_000_000;
    /** −ln(2⁻⁵³): the largest exponential draw, in means, by inversion of a 53-bit uniform. */
    private static final double EXPONENTIAL_TAIL = 36.8;
    /** Φ⁻¹(1 − 10⁻¹⁶): a normal draw beyond this many standard deviations has probability below 10⁻¹⁶. */
    private static final double NORMAL_TAIL = 8.3;
    /** x with e⁻ˣ below 10⁻¹⁶, for the gamma tail bound. */
    private static final double GAMMA_TAIL = 37;
    private static final NumberType REAL = Types.real();
    private static final NumberType POSITIVE = Types.real().above(0);
    private static final Key<Double> MEAN = Key.required("mean", POSITIVE);
    private static final Key<Double> SD = Key.required("sd", POSITIVE);
    private static final Key<Double> MIN = Key.required("min", REAL);
    private static final Key<Double> MAX = Key.required("max", REAL);
    private static final Key<Double> MODE = Key.required("mode", REAL);
    private static final Key<Double> NORMAL_MEAN = Key.required("mean", REAL);
    private static final Key<Double> NORMAL_MIN = Key.optional("min", REAL);
    private static final Key<Double> NORMAL_MAX = Key.optional("max", REAL);
    private static final Key<Integer> INT_MIN = Key.required("min", Types.ints(Types.integer()));
    private static final Key<Integer> INT_MAX = Key.required("max", Types.ints(Types.integer()));
    private static final Key<Double> P = Key.required("p", Types.probability());
    private static final Key<List<Double>> VALUES = Key.required("values", Types.listOf(REAL, 1));
    private static final Key<List<Double>> PROBABILITIES = Key.required("probabilities", Types.listOf(Types.probability(), 1));

    /** Each form: its parameter schema and how the parameters become a spec. */
    private record Form(Schema parameters, Function<Values, DistributionSpec> build) {
    }

    private static final Map<String, Form> FORMS = new LinkedHashMap<>();

    static {
        FORMS.put("exponential", new Form(new Schema("exponential parameters", MEAN),
                v -> new DistributionSpec.Exponential(v.get(MEAN))));
        FORMS.put("uniform", new Form(new Schema("uniform parameters", MIN, MAX),
                v -> new DistributionSpec.Uniform(v.get(MIN), v.get(MAX))));
        FORMS.put("triangular", new Form(new Schema("triangular parameters", MIN, MODE, MAX),
                v -> new DistributionSpec.Triangular(v.get(MIN), v.get(MODE), v.get(MAX))));
        FORMS.put("lognormal", new Form(new Schema("lognormal parameters", MEAN, SD),
                v -> new DistributionSpec.LogNormal(v.get(MEAN), v.get(SD))));
        FORMS.put("gamma", new Form(new Schema("gamma parameters", MEAN, SD),
                v -> new DistributionSpec.Gamma(v.get(MEAN), v.get(SD))));
        FORMS.put("normal", new Form(new Schema("normal parameters", NORMAL_MEAN, SD, NORMAL_MIN, NORMAL_MAX),
                v -> new DistributionSpec.Normal(v.get(NORMAL_MEAN), v.get(SD), orNaN(v.get(NORMAL_MIN)), orNaN(v.get(NORMAL_MAX)))));
        FORMS.put("discrete_uniform", new Form(new Schema("discrete_uniform parameters", INT_MIN, INT_MAX),
                v -> new DistributionSpec.DiscreteUniform(v.get(INT_MIN), v.get(INT_MAX))));
        FORMS.put("empirical", new Form(new Schema("empirical parameters", VALUES, PROBABILITIES),
                v -> new DistributionSpec.Empirical(toArray(v.get(VALUES)), toArray(v.get(PROBABILITIES)))));
        FORMS.put("bernoulli", new Form(new Schema("bernoulli parameters", P),
                v -> new DistributionSpec.Bernoulli(v.get(P))));
        FORMS.put("poisson", new Form(new Schema("poisson parameters", MEAN),
                v -> new DistributionSpec.Poisson(v.get(MEAN))));
    }

    private static final String CONSTANT = "constant";

    private final boolean nonNegative;
    private final boolean positiveMean;
    private final double maxValue;
    private final String unit;

    private DistributionType(boolean nonNegative, boolean positiveMean, double maxValue, String unit) {
        this.nonNegative = nonNegative;
        this.positiveMean = positiveMean;
        this.maxValue = maxValue;
        this.unit = unit;
    }

    /** Any distribution. */
    public static DistributionType any() {
        return new DistributionType(false, false, Double.POSITIVE_INFINITY, "values");
    }

    /** A duration: no draw may be negative. */
    public static DistributionType hours() {
        return new DistributionType(true, false, Double.POSITIVE_INFINITY, "hours");
    }

    /** A time between events: no draw negative and a positive mean, so time moves on. */
    public static DistributionType intervalHours() {
        return new DistributionType(true, true, Double.POSITIVE_INFINITY, "hours");
    }

    /** A number of items: no draw may be negative, none above {@link #MAX_COUNT}. */
    public static DistributionType counts() {
        return new DistributionType(true, false, MAX_COUNT, "counts");
    }

    public static List<String> formNames() {
        List<String> names = new ArrayList<>();
        names.add(CONSTANT);
        names.addAll(FORMS.keySet());
        return names;
    }

    @Override
    public String allowed() {
        return "a distribution of " + unit + " written as {<form>: {<parameters>}} with <form> one of "
                + String.join(", ", formNames());
    }

    @Override
    public DistributionSpec read(Node node, Problems problems) {
        if (!node.isMapping() || node.entries().size() != 1) {
            problems.add(node, allowed());
            return null;
        }
        String form = node.entries().keySet().iterator().next();
        Node parameters = node.get(form);
        if (!form.equals(CONSTANT) && !FORMS.containsKey(form)) {
            String closest = Suggestions.closest(form, formNames());
            problems.add(new Problem(node.source(), node.keyLine(form), node.childPath(form),
                    "unknown distribution \"" + form + "\"",
                    (closest == null ? "" : "\"" + closest + "\" (closest match) or ") + "one of " + String.join(", ", formNames())));
            return null;
        }
        DistributionSpec spec = form.equals(CONSTANT) ? constant(parameters, problems) : build(form, parameters, problems);
        if (spec == null) {
            return null;
        }
        if (nonNegative && lowestValue(spec) < 0) {
            problems.add(node, "a distribution that never gives negative " + unit
                    + (spec instanceof DistributionSpec.Normal ? " (give normal a min: 0)" : ""));
            return null;
        }
        if (positiveMean && !(spec.mean() > 0)) {
            problems.add(node, "a distribution of " + unit + " with a mean > 0");
            return null;
        }
        if (highestValue(spec) > maxValue) {
            problems.add(node, String.format(Locale.ROOT, "a distribution of %s whose draws are at most %,.0f "
                    + "(this one can draw about %.3g)", unit, maxValue, highestValue(spec)));
            return null;
        }
        return spec;
    }

    private static DistributionSpec constant(Node value, Problems problems) {
        Double number = REAL.read(value, problems);
        if (number == null) {
            return null;
        }
        try {
            return new DistributionSpec.Constant(number);
        } catch (IllegalArgumentException e) {
            problems.add(refusedBySpec(CONSTANT, value, String.valueOf(e.getMessage())));
            return null;
        }
    }

    private static DistributionSpec build(String form, Node parameters, Problems problems) {
        Form definition = FORMS.get(form);
        Values values = definition.parameters().read(parameters, problems);
        if (values == null) {
            return null;
        }
        try {
            return definition.build().apply(values);
        } catch (IllegalArgumentException e) {
            problems.add(refusedBySpec(form, parameters, String.valueOf(e.getMessage())));
            return null;
        }
    }

    /**
     * The engine's records check what the schema cannot: relations between parameters (min &lt;
     * max, probabilities summing to 1), reported at the parameters, and what a sampler can draw
     * ({@code "sd: found …; allowed …"}), reported at that parameter.
     */
    private static Problem refusedBySpec(String form, Node parameters, String message) {
        Matcher keyed = KEYED_MESSAGE.matcher(message);
        if (keyed.matches()) {
            Node child = parameters.isMapping() ? parameters.get(keyed.group(1)) : parameters;
            if (child != null) {
                return Problem.at(child, keyed.group(2));
            }
        }
        return Problem.at(parameters, form + " parameters where " + message);
    }

    private static final Pattern KEYED_MESSAGE = Pattern.compile("([a-z_]+): found .*?; allowed (.*)", Pattern.DOTALL);

    /** The smallest value the distribution can draw (negative infinity for an untruncated normal). */
    static double lowestValue(DistributionSpec spec) {
        if (spec instanceof DistributionSpec.Constant c) {
            return c.value();
        } else if (spec instanceof DistributionSpec.Uniform u) {
            return u.min();
        } else if (spec instanceof DistributionSpec.Triangular t) {
            return t.min();
        } else if (spec instanceof DistributionSpec.Normal n) {
            return Double.isNaN(n.min()) ? Double.NEGATIVE_INFINITY : n.min();
        } else if (spec instanceof DistributionSpec.DiscreteUniform d) {
            return d.min();
        } else if (spec instanceof DistributionSpec.Empirical e) {
            double lowest = Double.POSITIVE_INFINITY;
            for (double value : e.values()) {
                lowest = Math.min(lowest, value);
            }
            return lowest;
        }
        return 0; // exponential, lognormal, gamma, bernoulli, poisson
    }

    /**
     * The largest value the distribution draws in practice: its maximum when it has one, else a
     * tail bound exceeded with probability below 10⁻¹⁶ a draw.
     */
    static double highestValue(DistributionSpec spec) {
        if (spec instanceof DistributionSpec.Constant c) {
            return c.value();
        } else if (spec instanceof DistributionSpec.Uniform u) {
            return u.max();
        } else if (spec instanceof DistributionSpec.Triangular t) {
            return t.max();
        } else if (spec instanceof DistributionSpec.Normal n) {
            return Double.isNaN(n.max()) ? n.mean() + NORMAL_TAIL * n.sd() : n.max();
        } else if (spec instanceof DistributionSpec.DiscreteUniform d) {
            return d.max();
        } else if (spec instanceof DistributionSpec.Empirical e) {
            return Arrays.stream(e.values()).max().orElse(0);
        } else if (spec instanceof DistributionSpec.Bernoulli) {
            return 1;
        } else if (spec instanceof DistributionSpec.Poisson p) {
            return p.mean() + NORMAL_TAIL * Math.sqrt(p.mean()) + NORMAL_TAIL;
        } else if (spec instanceof DistributionSpec.Exponential x) {
            return EXPONENTIAL_TAIL * x.mean();
        } else if (spec instanceof DistributionSpec.LogNormal l) {
            double sigma2 = Math.log1p((l.sd() / l.mean()) * (l.sd() / l.mean()));
            return l.mean() * Math.exp(-sigma2 / 2 + NORMAL_TAIL * Math.sqrt(sigma2));
        } else if (spec instanceof DistributionSpec.Gamma g) {
            // Laurent–Massart: P(X ≥ θ(k + √(2kx) + x)) ≤ e⁻ˣ for shape k, scale θ
            double shape = (g.mean() / g.sd()) * (g.mean() / g.sd());
            double scale = g.sd() * g.sd() / g.mean();
            return scale * (shape + Math.sqrt(2 * shape * GAMMA_TAIL) + GAMMA_TAIL);
        }
        throw new IllegalArgumentException("no tail bound for " + spec);
    }

    private static double orNaN(Double value) {
        return value == null ? Double.NaN : value;
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
