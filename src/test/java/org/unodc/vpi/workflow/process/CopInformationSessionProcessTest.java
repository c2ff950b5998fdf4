package org.unodc.vpi.workflow.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.unodc.vpi.workflow.process.CopInformationSessionProcess.Elements.END_EVENT_INFORMATION_SESSION_HELD;
import static org.unodc.vpi.workflow.process.CopInformationSessionProcess.Elements.GATEWAY_WAIT_FOR_COP_PLANNING;
import static org.unodc.vpi.workflow.process.CopInformationSessionProcess.Elements.USER_TASK_PLAN_INFORMATION_SESSION;
import static org.unodc.vpi.workflow.process.CopInformationSessionProcess.Elements.TIMER_EVENT_SESSION_DAY;
import static org.unodc.vpi.workflow.process.CopInformationSessionProcess.Elements.USER_TASK_RECORD_INFORMATION_SESSION;
import static org.unodc.vpi.workflow.process.ProcessTestSupport.completeAs;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
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
import org.unodc.vpi.identity.Roles;
import org.unodc.vpi.workflow.delegate.FindCopSessionDelegate;
import org.unodc.vpi.workflow.engagement.CopSessionSchedule;
import org.unodc.vpi.workflow.process.CopInformationSessionProcess.Variables;

/** Step 7 is anchored to the country's next COP session in the review calendar, and follows it when it moves. */
@ExtendWith(BpmnAssertOnProcessTestEngine.class)
@Deployment(resources = "processes/" + CopInformationSessionProcess.KEY + ".bpmn")
class CopInformationSessionProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessTestSupport.engine();

  private ReviewMilestone copSession;

  @BeforeEach
  void startInJanuaryWithTheCalendarInMemory() {
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2027, 1, 15).atTime(9, 0).toInstant(ZoneOffset.UTC)));
    ReviewCalendar calendar = mock(ReviewCalendar.class);
    when(calendar.nextMilestone(eq("BRA"), eq(java.util.Set.of(MilestoneKind.COP_SESSION)), any(), any()))
        .thenAnswer(call -> Optional.ofNullable(copSession)
            .filter(s -> !s.getDueOn().isBefore((LocalDate) call.getArgument(3))));
    Mocks.register("findCopSessionDelegate", new FindCopSessionDelegate(
        new CopSessionSchedule(calendar, Period.ofDays(90), Period.ofYears(3))));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void shouldPlanAtOnceWhenTheCalendarHasNoCopSessionAndRecordTheSessionOnceItsDayHasCome() {
    ProcessInstance step = start();

    completeAs(step, USER_TASK_PLAN_INFORMATION_SESSION, Roles.COORDINATORS,
        Map.of(Variables.INFORMATION_SESSION_DATE, "2027-10-14"));
    assertThat(step).as("nothing to record before the session").isWaitingAt(TIMER_EVENT_SESSION_DAY);
    Assertions.assertThat(job().getDuedate().toInstant().atZone(java.time.ZoneId.systemDefault()).toLocalDate())
        .isEqualTo(LocalDate.of(2027, 10, 14));
    execute(job());
    completeAs(step, USER_TASK_RECORD_INFORMATION_SESSION, Roles.COORDINATORS);

    assertThat(step).isEnded().hasPassed(END_EVENT_INFORMATION_SESSION_HELD).hasNotPassed(GATEWAY_WAIT_FOR_COP_PLANNING);
  }

  @Test
  void shouldOpenThePlanningNinetyDaysBeforeTheCopSessionAndFollowItWhenItMoves() {
    copSession = session(LocalDate.of(2027, 10, 12));
    ProcessInstance step = start();

    assertThat(step).isWaitingAt(GATEWAY_WAIT_FOR_COP_PLANNING);
    Assertions.assertThat(timerDay()).isEqualTo(LocalDate.of(2027, 7, 14));

    copSession = session(LocalDate.of(2027, 11, 20));
    runtimeService().createMessageCorrelation(CopInformationSessionProcess.Messages.REVIEW_CALENDAR_CHANGED)
        .correlateAllWithResult();
    assertThat(step).isWaitingAt(GATEWAY_WAIT_FOR_COP_PLANNING);
    Assertions.assertThat(timerDay()).isEqualTo(LocalDate.of(2027, 8, 22));

    execute(job());
    assertThat(step).isWaitingAt(USER_TASK_PLAN_INFORMATION_SESSION).variables()
        .containsEntry(Variables.COP_SESSION, "Eleventh session of the COP")
        .containsEntry(Variables.INFORMATION_SESSION_DATE, "2027-11-20");
  }

  @Test
  void shouldNotWaitForACopSessionBeyondTheNextOne() {
    copSession = session(LocalDate.of(2031, 10, 12));

    assertThat(start()).isWaitingAt(USER_TASK_PLAN_INFORMATION_SESSION);
  }

  private static ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey(CopInformationSessionProcess.KEY,
        Map.of(VpiInitiativeProcess.Variables.COUNTRY, "BRA"));
  }

  private static LocalDate timerDay() {
    return LocalDate.ofInstant(job().getDuedate().toInstant(), ZoneOffset.UTC);
  }

  private static ReviewMilestone session(LocalDate day) {
    ReviewMilestone session = mock(ReviewMilestone.class);
    when(session.getKind()).thenReturn(MilestoneKind.COP_SESSION);
    when(session.getTitle()).thenReturn("Eleventh session of the COP");
    when(session.getDueOn()).thenReturn(day);
    return session;
  }
}
