package org.unodc.vpi.workflow.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.unodc.vpi.workflow.process.GovernmentPlanningMeetingProcess.Elements.*;
import static org.unodc.vpi.workflow.process.ProcessTestSupport.completeAs;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.unodc.vpi.identity.Roles;

@ExtendWith(BpmnAssertOnProcessTestEngine.class)
@Deployment(resources = "processes/" + GovernmentPlanningMeetingProcess.KEY + ".bpmn")
class GovernmentPlanningMeetingProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessTestSupport.engine();

  @Test
  void shouldScheduleTheMeetingCollectTheGovernmentsEntryPointsAndRecordTheOutcome() {
    ProcessInstance step = runtimeService().startProcessInstanceByKey(GovernmentPlanningMeetingProcess.KEY);

    completeAs(step, USER_TASK_SCHEDULE_GOVERNMENT_PLANNING_MEETING, Roles.COORDINATORS);
    completeAs(step, USER_TASK_SHARE_ENTRY_POINTS, Roles.GOVERNMENT);
    completeAs(step, USER_TASK_RECORD_GOVERNMENT_MEETING_OUTCOME, Roles.COORDINATORS);

    assertThat(step).isEnded().hasPassed(END_EVENT_GOVERNMENT_MEETING_HELD);
  }
}
