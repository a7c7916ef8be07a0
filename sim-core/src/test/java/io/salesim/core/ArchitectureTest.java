package io.salesim.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The engine's rules, checked on the compiled classes (not the source text, which a rename
 * or a wrapped line slips past): no randomness or clock but the named streams, no mutable
 * static state, and {@code analysis} only reads results — nothing a replication runs calls it.
 */
class ArchitectureTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.salesim.core");

    /** Timing is the point of the benchmark package; nothing else may read the clock. */
    private static final String BENCHMARK = "io.salesim.core.benchmark..";

    @Test
    void analysisOnlyReadsResultsAndIsNeverCalledDuringARun() {
        ArchRule rule = noClasses().that().resideInAnyPackage("io.salesim.core.engine..", "io.salesim.core.random..",
                        "io.salesim.core.stats..", "io.salesim.core.resource..", "io.salesim.core.flow..", "io.salesim.core.game..", "io.salesim.core.sales..")
                .should().dependOnClassesThat().resideInAPackage("io.salesim.core.analysis..")
                .because("analysis reads finished results; the bookkeeping a run needs belongs to the resources");
        rule.check(CORE);
    }

    @Test
    void noRandomnessButTheNamedStreams() {
        randomnessRule().check(CORE);
    }

    private static ArchRule randomnessRule() {
        // the benchmark's hand-written reference loop seeds its own generators, as the loop it stands for would
        ArchRule generators = noClasses().that().doNotHaveFullyQualifiedName("io.salesim.core.random.RandomStream")
                .and().resideOutsideOfPackage(BENCHMARK)
                .should().callConstructor(java.util.Random.class)
                .orShould().callConstructor(java.util.Random.class, long.class)
                .orShould().callConstructor(java.util.SplittableRandom.class)
                .orShould().callConstructor(java.util.SplittableRandom.class, long.class)
                .orShould().callMethod(Math.class, "random")
                .orShould().callMethod(StrictMath.class, "random")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.ThreadLocalRandom")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.random.RandomGeneratorFactory")
                .because("every draw comes from a named stream, so replication r sees the same numbers in every plan");
        return generators;
    }

    /**
     * commons-math3 distributions built without a generator seed themselves from the clock. A
     * constant distribution is the one exception: it never draws from the generator it makes.
     */
    @Test
    void everyCommonsMathDistributionIsGivenOurStream() {
        distributionRule().check(CORE);
    }

    private static ArchRule distributionRule() {
        DescribedPredicate<JavaConstructorCall> withoutGenerator = new DescribedPredicate<>(
                "a commons-math3 distribution constructor without a RandomGenerator as first parameter") {
            @Override
            public boolean test(JavaConstructorCall call) {
                if (!call.getTargetOwner().getPackageName().equals("org.apache.commons.math3.distribution")
                        || call.getTargetOwner().getSimpleName().equals("ConstantRealDistribution")) {
                    return false;
                }
                List<String> parameters = call.getTarget().getParameterTypes().stream().map(t -> t.getName()).toList();
                return parameters.isEmpty() || !parameters.get(0).equals("org.apache.commons.math3.random.RandomGenerator");
            }
        };
        return noClasses().should().callConstructorWhere(withoutGenerator);
    }

    /** What the rules exist to catch, so a rule that silently matched nothing would fail here. */
    static final class HiddenRandomness {
        double draws() {
            return new java.util.Random().nextDouble() + Math.random()
                    + java.util.concurrent.ThreadLocalRandom.current().nextDouble()
                    + new org.apache.commons.math3.distribution.GammaDistribution(2.0, 0.75).sample();
        }
    }

    @Test
    void theRulesCatchHiddenRandomness() {
        JavaClasses bad = new ClassFileImporter().importClasses(HiddenRandomness.class);
        assertTrue(randomnessRule().evaluate(bad).hasViolation());
        assertTrue(distributionRule().evaluate(bad).hasViolation());
        // three distinct calls: new Random(), Math.random(), ThreadLocalRandom.current()
        assertTrue(randomnessRule().evaluate(bad).getFailureReport().getDetails().size() >= 3);
    }

    @Test
    void noClockReadsOutsideTheBenchmarks() {
        noClasses().that().resideOutsideOfPackage(BENCHMARK)
                .should().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(System.class, "nanoTime")
                .orShould().dependOnClassesThat().resideInAPackage("java.time..")
                .because("results must not depend on when or how fast they are computed")
                .check(CORE);
    }

    @Test
    void noMutableStaticState() {
        fields().that().areStatic().and().areDeclaredInClassesThat().resideOutsideOfPackage(BENCHMARK)
                .should().haveModifier(JavaModifier.FINAL)
                .because("a static simulator or counter leaks state between replications and threads")
                .check(CORE);
    }
}
