package org.campussms;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Holds the layout docs/architecture.md describes: contexts depend on each other one way only, and a domain knows
 * nothing of how it is stored, served or queued.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.campussms");
    }

    @Test
    void noTwoContextsDependOnEachOther() {
        slices().matching("org.campussms.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theSharedKernelDependsOnNoContext() {
        noClasses().that().resideInAPackage("org.campussms.platform..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.campussms.platform..", "java..",
                        "javax..", "jakarta..", "org.flywaydb..", "com.google.i18n..")
                .check(classes);
    }

    @Test
    void domainsDependOnNoApplicationOrInfrastructureCode() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..application..", "..infrastructure..")
                .check(classes);
    }

    @Test
    void onlyTheGatewaySendsJmsMessages() {
        noClasses().that().resideOutsideOfPackage("org.campussms.platform.jms..")
                .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.jms.JMSContext")
                .check(classes);
    }
}
