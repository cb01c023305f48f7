package dev.clearance.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency rules of DESIGN.md, enforced on the production classes. */
class ArchitectureTest {
    private static final String ROOT = "dev.clearance";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    private static void check(ArchRule rule) {
        rule.check(classes);
    }

    @Test
    void domainIsPlainJava() {
        check(noClasses().that().resideInAPackage(ROOT + ".domain..")
                .should().dependOnClassesThat().resideOutsideOfPackages(ROOT + ".domain..", "java..")
                .because("the domain is plain Java: records, enums, value objects and repository interfaces"));
    }

    @Test
    void onlyTheStoreTouchesJdbcH2AndFlyway() {
        check(noClasses().that().resideOutsideOfPackage(ROOT + ".store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.h2..", "org.flywaydb..")
                .because("store is the only package that talks to the database"));
    }

    @Test
    void onlyUiAndAppUseJavaFx() {
        check(noClasses().that().resideOutsideOfPackages(ROOT + ".ui..", ROOT + ".app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..",
                        "org.fxmisc..")
                .because("JavaFX lives in ui (and app, which launches it)"));
    }

    @Test
    void onlyTheCommandLinePrints() {
        check(noClasses().that().resideOutsideOfPackages(ROOT + ".cli..", ROOT + ".app..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .orShould().callMethod(Throwable.class, "printStackTrace")
                .because("only cli writes to the terminal; app only hands it the streams"));
    }

    @Test
    void uiNeverTouchesTheStore() {
        check(noClasses().that().resideInAPackage(ROOT + ".ui..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".store..")
                .because("the UI works through services and repository interfaces"));
    }

    @Test
    void viewModelsOwnNoSceneNodes() {
        check(noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "org.controlsfx..")
                .because("view models are tested without the toolkit; views own the nodes"));
    }

    @Test
    void featuresDependOnlyInward() {
        check(noClasses().that().resideInAnyPackage(ROOT + ".terms..", ROOT + ".inventory..", ROOT + ".checklist..",
                        ROOT + ".annotation..", ROOT + ".rules..", ROOT + ".review..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".store..", ROOT + ".ui..", ROOT + ".cli..",
                        ROOT + ".app..", ROOT + ".export..")
                .because("features depend on the domain (and terms), never on the outer layers")
                .allowEmptyShould(true));
    }

    @Test
    void onlyTheExportSignsAndLaysOutPdfs() {
        check(noClasses().that().resideOutsideOfPackages(ROOT + ".export..", ROOT + ".terms..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..", "com.openhtmltopdf..",
                        "org.bouncycastle..", "org.apache.xmpbox..")
                .because("the review package (report, keys, signatures) is export's; terms only extracts PDF text"));
        check(noClasses().that().resideInAPackage(ROOT + ".terms..")
                .should().dependOnClassesThat().resideInAnyPackage("com.openhtmltopdf..", "org.bouncycastle..")
                .because("terms reads PDFs, it never writes or signs them"));
    }

    @Test
    void onlyTheAppWiresEverything() {
        check(noClasses().that().resideOutsideOfPackage(ROOT + ".app..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".app..")
                .because("app is the composition root; nothing depends on it"));
    }

    @Test
    void packagesHaveNoCycles() {
        check(slices().matching(ROOT + ".(*)..").should().beFreeOfCycles());
    }
}
