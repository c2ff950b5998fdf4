package org.unodc.vpi.workflow.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.unodc.vpi.workflow.process.EngagementCommitmentProcess.Elements.END_EVENT_CONSULTATIONS_ENDED;
import static org.unodc.vpi.workflow.process.EngagementCommitmentProcess.Elements.GATEWAY_WAIT_FOR_CONSULTATION;
import static org.unodc.vpi.workflow.process.EngagementCommitmentProcess.Elements.USER_TASK_CONSULT_ALLIANCE;
import static org.unodc.vpi.workflow.process.EngagementCommitmentProcess.Elements.USER_TASK_ENTER_REVIEW_CALENDAR;
import static org.unodc.vpi.workflow.process.ProcessTestSupport.completeAs;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.unodc.vpi.calendar.MilestoneKind;
import org.unodc.vpi.calendar.ReviewCalendar;
import org.unodc.vpi.calendar.ReviewMilestone;
import org.unodc.vpi.calendar.WorkingGroup;
import org.unodc.vpi.identity.Roles;
import org.unodc.vpi.workflow.delegate.FindNextMilestoneDelegate;
import org.unodc.vpi.workflow.delegate.MarkMilestoneConsultedDelegate;
import org.unodc.vpi.workflow.engagement.ConsultationSchedule;
import org.unodc.vpi.workflow.process.EngagementCommitmentProcess.Variables;
import org.unodc.vpi.workflow.process.EngagementMenuDecision.Activities;

/**
 * Level B: the Alliance is consulted a lead time (30 days) before each milestone of the review
 * calendar, the consultations follow the calendar when a date moves, and the engine clock is moved
 * instead of waiting. The calendar is a list in memory, queried as the real one is.
 */
@ExtendWith(BpmnAssertOnProcessTestEngine.class)
@Deployment(resources = "processes/" + EngagementCommitmentProcess.KEY + ".bpmn")
class ConsultationProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessTestSupport.engine();

  private final List<ReviewMilestone> calendar = new ArrayList<>();

  @BeforeEach
  void startInJanuaryWithTheCalendarInMemory() {
    move(LocalDate.of(2027, 1, 15));
    ReviewCalendar reviewCalendar = mock(ReviewCalendar.class);
    when(reviewCalendar.upcoming(eq("BRA"), any(), any(), any(), any(), anyInt())).thenAnswer(call -> upcoming(
        call.getArgument(1), call.getArgument(2), call.getArgument(4)));
    Mocks.register("findNextMilestoneDelegate",
        new FindNextMilestoneDelegate(new ConsultationSchedule(reviewCalendar, Period.ofDays(30))));
    Mocks.register("markMilestoneConsultedDelegate", new MarkMilestoneConsultedDelegate());
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void shouldConsultBeforeEachWorkingGroupSessionOfTheFocusAndFollowADateThatMoves() {
    calendar.add(milestone(MilestoneKind.WORKING_GROUP_SESSION, WorkingGroup.traffickingInPersons, "WG TIP April",
        LocalDate.of(2027, 4, 10)));
    calendar.add(milestone(MilestoneKind.WORKING_GROUP_SESSION, WorkingGroup.firearms, "WG firearms", LocalDate.of(2027, 3, 1)));
    calendar.add(milestone(MilestoneKind.WORKING_GROUP_SESSION, WorkingGroup.traffickingInPersons, "WG TIP October",
        LocalDate.of(2027, 10, 10)));
    ProcessInstance consultations = start(Activities.WORKING_GROUP_CONSULTATION, "traffickingInPersons");

    assertThat(consultations).isWaitingAt(GATEWAY_WAIT_FOR_CONSULTATION);
    Assertions.assertThat(timerDay()).as("30 days before 10 April").isEqualTo(LocalDate.of(2027, 3, 11));

    // The session moves to 20 April: the coordinator's change reaches the waiting consultation.
    calendar.set(0, milestone(calendar.get(0).getId(), MilestoneKind.WORKING_GROUP_SESSION,
        WorkingGroup.traffickingInPersons, "WG TIP April", LocalDate.of(2027, 4, 20)));
    calendarChanged();
    Assertions.assertThat(timerDay()).as("moved with the session").isEqualTo(LocalDate.of(2027, 3, 21));

    consultWhenDue(consultations, "2027-04-20");
    Assertions.assertThat(timerDay()).as("then before October's session").isEqualTo(LocalDate.of(2027, 9, 10));
    consultWhenDue(consultations, "2027-10-10");

    assertThat(consultations).isWaitingAt(USER_TASK_ENTER_REVIEW_CALENDAR);
    completeAs(consultations, USER_TASK_ENTER_REVIEW_CALENDAR, Roles.COORDINATORS,
        Map.of(Variables.CALENDAR_ACTION, EngagementCommitmentProcess.Decisions.CONSULTATIONS_END));
    assertThat(consultations).isEnded().hasPassed(END_EVENT_CONSULTATIONS_ENDED);
  }

  @Test
  void shouldConsultBeforeTheSelfAssessmentQuestionnaireIsDue() {
    calendar.add(milestone(MilestoneKind.WORKING_GROUP_SESSION, WorkingGroup.firearms, "WG firearms", LocalDate.of(2027, 3, 1)));
    calendar.add(milestone(MilestoneKind.SELF_ASSESSMENT_DUE, null, "Questionnaire due", LocalDate.of(2027, 5, 1)));

    ProcessInstance consultation = start(Activities.SELF_ASSESSMENT_CONSULTATION, "any");

    assertThat(consultation).isWaitingAt(GATEWAY_WAIT_FOR_CONSULTATION);
    Assertions.assertThat(timerDay()).isEqualTo(LocalDate.of(2027, 4, 1));
    consultWhenDue(consultation, "2027-05-01");
    assertThat(consultation).isWaitingAt(USER_TASK_ENTER_REVIEW_CALENDAR);
  }

  @Test
  void shouldAskTheCoordinatorForTheCalendarAndCloseThatTaskOnceAMilestoneIsEntered() {
    ProcessInstance consultation = start(Activities.WORKING_GROUP_CONSULTATION, "firearms");
    assertThat(consultation).isWaitingAt(USER_TASK_ENTER_REVIEW_CALENDAR);

    calendar.add(milestone(MilestoneKind.WORKING_GROUP_SESSION, WorkingGroup.firearms, "WG firearms", LocalDate.of(2027, 6, 1)));
    calendarChanged();

    assertThat(consultation).isWaitingAt(GATEWAY_WAIT_FOR_CONSULTATION);
    Assertions.assertThat(timerDay()).isEqualTo(LocalDate.of(2027, 5, 2));
  }

  @Test
  void shouldConsultForAMilestoneEnteredLaterThatFallsBeforeOneAlreadyConsultedFor() {
    calendar.add(milestone(MilestoneKind.WORKING_GROUP_SESSION, WorkingGroup.firearms, "June session",
        LocalDate.of(2027, 6, 1)));
    ProcessInstance consultations = start(Activities.WORKING_GROUP_CONSULTATION, "firearms");
    consultWhenDue(consultations, "2027-06-01");
    assertThat(consultations).isWaitingAt(USER_TASK_ENTER_REVIEW_CALENDAR);

    // On 2 May, after the June consultation, a session on 20 May is entered.
    calendar.add(milestone(MilestoneKind.WORKING_GROUP_SESSION, WorkingGroup.firearms, "Extra May session",
        LocalDate.of(2027, 5, 20)));
    calendarChanged();

    assertThat(consultations).isWaitingAt(GATEWAY_WAIT_FOR_CONSULTATION);
    consultWhenDue(consultations, "2027-05-20");
  }

  @Test
  void shouldConsultOnceForEachOfTwoSessionsOnTheSameDay() {
    calendar.add(milestone(MilestoneKind.WORKING_GROUP_SESSION, WorkingGroup.firearms, "Firearms", LocalDate.of(2027, 4, 1)));
    calendar.add(milestone(MilestoneKind.WORKING_GROUP_SESSION, WorkingGroup.smugglingOfMigrants, "Smuggling",
        LocalDate.of(2027, 4, 1)));
    ProcessInstance consultations = start(Activities.WORKING_GROUP_CONSULTATION, WorkingGroup.ANY);

    consultWhenDue(consultations, "2027-04-01");
    consultWhenDue(consultations, "2027-04-01");

    assertThat(consultations).isWaitingAt(USER_TASK_ENTER_REVIEW_CALENDAR);
  }

  @Test
  void shouldFollowTheMilestoneOfAnOpenConsultationWhenItMovesOrIsRemoved() {
    calendar.add(milestone(MilestoneKind.WORKING_GROUP_SESSION, WorkingGroup.firearms, "February session",
        LocalDate.of(2027, 2, 1)));
    calendar.add(milestone(MilestoneKind.WORKING_GROUP_SESSION, WorkingGroup.firearms, "June session",
        LocalDate.of(2027, 6, 1)));
    ProcessInstance consultations = start(Activities.WORKING_GROUP_CONSULTATION, "firearms");
    assertThat(consultations).isWaitingAt(GATEWAY_WAIT_FOR_CONSULTATION);
    execute(job());
    assertThat(consultations).as("less than 30 days ahead: at once").isWaitingAt(USER_TASK_CONSULT_ALLIANCE);
    long february = calendar.get(0).getId();

    // Another milestone of the country changes: the open consultation is left alone.
    runtimeService().createMessageCorrelation(EngagementCommitmentProcess.Messages.milestoneChanged(
        calendar.get(1).getId())).correlateAllWithResult();
    assertThat(consultations).isWaitingAt(USER_TASK_CONSULT_ALLIANCE);

    // Its own session moves to September: the task closes and comes back 30 days before.
    calendar.set(0, milestone(february, MilestoneKind.WORKING_GROUP_SESSION, WorkingGroup.firearms,
        "February session, moved", LocalDate.of(2027, 9, 1)));
    runtimeService().createMessageCorrelation(EngagementCommitmentProcess.Messages.milestoneChanged(february))
        .correlateAllWithResult();
    assertThat(consultations).isWaitingAt(GATEWAY_WAIT_FOR_CONSULTATION);
    Assertions.assertThat(timerDay()).as("the June session comes first now").isEqualTo(LocalDate.of(2027, 5, 2));
  }

  @Test
  void shouldConsultAtOnceForAMilestoneCloserThanTheLeadTime() {
    calendar.add(milestone(MilestoneKind.SELF_ASSESSMENT_DUE, null, "Questionnaire due", LocalDate.of(2027, 1, 25)));

    ProcessInstance consultation = start(Activities.SELF_ASSESSMENT_CONSULTATION, "any");

    assertThat(consultation).isWaitingAt(GATEWAY_WAIT_FOR_CONSULTATION);
    Assertions.assertThat(timerDay()).isEqualTo(LocalDate.of(2027, 1, 15));
  }

  private void consultWhenDue(ProcessInstance consultations, String milestoneDay) {
    assertThat(consultations).isWaitingAt(GATEWAY_WAIT_FOR_CONSULTATION);
    LocalDate due = timerDay();
    move(due);
    execute(job());
    assertThat(consultations).isWaitingAt(USER_TASK_CONSULT_ALLIANCE).variables()
        .containsEntry(Variables.NEXT_MILESTONE_DUE_ON, milestoneDay);
    completeAs(consultations, USER_TASK_CONSULT_ALLIANCE, Roles.GOVERNMENT, Map.of(
        Variables.CONSULTATION_HELD_ON, due.toString(), Variables.CONSULTATION_INPUT, "The Alliance asked for..."));
  }

  private static ProcessInstance start(String activity, String workingGroup) {
    return runtimeService().startProcessInstanceByKey(EngagementCommitmentProcess.KEY, Map.of(
        Variables.ENGAGEMENT_ACTIVITY, activity, VpiInitiativeProcess.Variables.COUNTRY, "BRA",
        VpiInitiativeProcess.Variables.CONSULTED_WORKING_GROUP, workingGroup));
  }

  private static void calendarChanged() {
    runtimeService().createMessageCorrelation(EngagementCommitmentProcess.Messages.REVIEW_CALENDAR_CHANGED)
        .correlateAllWithResult();
  }

  private static LocalDate timerDay() {
    return LocalDate.ofInstant(job().getDuedate().toInstant(), ZoneOffset.UTC);
  }

  private List<ReviewMilestone> upcoming(Set<MilestoneKind> kinds, String workingGroup, LocalDate from) {
    return calendar.stream().filter(m -> kinds.contains(m.getKind()) && !m.getDueOn().isBefore(from))
        .filter(m -> m.getKind() != MilestoneKind.WORKING_GROUP_SESSION || WorkingGroup.ANY.equals(workingGroup)
            || m.getWorkingGroup().name().equals(workingGroup))
        .sorted(Comparator.comparing(ReviewMilestone::getDueOn).thenComparing(ReviewMilestone::getId)).toList();
  }

  private static long ids;

  private static ReviewMilestone milestone(MilestoneKind kind, WorkingGroup group, String title, LocalDate dueOn) {
    return milestone(++ids, kind, group, title, dueOn);
  }

  /** The milestone {@code id}, as the calendar gives it (again, after a change, with the same id). */
  private static ReviewMilestone milestone(long id, MilestoneKind kind, WorkingGroup group, String title,
      LocalDate dueOn) {
    ReviewMilestone milestone = mock(ReviewMilestone.class);
    when(milestone.getId()).thenReturn(id);
    when(milestone.getKind()).thenReturn(kind);
    when(milestone.getWorkingGroup()).thenReturn(group);
    when(milestone.getTitle()).thenReturn(title);
    when(milestone.getDueOn()).thenReturn(dueOn);
    return milestone;
  }

  private static void move(LocalDate day) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(9, 0).toInstant(ZoneOffset.UTC)));
  }
}
