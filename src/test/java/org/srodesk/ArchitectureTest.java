package org.srodesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Arrows point inward: ui → service → persistence → domain. */
@AnalyzeClasses(packages = "org.srodesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainKnowsNoFrameworks = noClasses().that().resideInAPackage("org.srodesk.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "javafx..", "org.jdbi..", "java.sql..", "org.h2..", "org.flywaydb..", "org.apache.commons.csv..",
                    "org.srodesk.persistence..", "org.srodesk.service..", "org.srodesk.ui..", "org.srodesk.app..")
            .because("the domain is plain Java: records and rules, no UI and no SQL");

    @ArchTest
    static final ArchRule uiNeverTouchesPersistence = noClasses().that().resideInAPackage("org.srodesk.ui..")
            .should().dependOnClassesThat().resideInAPackage("org.srodesk.persistence..")
            .because("screens go through the service layer, which owns transactions");

    @ArchTest
    static final ArchRule servicesKnowNoUi = noClasses().that().resideInAnyPackage("org.srodesk.service..",
                    "org.srodesk.persistence..", "org.srodesk.export..", "org.srodesk.theme..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.srodesk.ui..")
            .because("logic must run and be tested without a toolkit");

    @ArchTest
    static final ArchRule persistenceKnowsNoServices = noClasses().that().resideInAPackage("org.srodesk.persistence..")
            .should().dependOnClassesThat().resideInAnyPackage("org.srodesk.service..", "org.srodesk.app..")
            .because("arrows point inward");
}
