package com.allyway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.allyway.security.AllywayUser;
import com.allyway.security.SessionSignIn;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;

/** The layering rules of the code base, checked on every build. */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.allyway");

    @Test
    void featurePackagesDependOnEachOtherWithoutCycles() {
        slices().matching("com.allyway.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void viewsNeverTouchRepositoriesOrTheDatabase() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .orShould().dependOnClassesThat().areAssignableTo(MongoTemplate.class)
                .check(MAIN);
    }

    @Test
    void viewsAreNotSpringBeans() {
        noClasses().that().resideInAPackage("..ui..")
                .should().beAnnotatedWith(Component.class).orShould().beAnnotatedWith(Service.class)
                .check(MAIN);
    }

    @Test
    void everyRouteAndLayoutDeclaresWhoMayOpenIt() {
        classes().that().areAnnotatedWith(Route.class).or().areAnnotatedWith(Layout.class)
                .should().beAnnotatedWith(RolesAllowed.class).orShould().beAnnotatedWith(PermitAll.class)
                .orShould().beAnnotatedWith(AnonymousAllowed.class).orShould().beAnnotatedWith(DenyAll.class)
                .check(MAIN);
    }

    @Test
    void everyPublicServiceMethodChecksAccessAgain() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
                .and().areDeclaredInClassesThat().arePublic()
                .and().arePublic()
                .should().beAnnotatedWith(PreAuthorize.class)
                .check(MAIN);
    }

    @Test
    void onlyTheInvitationPageSignsPeopleInWithoutTheLoginForm() {
        noClasses().that().doNotHaveFullyQualifiedName("com.allyway.partner.ui.InvitationView")
                .should().callMethod(SessionSignIn.class, "signIn", AllywayUser.class, String.class)
                .check(MAIN);
    }

    @Test
    void businessRulesArePlainJava() {
        noClasses().that().haveSimpleNameEndingWith("Policy").or().haveSimpleNameEndingWith("Advisor")
                .or().haveSimpleNameEndingWith("Rules").or().haveSimpleNameEndingWith("Decision")
                .or().haveSimpleNameEndingWith("Engine")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.mongodb..",
                        "com.vaadin..")
                .check(MAIN);
    }

    @Test
    void dependenciesAreInjectedThroughConstructors() {
        noFields().should().beAnnotatedWith(Autowired.class).check(MAIN);
    }
}
