package org.unodc.vpi.reviewinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.Clock;
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
import org.unodc.vpi.calendar.MilestoneDetails;
import org.unodc.vpi.calendar.MilestoneKind;
import org.unodc.vpi.calendar.ReviewCalendar;
import org.unodc.vpi.calendar.ReviewCluster;
import org.unodc.vpi.initiative.InitiativeRegister;
import org.unodc.vpi.initiative.NewInitiative;
import org.unodc.vpi.record.AuditTrail;
import org.unodc.vpi.record.CountryScope;
import org.unodc.vpi.record.InvalidRecordException;
import org.unodc.vpi.record.RecordNotFoundException;
import org.unodc.vpi.record.RecordType;
import org.unodc.vpi.record.StaleRecordException;

/** Review input on the Flyway schema: cluster and milestone rules, the response, audit, scope. */
@DataJpaTest
@ImportAutoConfiguration(JacksonAutoConfiguration.class)
@Import({ReviewInputs.class, ReviewCalendar.class, AuditTrail.class, InitiativeRegister.class})
class ReviewInputsTest {

  private static final CountryScope BRAZIL = CountryScope.of(Set.of("BRA"));

  @Autowired ReviewInputs inputs;
  @Autowired ReviewCalendar calendar;
  @Autowired InitiativeRegister initiatives;
  @Autowired AuditTrail audit;
  @Autowired EntityManager entityManager;
  @Autowired Clock clock;

  @Test
  void shouldTakeTheMilestonesClusterAndRefuseAnotherCountrysMilestoneOrAnotherCluster() {
    long vpi = vpi("BRA");
    long questionnaire = milestone("BRA", ReviewCluster.cluster3);
    long mozambique = milestone("MOZ", ReviewCluster.cluster3);

    ReviewInput input = inputs.create("BRA", vpi, details(null, questionnaire, null), "csobra");

    assertThat(input.getReviewCluster()).isEqualTo(ReviewCluster.cluster3);
    assertThat(input.getSubmittedOn()).as("today when left out").isEqualTo(LocalDate.now(clock));
    assertThat(input.getOrganisations()).containsExactly("Instituto Sou da Paz", "UnB");
    assertThat(refusal(() -> inputs.create("BRA", vpi, details(null, mozambique, null), "csobra")))
        .isEqualTo("milestoneId: record.reviewInput.unknownMilestone");
    assertThat(refusal(() -> inputs.create("BRA", vpi, details(ReviewCluster.cluster1, questionnaire, null),
        "csobra"))).isEqualTo("reviewCluster: record.reviewInput.clusterMismatch");
    assertThat(refusal(() -> inputs.create("BRA", vpi, details(null, null, null), "csobra")))
        .isEqualTo("reviewCluster: record.reviewInput.clusterRequired");
    assertThat(refusal(() -> inputs.create("BRA", vpi, details(ReviewCluster.cluster1, null,
        LocalDate.now(clock).plusDays(3)), "csobra"))).isEqualTo("submittedOn: record.reviewInput.submittedInFuture");
    assertThat(inputs.create("BRA", vpi, details(ReviewCluster.cluster1, null, LocalDate.now(clock).plusDays(1)),
        "csobra").getSubmittedOn()).as("a day's grace for time zones ahead of UTC")
        .isEqualTo(LocalDate.now(clock).plusDays(1));
  }

  @Test
  void shouldRecordTheResponseAuditItAndFreezeTheInput() {
    long vpi = vpi("BRA");
    long id = inputs.create("BRA", vpi, details(ReviewCluster.cluster2, null, LocalDate.parse("2026-11-02")),
        "csobra").getId();
    entityManager.flush();
    assertThat(inputs.list(filter(vpi, false), BRAZIL, Pageable.unpaged())).extracting(ReviewInput::getId)
        .containsExactly(id);

    inputs.respond(id, 0, "  Noted; we will reflect it.  ", BRAZIL, "govbra");
    entityManager.flush();
    entityManager.clear();

    ReviewInput answered = inputs.get(id, BRAZIL);
    assertThat(answered.getResponseText()).isEqualTo("Noted; we will reflect it.");
    assertThat(answered.getRespondedBy()).isEqualTo("govbra");
    assertThat(answered.getRespondedAt()).isNotNull();
    assertThat(answered.getVersion()).isEqualTo(1);
    assertThat(inputs.list(filter(vpi, false), BRAZIL, Pageable.unpaged())).isEmpty();
    assertThat(inputs.list(filter(vpi, true), BRAZIL, Pageable.unpaged())).hasSize(1);
    assertThat(inputs.list(filter(vpi, null), CountryScope.of(Set.of("MOZ")), Pageable.unpaged())).isEmpty();
    assertThatThrownBy(() -> inputs.get(id, CountryScope.of(Set.of("MOZ"))))
        .isInstanceOf(RecordNotFoundException.class);
    assertThat(audit.historyOf(RecordType.REVIEW_INPUT, id)).extracting(e -> e.getAction())
        .containsExactly("created", ReviewInputs.RESPONDED);
    assertThat(audit.historyOf(RecordType.REVIEW_INPUT, id).get(1).getChanges())
        .isEqualTo("{\"responseText\":[null,\"Noted; we will reflect it.\"]}");
    assertThat(refusal(() -> inputs.update(id, 1, details(ReviewCluster.cluster2, null, null), BRAZIL, "csobra")))
        .isEqualTo("id: record.reviewInput.answered");
    assertThatThrownBy(() -> inputs.respond(id, 0, "Again", BRAZIL, "govbra"))
        .isInstanceOf(StaleRecordException.class);
  }

  private long vpi(String country) {
    return initiatives.register(new NewInitiative(country, "Review input " + country, "traffickingInPersons",
        "cluster2", "B", LocalDate.parse("2026-10-01"))).id();
  }

  private long milestone(String country, ReviewCluster cluster) {
    long id = calendar.create(country, new MilestoneDetails(cluster, MilestoneKind.SELF_ASSESSMENT_DUE, null, null,
        LocalDate.parse("2027-05-01")), "coordinator").getId();
    entityManager.flush();
    return id;
  }

  private static ReviewInputDetails details(ReviewCluster cluster, Long milestoneId, LocalDate submittedOn) {
    return new ReviewInputDetails(cluster, milestoneId, List.of(" Instituto Sou da Paz", "UnB", " "),
        "Consult NGOs working with victims.", submittedOn);
  }

  private static ReviewInputFilter filter(long vpi, Boolean answered) {
    return new ReviewInputFilter(null, vpi, null, null, answered);
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
