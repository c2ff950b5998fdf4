package org.unodc.vpi.workflow.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.unodc.vpi.workflow.process.EngagementCommitmentProcess.Elements.END_EVENT_COMMITMENT_CARRIED_OUT;
import static org.unodc.vpi.workflow.process.EngagementCommitmentProcess.Elements.TIMER_EVENT_NEXT_COUNCIL_MEETING;
import static org.unodc.vpi.workflow.process.EngagementCommitmentProcess.Elements.USER_TASK_CONFIRM_WHATS_ON_UPLOAD;
import static org.unodc.vpi.workflow.process.EngagementCommitmentProcess.Elements.USER_TASK_HOLD_COUNCIL_MEETING;
import static org.unodc.vpi.workflow.process.EngagementCommitmentProcess.Elements.USER_TASK_RECORD_COMMITMENT;
import static org.unodc.vpi.workflow.process.EngagementCommitmentProcess.Variables.COUNCIL_CONTINUES;
import static org.unodc.vpi.workflow.process.EngagementCommitmentProcess.Variables.COUNCIL_MEETING_DATE;
import static org.unodc.vpi.workflow.process.EngagementCommitmentProcess.Variables.ENGAGEMENT_ACTIVITY;
import static org.unodc.vpi.workflow.process.ProcessTestSupport.completeAs;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
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
import org.unodc.vpi.identity.Roles;
import org.unodc.vpi.workflow.engagement.CouncilSchedule;
import org.unodc.vpi.workflow.process.EngagementMenuDecision.Activities;

/** One commitment of the menu of options, carried out: WhatsOn, the Advisory Council's cycle, any other. */
@ExtendWith(BpmnAssertOnProcessTestEngine.class)
@Deployment(resources = "processes/" + EngagementCommitmentProcess.KEY + ".bpmn")
class EngagementCommitmentProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessTestSupport.engine();

  private static final LocalDate JANUARY = LocalDate.of(2027, 1, 15);

  @BeforeEach
  void startInJanuary() {
    move(JANUARY);
    Mocks.register("councilSchedule", new CouncilSchedule(Period.ofMonths(5)));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void shouldAskTheCoordinatorToConfirmTheWhatsOnUpload() {
    ProcessInstance commitment = start(Activities.WHATS_ON_INCLUSION);

    completeAs(commitment, USER_TASK_CONFIRM_WHATS_ON_UPLOAD, Roles.COORDINATORS);

    assertThat(commitment).isEnded().hasPassed(END_EVENT_COMMITMENT_CARRIED_OUT)
        .hasNotPassed(USER_TASK_RECORD_COMMITMENT, USER_TASK_HOLD_COUNCIL_MEETING);
  }

  @Test
  void shouldHaveAnyOtherActivityRecordedByACoordinator() {
    ProcessInstance commitment = start(Activities.COP_DELEGATION_MEMBERS);

    completeAs(commitment, USER_TASK_RECORD_COMMITMENT, Roles.COORDINATORS);

    assertThat(commitment).isEnded().hasNotPassed(USER_TASK_CONFIRM_WHATS_ON_UPLOAD, USER_TASK_HOLD_COUNCIL_MEETING);
  }

  @Test
  void shouldHoldTheAdvisoryCouncilAtLeastTwiceAYearUntilItEnds() {
    ProcessInstance council = start(Activities.ADVISORY_COUNCIL);
    List<LocalDate> meetings = new ArrayList<>();

    // Each meeting is held on the day its task opens; the next task opens five months after it.
    for (int meeting = 0; meeting < 3; meeting++) {
      LocalDate heldOn = today();
      meetings.add(heldOn);
      completeAs(council, USER_TASK_HOLD_COUNCIL_MEETING, Roles.COORDINATORS,
          Map.of(COUNCIL_MEETING_DATE, heldOn.toString(), COUNCIL_CONTINUES, "yes"));
      assertThat(council).isWaitingAt(TIMER_EVENT_NEXT_COUNCIL_MEETING);
      Date due = job().getDuedate();
      Assertions.assertThat(LocalDate.ofInstant(due.toInstant(), ZoneOffset.UTC)).isEqualTo(heldOn.plusMonths(5));
      move(LocalDate.ofInstant(due.toInstant(), ZoneOffset.UTC));
      execute(job());
      assertThat(council).isWaitingAt(USER_TASK_HOLD_COUNCIL_MEETING);
    }
    completeAs(council, USER_TASK_HOLD_COUNCIL_MEETING, Roles.COORDINATORS,
        Map.of(COUNCIL_MEETING_DATE, today().toString(), COUNCIL_CONTINUES, "no"));

    assertThat(council).isEnded().hasPassed(END_EVENT_COMMITMENT_CARRIED_OUT);
    Assertions.assertThat(meetings).as("meetings within the first year")
        .filteredOn(day -> day.isBefore(JANUARY.plusYears(1))).hasSizeGreaterThanOrEqualTo(2);
  }

  private static ProcessInstance start(String activity) {
    return runtimeService().startProcessInstanceByKey(EngagementCommitmentProcess.KEY,
        Map.of(ENGAGEMENT_ACTIVITY, activity));
  }

  private static LocalDate today() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.UTC);
  }

  private static void move(LocalDate day) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(9, 0).toInstant(ZoneOffset.UTC)));
  }
}
