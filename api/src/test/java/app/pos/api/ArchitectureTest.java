package app.pos.api;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

/** The architecture as rules: messages depend on nothing of ours, the two sides never meet, only api speaks HTTP. */
class ArchitectureTest {

    private static JavaClasses pos;

    @BeforeAll
    static void importClasses() {
        pos = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.pos");
    }

    @Test
    void sharedKernelHoldsOnlyMessagesAndValueObjects() {
        classes().that().resideInAPackage("app.pos.kernel..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("app.pos.kernel..", "java..",
                        "org.axonframework.modelling.command", "org.axonframework.serialization",
                        "com.fasterxml.jackson.annotation", "org.jspecify.annotations")
                .check(pos);
    }

    @Test
    void commandSideNeverReadsTheQuerySide() {
        noClasses().that().resideInAPackage("app.pos.command..")
                .should().dependOnClassesThat().resideInAnyPackage("app.pos.query..", "app.pos.api..")
                .check(pos);
    }

    @Test
    void querySideNeverDecides() {
        noClasses().that().resideInAPackage("app.pos.query..")
                .should().dependOnClassesThat().resideInAnyPackage("app.pos.command..", "app.pos.api..")
                .check(pos);
    }

    @Test
    void onlyTheApiSpeaksHttp() {
        noClasses().that().resideOutsideOfPackage("app.pos.api..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..",
                        "org.springframework.http..", "org.springframework.security..", "jakarta.servlet..")
                .check(pos);
    }

    @Test
    void aggregatesKeepNoPersistenceTypes() {
        noClasses().that().areAnnotatedWith(Aggregate.class)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "io.r2dbc..",
                        "org.springframework.r2dbc..", "java.sql..")
                .check(pos);
    }

    @Test
    void moneyAndQuantitiesAreNeverBinaryFloatingPoint() {
        noFields().that().areDeclaredInClassesThat().resideInAPackage("app.pos..")
                .should().haveRawType(double.class).orShould().haveRawType(float.class)
                .orShould().haveRawType(Double.class).orShould().haveRawType(Float.class)
                .check(pos);
    }
}
