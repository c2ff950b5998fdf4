package org.unodc.vpi.workflow.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.unodc.vpi.workflow.process.PriorityReviewProcess.Elements.*;
import static org.unodc.vpi.workflow.process.PriorityReviewProcess.Variables.*;
import static org.unodc.vpi.workflow.process.ProcessTestSupport.completeAs;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.unodc.vpi.identity.Roles;

@ExtendWith(BpmnAssertOnProcessTestEngine.class)
@Deployment(resources = "processes/priority-review.bpmn")
class PriorityReviewProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessTestSupport.engine();

  @Test
  void shouldEndWhenTheGovernmentApprovesThePriorities() {
    ProcessInstance review = start();

    completeAs(review, USER_TASK_REVIEW_PRIORITIES, Roles.GOVERNMENT, approve());

    assertThat(review).isEnded().hasPassed(END_EVENT_PRIORITIES_APPROVED).hasNotPassed(USER_TASK_REVISE_PRIORITIES);
  }

  @Test
  void shouldReturnPrioritiesToCivilSocietyTwiceBeforeTheGovernmentApproves() {
    ProcessInstance review = start();

    for (int round = 1; round <= 2; round++) {
      completeAs(review, USER_TASK_REVIEW_PRIORITIES, Roles.GOVERNMENT, Map.of(
          PRIORITY_DECISION, PriorityReviewProcess.Decisions.RETURNED,
          PRIORITY_REVIEW_COMMENTS, "Round " + round + ": please be more specific"));
      assertThat(review).isWaitingAt(USER_TASK_REVISE_PRIORITIES)
          .variables().containsEntry(PRIORITY_REVIEW_COMMENTS, "Round " + round + ": please be more specific");
      completeAs(review, USER_TASK_REVISE_PRIORITIES, Roles.CIVIL_SOCIETY,
          Map.of(PRIORITIES, "Revised priorities, version " + (round + 1)));
      // A new review starts without the previous round's decision pre-selected.
      assertThat(review).isWaitingAt(USER_TASK_REVIEW_PRIORITIES).variables().doesNotContainKey(PRIORITY_DECISION);
    }
    completeAs(review, USER_TASK_REVIEW_PRIORITIES, Roles.GOVERNMENT, approve());

    assertThat(review).isEnded().hasPassed(END_EVENT_PRIORITIES_APPROVED)
        .variables().containsEntry(PRIORITIES, "Revised priorities, version 3");
    assertThat(review).hasPassedInOrder(USER_TASK_REVIEW_PRIORITIES, USER_TASK_REVISE_PRIORITIES,
        USER_TASK_REVIEW_PRIORITIES, USER_TASK_REVISE_PRIORITIES, USER_TASK_REVIEW_PRIORITIES);
  }

  private static Map<String, Object> approve() {
    return Map.of(PRIORITY_DECISION, PriorityReviewProcess.Decisions.APPROVED);
  }

  private static ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey(PriorityReviewProcess.KEY,
        Map.of(PRIORITIES, "1. Victim support\n2. Consultation on the self-assessment"));
  }
}
