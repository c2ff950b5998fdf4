package org.unodc.vpi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Feature packages stay free of the engine: only workflow, identity and web touch org.camunda. */
class ArchitectureTest {

  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.unodc.vpi");

  private static final String[] FEATURES = {"org.unodc.vpi.initiative..", "org.unodc.vpi.stakeholder..",
      "org.unodc.vpi.meeting..", "org.unodc.vpi.priority..", "org.unodc.vpi.actionplan..", "org.unodc.vpi.report..",
      "org.unodc.vpi.notification..", "org.unodc.vpi.alliance..", "org.unodc.vpi.record..", "org.unodc.vpi.calendar..",
      "org.unodc.vpi.taskforce..", "org.unodc.vpi.reviewinput..", "org.unodc.vpi.nationalproject..",
      "org.unodc.vpi.roster..", "org.unodc.vpi.aftercommit.."};

  @Test
  void featurePackagesShouldNotDependOnCamunda() {
    noClasses().that().resideInAnyPackage(FEATURES)
        .should().dependOnClassesThat().resideInAPackage("org.camunda..")
        .because("workflow/ calls into the features, never the other way round")
        .check(MAIN);
  }

  @Test
  void featurePackagesShouldNotDependOnWorkflowGlue() {
    noClasses().that().resideInAnyPackage(FEATURES)
        .should().dependOnClassesThat().resideInAPackage("org.unodc.vpi.workflow..")
        .check(MAIN);
  }
}
