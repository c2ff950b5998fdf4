package org.unodc.vpi.taskforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Pageable;
import org.unodc.vpi.initiative.InitiativeRegister;
import org.unodc.vpi.initiative.NewInitiative;
import org.unodc.vpi.meeting.MeetingBook;
import org.unodc.vpi.meeting.MeetingDetails;
import org.unodc.vpi.meeting.MeetingKind;
import org.unodc.vpi.record.AuditTrail;
import org.unodc.vpi.record.CountryScope;
import org.unodc.vpi.record.InvalidRecordException;
import org.unodc.vpi.record.RecordNotFoundException;
import org.unodc.vpi.record.RecordType;
import org.unodc.vpi.record.StaleRecordException;

/** Task forces on the Flyway schema: both sides on every change, their own meetings, audit, scope. */
@DataJpaTest
@ImportAutoConfiguration(JacksonAutoConfiguration.class)
@Import({TaskForces.class, MeetingBook.class, AuditTrail.class, InitiativeRegister.class})
class TaskForcesTest {

  private static final CountryScope BRAZIL = CountryScope.of(Set.of("BRA"));
  private static final TaskForceMember OFFICIAL = new TaskForceMember("Carla", "Ministry of Justice",
      MemberSide.GOVERNMENT);
  private static final TaskForceMember RESEARCHER = new TaskForceMember("Ana", "Instituto Sou da Paz",
      MemberSide.NON_GOVERNMENTAL);

  @Autowired TaskForces taskForces;
  @Autowired MeetingBook meetings;
  @Autowired InitiativeRegister initiatives;
  @Autowired AuditTrail audit;
  @Autowired EntityManager entityManager;

  @Test
  void shouldNameEachMissingSide() {
    assertThat(problems(List.of(OFFICIAL))).containsExactly(tuple("members",
        "record.taskForce.nonGovernmentalMemberNeeded"));
    assertThat(problems(List.of(RESEARCHER, RESEARCHER))).containsExactly(tuple("members",
        "record.taskForce.governmentMemberNeeded"));
    assertThat(problems(List.of())).containsExactly(
        tuple("members", "record.taskForce.governmentMemberNeeded"),
        tuple("members", "record.taskForce.nonGovernmentalMemberNeeded"));
    TaskForces.check(details(List.of(RESEARCHER, OFFICIAL)));
  }

  @Test
  void shouldStoreMembersInOrderAuditEveryChangeAndKeepToItsCountry() {
    long vpi = vpi("BRA");
    long id = taskForces.create("BRA", vpi, details(List.of(OFFICIAL, RESEARCHER)), "govbra").getId();
    entityManager.flush();
    entityManager.clear();

    taskForces.update(id, 0, details(List.of(RESEARCHER, OFFICIAL)), BRAZIL, "csobra");
    entityManager.flush();
    entityManager.clear();

    TaskForce stored = taskForces.get(id, BRAZIL);
    assertThat(stored.getMembers()).extracting(TaskForceMember::getName).containsExactly("Ana", "Carla");
    assertThat(stored.getVersion()).isEqualTo(1);
    assertThat(audit.historyOf(RecordType.TASK_FORCE, id)).extracting(e -> e.getAction(), e -> e.getChangedBy())
        .containsExactly(tuple("created", "govbra"), tuple("updated", "csobra"));
    assertThatThrownBy(() -> taskForces.update(id, 0, details(List.of(OFFICIAL, RESEARCHER)), BRAZIL, "govbra"))
        .isInstanceOf(StaleRecordException.class);
    assertThatThrownBy(() -> taskForces.update(id, 1, details(List.of(OFFICIAL)), BRAZIL, "govbra"))
        .isInstanceOf(InvalidRecordException.class);
    assertThatThrownBy(() -> taskForces.get(id, CountryScope.of(Set.of("MOZ"))))
        .isInstanceOf(RecordNotFoundException.class);
    assertThat(taskForces.list(new TaskForceFilter(null, vpi), CountryScope.of(Set.of("MOZ")), Pageable.unpaged()))
        .isEmpty();
    assertThat(taskForces.list(new TaskForceFilter("BRA", vpi), CountryScope.everyCountry(), Pageable.unpaged()))
        .extracting(TaskForce::getId).containsExactly(id);
  }

  @Test
  void shouldLinkOnlyTaskForceMeetingsOfItsOwnVpiAndEachToOneTaskForce() {
    long vpi = vpi("BRA");
    long id = taskForces.create("BRA", vpi, details(List.of(OFFICIAL, RESEARCHER)), "govbra").getId();
    long other = taskForces.create("BRA", vpi, details(List.of(OFFICIAL, RESEARCHER)), "govbra").getId();
    long meeting = meeting(vpi, MeetingKind.TASK_FORCE, 10);
    long earlier = meeting(vpi, MeetingKind.TASK_FORCE, 3);
    long vpiMeeting = meeting(vpi, MeetingKind.VPI_MEETING, 10);
    long otherVpisMeeting = meeting(vpi("BRA"), MeetingKind.TASK_FORCE, 10);
    entityManager.flush();

    taskForces.linkMeeting(id, 0, meeting, BRAZIL, "govbra");
    entityManager.flush();
    taskForces.linkMeeting(id, 1, earlier, BRAZIL, "csobra");
    entityManager.flush();
    entityManager.clear();

    TaskForce stored = taskForces.get(id, BRAZIL);
    assertThat(stored.getMeetingIds()).containsExactlyInAnyOrder(meeting, earlier);
    assertThat(taskForces.meetingsOf(stored, BRAZIL)).extracting(m -> m.getId()).containsExactly(earlier, meeting);
    assertThat(refusal(() -> taskForces.linkMeeting(id, 2, vpiMeeting, BRAZIL, "govbra")))
        .isEqualTo("record.taskForce.meetingNotTaskForce");
    assertThat(refusal(() -> taskForces.linkMeeting(id, 2, otherVpisMeeting, BRAZIL, "govbra")))
        .isEqualTo("record.taskForce.meetingNotOfThisInitiative");
    assertThat(refusal(() -> taskForces.linkMeeting(id, 2, 999_999_999L, BRAZIL, "govbra")))
        .isEqualTo("record.taskForce.meetingNotOfThisInitiative");
    assertThat(refusal(() -> taskForces.linkMeeting(other, 0, meeting, BRAZIL, "govbra")))
        .isEqualTo("record.taskForce.meetingOfAnother");
    assertThat(audit.historyOf(RecordType.TASK_FORCE, id).get(2).getChanges())
        .isEqualTo("{\"meetingIds\":[[" + meeting + "],[" + Math.min(meeting, earlier) + ","
            + Math.max(meeting, earlier) + "]]}");

    taskForces.unlinkMeeting(id, 2, meeting, BRAZIL, "govbra");
    entityManager.flush();
    assertThat(refusal(() -> taskForces.unlinkMeeting(id, 3, meeting, BRAZIL, "govbra")))
        .isEqualTo("record.taskForce.meetingNotLinked");
    taskForces.linkMeeting(other, 0, meeting, BRAZIL, "govbra");
    entityManager.flush();
    assertThat(taskForces.get(other, BRAZIL).getMeetingIds()).containsExactly(meeting);
  }

  private long vpi(String country) {
    return initiatives.register(new NewInitiative(country, "Task forces " + country, "traffickingInPersons",
        "cluster2", "B", LocalDate.parse("2026-10-01"))).id();
  }

  private long meeting(long vpi, MeetingKind kind, int day) {
    return meetings.create("BRA", vpi, new MeetingDetails(kind,
        ZonedDateTime.parse("2027-03-" + String.format("%02d", day) + "T10:00:00-03:00[America/Sao_Paulo]"),
        "Brasília", null, null, null, null, null, null), "govbra").getId();
  }

  private static TaskForceDetails details(List<TaskForceMember> members) {
    return new TaskForceDetails("Victim protection", "Protection of victims of trafficking", members);
  }

  private static List<org.assertj.core.groups.Tuple> problems(List<TaskForceMember> members) {
    try {
      TaskForces.check(details(members));
      return List.of();
    } catch (InvalidRecordException e) {
      return e.problems().stream().map(p -> tuple(p.field(), p.messageKey())).toList();
    }
  }

  private static String refusal(Runnable call) {
    try {
      call.run();
      return "accepted";
    } catch (InvalidRecordException e) {
      return e.problems().get(0).messageKey();
    }
  }
}
