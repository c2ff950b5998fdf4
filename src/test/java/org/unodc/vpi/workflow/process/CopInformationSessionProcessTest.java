package org.unodc.vpi.workflow.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.unodc.vpi.workflow.process.CopInformationSessionProcess.Elements.*;
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
@Deployment(resources = "processes/" + CopInformationSessionProcess.KEY + ".bpmn")
class CopInformationSessionProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessTestSupport.engine();

  @Test
  void shouldPlanThenRecordTheInformationSession() {
    ProcessInstance step = runtimeService().startProcessInstanceByKey(CopInformationSessionProcess.KEY);

    completeAs(step, USER_TASK_PLAN_INFORMATION_SESSION, Roles.COORDINATORS);
    completeAs(step, USER_TASK_RECORD_INFORMATION_SESSION, Roles.COORDINATORS);

    assertThat(step).isEnded().hasPassed(END_EVENT_INFORMATION_SESSION_HELD);
  }
}
