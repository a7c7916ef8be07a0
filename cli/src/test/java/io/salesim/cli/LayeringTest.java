package io.salesim.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layout is the architecture, checked on the compiled classes of every module: dependencies
 * flow one way (cli → reports → calibration → scenarios → sim-core), and the scenarios package knows its
 * kinds only as services, so no cycle runs between it and the kinds' packages.
 */
class LayeringTest {
    private static final JavaClasses ALL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.salesim");

    @Test
    void modulesDependOneWay() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("cli").definedBy("io.salesim.cli..")
                .layer("reports").definedBy("io.salesim.reports..")
                .layer("calibration").definedBy("io.salesim.calibration..")
                .layer("scenarios").definedBy("io.salesim.scenarios..")
                .layer("sim-core").definedBy("io.salesim.core..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("reports").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("calibration").mayOnlyBeAccessedByLayers("reports", "cli")
                .whereLayer("scenarios").mayOnlyBeAccessedByLayers("calibration", "reports", "cli")
                .check(ALL);
    }

    @Test
    void theScenariosPackageDoesNotDependOnItsKinds() {
        noClasses().that().resideInAPackage("io.salesim.scenarios")
                .should().dependOnClassesThat().resideInAnyPackage("io.salesim.scenarios.sales..", "io.salesim.scenarios.flow..")
                .because("kinds register as services; the loader and the Scenario interface come first")
                .check(ALL);
    }
}
