package dev.clearance.annotation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The annotation feature's share of the architecture rules: domain, terms and libraries only; prints nothing. */
class AnnotationArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.clearance.annotation", "dev.clearance.domain.annotation");
    }

    @Test
    void annotationDependsOnlyOnDomainTermsAndLibraries() {
        noClasses().that().resideInAPackage("dev.clearance.annotation..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.clearance.store..", "dev.clearance.ui..",
                        "dev.clearance.cli..", "dev.clearance.app..", "dev.clearance.export..", "dev.clearance.rules..",
                        "dev.clearance.review..", "dev.clearance.inventory..", "dev.clearance.checklist..", "javafx..",
                        "java.sql..", "org.h2..", "org.flywaydb..", "picocli..")
                .check(classes);
    }

    @Test
    void annotationNeverPrints() {
        noClasses().that().resideInAnyPackage("dev.clearance.annotation..", "dev.clearance.domain.annotation..")
                .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .orShould().callMethod(Throwable.class, "printStackTrace")
                .check(classes);
    }

    @Test
    void annotationDomainTypesArePlainJava() {
        noClasses().that().resideInAPackage("dev.clearance.domain.annotation..")
                .should().dependOnClassesThat().resideOutsideOfPackages("dev.clearance.domain..", "java..")
                .check(classes);
    }
}
