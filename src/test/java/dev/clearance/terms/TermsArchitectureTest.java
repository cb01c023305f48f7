package dev.clearance.terms;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The terms feature's own share of the architecture rules (the project-wide ArchUnit test holds the
 * rest): it depends only on domain and libraries, touches no UI, no SQL and prints nothing.
 */
class TermsArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.clearance.terms", "dev.clearance.domain.terms");
    }

    @Test
    void termsDependsOnlyOnDomainAndLibraries() {
        noClasses().that().resideInAPackage("dev.clearance.terms..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.clearance.store..", "dev.clearance.ui..",
                        "dev.clearance.cli..", "dev.clearance.app..", "dev.clearance.export..", "dev.clearance.rules..",
                        "dev.clearance.review..", "javafx..", "java.sql..", "org.h2..", "org.flywaydb..", "picocli..")
                .check(classes);
    }

    @Test
    void termsNeverPrintsToStandardStreams() {
        noClasses().that().resideInAnyPackage("dev.clearance.terms..", "dev.clearance.domain.terms..")
                .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .orShould().callMethod(Throwable.class, "printStackTrace")
                .check(classes);
    }

    @Test
    void domainTermsTypesArePlainJava() {
        noClasses().that().resideInAPackage("dev.clearance.domain.terms..")
                .should().dependOnClassesThat().resideOutsideOfPackages("dev.clearance.domain..", "java..")
                .check(classes);
    }
}
