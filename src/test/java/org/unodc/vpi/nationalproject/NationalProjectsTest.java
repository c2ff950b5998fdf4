package org.unodc.vpi.nationalproject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Pageable;
import org.unodc.vpi.actionplan.ActionItemDetails;
import org.unodc.vpi.actionplan.ActionPlan;
import org.unodc.vpi.initiative.InitiativeRegister;
import org.unodc.vpi.initiative.NewInitiative;
import org.unodc.vpi.record.AuditTrail;
import org.unodc.vpi.record.CountryScope;
import org.unodc.vpi.record.InvalidRecordException;
import org.unodc.vpi.record.RecordType;
import org.unodc.vpi.record.StaleRecordException;

/** National projects on the Flyway schema: started from an action of their own VPI, audited. */
@DataJpaTest
@ImportAutoConfiguration(JacksonAutoConfiguration.class)
@Import({NationalProjects.class, ActionPlan.class, AuditTrail.class, InitiativeRegister.class})
class NationalProjectsTest {

  private static final CountryScope BRAZIL = CountryScope.of(Set.of("BRA"));

  @Autowired NationalProjects projects;
  @Autowired ActionPlan plan;
  @Autowired InitiativeRegister initiatives;
  @Autowired AuditTrail audit;
  @Autowired EntityManager entityManager;

  @Test
  void shouldAcceptOnlyAnActionOfTheProjectsOwnVpi() {
    long vpi = vpi("BRA");
    long item = item("BRA", vpi);
    long otherVpisItem = item("BRA", vpi("BRA"));

    NationalProject project = projects.create("BRA", vpi, details(item, ProjectStatus.PLANNED, null), "govbra");
    entityManager.flush();

    assertThat(project.getActionItemId()).isEqualTo(item);
    assertThat(refusal(() -> projects.create("BRA", vpi, details(otherVpisItem, ProjectStatus.PLANNED, null),
        "govbra"))).isEqualTo("actionItemId: record.nationalProject.actionItemNotInPlan");
    assertThat(refusal(() -> projects.create("BRA", vpi, details(999_999_999L, ProjectStatus.PLANNED, null),
        "govbra"))).isEqualTo("actionItemId: record.nationalProject.actionItemNotInPlan");
    assertThat(refusal(() -> projects.update(project.getId(), 0, details(otherVpisItem, ProjectStatus.PLANNED,
        null), BRAZIL, "govbra"))).isEqualTo("actionItemId: record.nationalProject.actionItemNotInPlan");
    assertThat(projects.list(new NationalProjectFilter(null, vpi, null, null), BRAZIL, Pageable.unpaged()))
        .extracting(NationalProject::getId).containsExactly(project.getId());
    assertThat(projects.list(new NationalProjectFilter(null, vpi, null, null), CountryScope.of(Set.of("MOZ")),
        Pageable.unpaged())).isEmpty();
  }

  @Test
  void shouldNeedAStartDateOnceRunningAndAuditEveryChange() {
    long vpi = vpi("BRA");
    long item = item("BRA", vpi);
    long id = projects.create("BRA", vpi, details(item, null, null), "govbra").getId();
    entityManager.flush();

    assertThat(projects.get(id, BRAZIL).getStatus()).as("PLANNED by default").isEqualTo(ProjectStatus.PLANNED);
    assertThat(refusal(() -> projects.update(id, 0, details(item, ProjectStatus.COMPLETED, null), BRAZIL,
        "govbra"))).isEqualTo("startDate: record.nationalProject.startDateRequired");
    projects.update(id, 0, details(item, ProjectStatus.RUNNING, LocalDate.parse("2027-02-01")), BRAZIL, "csobra");
    entityManager.flush();

    assertThatThrownBy(() -> projects.update(id, 0, details(item, ProjectStatus.COMPLETED,
        LocalDate.parse("2027-02-01")), BRAZIL, "govbra")).isInstanceOf(StaleRecordException.class);
    assertThat(audit.historyOf(RecordType.NATIONAL_PROJECT, id)).extracting(e -> e.getAction())
        .containsExactly("created", "updated");
    assertThat(audit.historyOf(RecordType.NATIONAL_PROJECT, id).get(1).getChanges())
        .isEqualTo("{\"startDate\":[null,\"2027-02-01\"],\"status\":[\"PLANNED\",\"RUNNING\"]}");
  }

  private long vpi(String country) {
    return initiatives.register(new NewInitiative(country, "Projects " + country, "traffickingInPersons",
        "cluster2", "C", LocalDate.parse("2026-10-01"))).id();
  }

  private long item(String country, long vpi) {
    long id = plan.create(country, vpi, new ActionItemDetails("Train labour inspectors", null, List.of(), null, null,
        null, 0), "govbra").getId();
    entityManager.flush();
    return id;
  }

  private static NationalProjectDetails details(long actionItemId, ProjectStatus status, LocalDate startDate) {
    return new NationalProjectDetails("Inspectors against trafficking", actionItemId, "Ministry of Labour",
        startDate, status, "https://www.gov.br/trabalho");
  }

  private static String refusal(Runnable call) {
    try {
      call.run();
      return "accepted";
    } catch (InvalidRecordException e) {
      return e.problems().get(0).field() + ": " + e.problems().get(0).messageKey();
    }
  }
}
