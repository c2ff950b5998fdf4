package org.unodc.vpi.workflow.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.unodc.vpi.workflow.process.VpiMeetingProcess.Elements.*;
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
@Deployment(resources = "processes/" + VpiMeetingProcess.KEY + ".bpmn")
class VpiMeetingProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessTestSupport.engine();

  @Test
  void shouldScheduleTheMeetingHaveTheGovernmentConfirmHostingAndRecordTheActionPlan() {
    ProcessInstance step = runtimeService().startProcessInstanceByKey(VpiMeetingProcess.KEY);

    completeAs(step, USER_TASK_SCHEDULE_VPI_MEETING, Roles.COORDINATORS);
    completeAs(step, USER_TASK_CONFIRM_MEETING_HOSTING, Roles.GOVERNMENT);
    completeAs(step, USER_TASK_RECORD_ACTION_PLAN, Roles.COORDINATORS);

    assertThat(step).isEnded().hasPassed(END_EVENT_ACTION_PLAN_AGREED);
  }
}
