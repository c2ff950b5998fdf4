package org.unodc.vpi.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Pageable;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.unodc.vpi.record.AuditTrail;
import org.unodc.vpi.record.CountryScope;
import org.unodc.vpi.record.InvalidRecordException;
import org.unodc.vpi.record.RecordNotFoundException;
import org.unodc.vpi.record.RecordType;
import org.unodc.vpi.record.StaleRecordException;

/** The review calendar on the Flyway schema: the next milestone, the working-group rule, events, audit. */
@DataJpaTest
@ImportAutoConfiguration(JacksonAutoConfiguration.class)
@Import({ReviewCalendar.class, AuditTrail.class})
@RecordApplicationEvents
class ReviewCalendarTest {

  private static final Set<MilestoneKind> SESSIONS = Set.of(MilestoneKind.WORKING_GROUP_SESSION);
  private static final CountryScope BRAZIL = CountryScope.of(Set.of("BRA"));

  @Autowired ReviewCalendar calendar;
  @Autowired AuditTrail audit;
  @Autowired EntityManager entityManager;
  @Autowired ApplicationEvents events;

  @Test
  void shouldPickTheEarliestMilestoneOnOrAfterTheDayOfTheKindsAndWorkingGroupAsked() {
    add("MOZ", MilestoneKind.WORKING_GROUP_SESSION, WorkingGroup.firearms, "2027-01-10");
    long cop = add("BRA", MilestoneKind.COP_SESSION, null, "2027-10-12");
    long trafficking = add("BRA", MilestoneKind.WORKING_GROUP_SESSION, WorkingGroup.traffickingInPersons,
        "2027-05-20");
    long firearms = add("BRA", MilestoneKind.WORKING_GROUP_SESSION, WorkingGroup.firearms, "2027-04-10");
    long questionnaire = add("BRA", MilestoneKind.SELF_ASSESSMENT_DUE, null, "2027-03-01");
    long sameDayQuestionnaire = add("BRA", MilestoneKind.SELF_ASSESSMENT_DUE, null, "2027-03-01");

    assertThat(next(SESSIONS, WorkingGroup.ANY, "2027-01-01")).contains(firearms);
    assertThat(next(SESSIONS, null, "2027-01-01")).as("null is any working group").contains(firearms);
    assertThat(next(SESSIONS, "traffickingInPersons", "2027-01-01")).contains(trafficking);
    assertThat(next(SESSIONS, "firearms", "2027-04-10")).as("due on the day itself").contains(firearms);
    assertThat(next(SESSIONS, "firearms", "2027-04-11")).isEmpty();
    assertThat(next(SESSIONS, "smugglingOfMigrants", "2027-01-01")).isEmpty();
    assertThat(next(Set.of(MilestoneKind.SELF_ASSESSMENT_DUE), WorkingGroup.ANY, "2027-01-01"))
        .as("the first entered of two on one day").contains(questionnaire);
    assertThat(sameDayQuestionnaire).isGreaterThan(questionnaire);
    assertThat(next(Set.of(MilestoneKind.COP_SESSION, MilestoneKind.SELF_ASSESSMENT_DUE), "firearms",
        "2027-03-02")).as("a working group does not filter other kinds").contains(cop);
    assertThat(next(Set.of(MilestoneKind.values()), "technicalAssistance", "2027-01-01")).contains(questionnaire);
    assertThat(next(Set.of(), WorkingGroup.ANY, "2027-01-01")).isEmpty();
    assertThat(calendar.nextMilestone("ARG", SESSIONS, WorkingGroup.ANY, LocalDate.parse("2027-01-01"))).isEmpty();
    assertThatThrownBy(() -> next(SESSIONS, "corruption", "2027-01-01"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("traffickingInPersons");
  }

  @Test
  void shouldListTheMilestonesAheadOfOneClusterEarliestFirst() {
    long later = add("BRA", MilestoneKind.WORKING_GROUP_SESSION, WorkingGroup.firearms, "2027-09-01");
    long earlier = add("BRA", MilestoneKind.WORKING_GROUP_SESSION, WorkingGroup.firearms, "2027-04-01");
    long sameDay = add("BRA", MilestoneKind.WORKING_GROUP_SESSION, WorkingGroup.smugglingOfMigrants, "2027-04-01");
    calendar.create("BRA", new MilestoneDetails(ReviewCluster.cluster1, MilestoneKind.WORKING_GROUP_SESSION,
        WorkingGroup.firearms, null, LocalDate.parse("2027-03-01")), "coordinator");
    entityManager.flush();

    assertThat(calendar.upcoming("BRA", SESSIONS, WorkingGroup.ANY, ReviewCluster.cluster4, LocalDate.parse("2027-01-01"), 10))
        .extracting(ReviewMilestone::getId).containsExactly(earlier, sameDay, later);
    assertThat(calendar.upcoming("BRA", SESSIONS, "firearms", ReviewCluster.cluster4, LocalDate.parse("2027-04-02"), 10))
        .extracting(ReviewMilestone::getId).containsExactly(later);
    assertThat(calendar.upcoming("BRA", SESSIONS, WorkingGroup.ANY, null, LocalDate.parse("2027-01-01"), 2))
        .as("every cluster, at most two").hasSize(2).extracting(ReviewMilestone::getDueOn)
        .containsExactly(LocalDate.parse("2027-03-01"), LocalDate.parse("2027-04-01"));
  }

  @Test
  void shouldMoveTheNextMilestoneWhenItsDateMoves() {
    long firearms = add("BRA", MilestoneKind.WORKING_GROUP_SESSION, WorkingGroup.firearms, "2027-04-10");
    long trafficking = add("BRA", MilestoneKind.WORKING_GROUP_SESSION, WorkingGroup.traffickingInPersons,
        "2027-05-20");

    calendar.update(firearms, 0, details(MilestoneKind.WORKING_GROUP_SESSION, WorkingGroup.firearms, "2027-06-01"),
        BRAZIL, "coordinator");

    assertThat(next(SESSIONS, WorkingGroup.ANY, "2027-01-01")).contains(trafficking);
  }

  @Test
  void shouldAnnounceEveryChangeWithThePreviousAndTheNewDate() {
    long id = add("BRA", MilestoneKind.COP_SESSION, null, "2027-10-12");
    calendar.update(id, 0, details(MilestoneKind.COP_SESSION, null, "2027-10-19"), BRAZIL, "coordinator");
    entityManager.flush();
    calendar.delete(id, 1, BRAZIL, "coordinator");

    assertThat(events.stream(MilestoneChanged.class)).containsExactly(
        new MilestoneChanged(id, "BRA", MilestoneKind.COP_SESSION, null, LocalDate.parse("2027-10-12")),
        new MilestoneChanged(id, "BRA", MilestoneKind.COP_SESSION, LocalDate.parse("2027-10-12"),
            LocalDate.parse("2027-10-19")),
        new MilestoneChanged(id, "BRA", MilestoneKind.COP_SESSION, LocalDate.parse("2027-10-19"), null));
    assertThat(audit.historyOf(RecordType.REVIEW_MILESTONE, id)).extracting(e -> e.getAction())
        .containsExactly("created", "updated", ReviewCalendar.DELETED);
    assertThat(audit.historyOf(RecordType.REVIEW_MILESTONE, id).get(1).getChanges())
        .isEqualTo("{\"dueOn\":[\"2027-10-12\",\"2027-10-19\"]}");
  }

  @Test
  void shouldRequireAWorkingGroupForASessionOnlyAndRefuseAStaleVersion() {
    assertThatThrownBy(() -> add("BRA", MilestoneKind.WORKING_GROUP_SESSION, null, "2027-04-10"))
        .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.problems()).singleElement()
            .satisfies(p -> assertThat(p.field()).isEqualTo("workingGroup")));
    assertThatThrownBy(() -> add("BRA", MilestoneKind.SELF_ASSESSMENT_DUE, WorkingGroup.firearms, "2027-04-10"))
        .isInstanceOf(InvalidRecordException.class);
    long id = add("BRA", MilestoneKind.COP_SESSION, null, "2027-10-12");
    calendar.update(id, 0, details(MilestoneKind.COP_SESSION, null, "2027-10-19"), BRAZIL, "coordinator");
    entityManager.flush();

    assertThatThrownBy(() -> calendar.update(id, 0, details(MilestoneKind.COP_SESSION, null, "2027-11-01"), BRAZIL,
        "coordinator")).isInstanceOf(StaleRecordException.class);
    assertThatThrownBy(() -> calendar.get(id, CountryScope.of(Set.of("MOZ"))))
        .isInstanceOf(RecordNotFoundException.class);
    assertThat(calendar.list(new MilestoneFilter(null, null, null), CountryScope.of(Set.of("MOZ")), Pageable.unpaged()))
        .isEmpty();
    assertThat(calendar.get(id, BRAZIL).getDueOn()).isEqualTo(LocalDate.parse("2027-10-19"));
    assertThat(events.stream(MilestoneChanged.class)).hasSize(2);
  }

  private long add(String country, MilestoneKind kind, WorkingGroup group, String dueOn) {
    long id = calendar.create(country, details(kind, group, dueOn), "coordinator").getId();
    entityManager.flush();
    return id;
  }

  private static MilestoneDetails details(MilestoneKind kind, WorkingGroup group, String dueOn) {
    return new MilestoneDetails(ReviewCluster.cluster4, kind, group, null, LocalDate.parse(dueOn));
  }

  private Optional<Long> next(Set<MilestoneKind> kinds, String workingGroup, String onOrAfter) {
    return calendar.nextMilestone("BRA", kinds, workingGroup, LocalDate.parse(onOrAfter)).map(ReviewMilestone::getId);
  }
}
