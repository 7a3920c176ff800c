package org.campussms;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Holds the layout docs/architecture.md describes: contexts depend on each other one way only, through what a
 * context offers in its application or domain packages (its ports), and a domain knows nothing of how it is
 * stored, served or queued; JDBC stays in infrastructure and the platform's persistence helpers.
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

    private static final Pattern CONTEXT = Pattern.compile("org\\.campussms\\.([a-z]+)\\..*");

    private static Optional<String> contextOf(JavaClass type) {
        Matcher m = CONTEXT.matcher(type.getPackageName() + ".");
        return m.matches() && !m.group(1).equals("platform") ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** A class that uses another context's infrastructure (its repositories, stores, codecs, consumers). */
    private static final ArchCondition<JavaClass> USE_ONLY_THEIR_OWN_INFRASTRUCTURE =
            new ArchCondition<>("use no other context's infrastructure") {
                @Override
                public void check(JavaClass type, ConditionEvents events) {
                    Optional<String> own = contextOf(type);
                    for (Dependency d : type.getDirectDependenciesFromSelf()) {
                        JavaClass target = d.getTargetClass();
                        Optional<String> theirs = contextOf(target);
                        if (own.isPresent() && theirs.isPresent() && !own.equals(theirs)
                                && target.getPackageName().contains(".infrastructure")) {
                            events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                        }
                    }
                }
            };

    @Test
    void contextsUseEachOtherThroughPortsOnly() {
        classes().that().resideInAPackage("org.campussms..").should(USE_ONLY_THEIR_OWN_INFRASTRUCTURE)
                .check(classes);
    }

    private static final DescribedPredicate<JavaClass> JDBC = DescribedPredicate.describe("are JDBC types",
            type -> type.getPackageName().equals("java.sql") || type.getName().equals("javax.sql.DataSource"));

    @Test
    void onlyInfrastructureTalksJdbc() {
        noClasses().that().resideOutsideOfPackages("..infrastructure..", "org.campussms.platform.persistence..")
                .should().dependOnClassesThat(JDBC).check(classes);
    }
}
