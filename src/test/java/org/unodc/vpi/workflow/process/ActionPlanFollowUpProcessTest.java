package org.unodc.vpi.workflow.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.unodc.vpi.workflow.process.ActionPlanFollowUpProcess.Elements.*;
import static org.unodc.vpi.workflow.process.ActionPlanFollowUpProcess.Variables.*;
import static org.unodc.vpi.workflow.process.ProcessTestSupport.completeAs;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.unodc.vpi.identity.Roles;

@ExtendWith(BpmnAssertOnProcessTestEngine.class)
@Deployment(resources = "processes/action-plan-follow-up.bpmn")
class ActionPlanFollowUpProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessTestSupport.engine();

  @Test
  void shouldAskBothSidesForProgressAndCloseWhenTheCoordinatorClosesThePlan() {
    ProcessInstance followUp = runtimeService().startProcessInstanceByKey(ActionPlanFollowUpProcess.KEY);

    reportProgress(followUp);
    completeAs(followUp, USER_TASK_REVIEW_ACTION_PLAN_PROGRESS, Roles.COORDINATORS,
        Map.of(ACTION_PLAN_DECISION, ActionPlanFollowUpProcess.Decisions.CLOSE));

    assertThat(followUp).isEnded().hasPassed(END_EVENT_ACTION_PLAN_CLOSED).hasNotPassed(TIMER_EVENT_NEXT_PROGRESS_ROUND);
  }

  @Test
  void shouldStartANewProgressRoundThreeMonthsAfterTheCoordinatorContinues() {
    ProcessInstance followUp = runtimeService().startProcessInstanceByKey(ActionPlanFollowUpProcess.KEY);
    reportProgress(followUp);

    completeAs(followUp, USER_TASK_REVIEW_ACTION_PLAN_PROGRESS, Roles.COORDINATORS,
        Map.of(ACTION_PLAN_DECISION, ActionPlanFollowUpProcess.Decisions.CONTINUE));

    assertThat(followUp).isWaitingAt(TIMER_EVENT_NEXT_PROGRESS_ROUND);
    Instant due = job().getDuedate().toInstant();
    Assertions.assertThat(Duration.between(Instant.now(), due)).isBetween(Duration.ofDays(88), Duration.ofDays(93));
    execute(job());
    reportProgress(followUp);
    assertThat(followUp).isWaitingAt(USER_TASK_REVIEW_ACTION_PLAN_PROGRESS)
        .variables().doesNotContainKey(ACTION_PLAN_DECISION);
    completeAs(followUp, USER_TASK_REVIEW_ACTION_PLAN_PROGRESS, Roles.COORDINATORS,
        Map.of(ACTION_PLAN_DECISION, ActionPlanFollowUpProcess.Decisions.CLOSE));
    assertThat(followUp).isEnded();
  }

  private static void reportProgress(ProcessInstance followUp) {
    assertThat(followUp).isWaitingAt(USER_TASK_REPORT_CIVIL_SOCIETY_PROGRESS, USER_TASK_REPORT_GOVERNMENT_PROGRESS);
    completeAs(followUp, USER_TASK_REPORT_CIVIL_SOCIETY_PROGRESS, Roles.CIVIL_SOCIETY,
        Map.of(CIVIL_SOCIETY_PROGRESS, "Training held", CIVIL_SOCIETY_PERCENT_COMPLETE, 40));
    completeAs(followUp, USER_TASK_REPORT_GOVERNMENT_PROGRESS, Roles.GOVERNMENT,
        Map.of(GOVERNMENT_PROGRESS, "Consultation held", GOVERNMENT_PERCENT_COMPLETE, 50));
  }
}
