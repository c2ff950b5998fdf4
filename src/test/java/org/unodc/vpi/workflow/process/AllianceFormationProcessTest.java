package org.unodc.vpi.workflow.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.unodc.vpi.workflow.process.AllianceFormationProcess.Elements.*;
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
@Deployment(resources = "processes/" + AllianceFormationProcess.KEY + ".bpmn")
class AllianceFormationProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessTestSupport.engine();

  @Test
  void shouldHaveCivilSocietyProposeMembersThenTheCoordinatorConfirmTheAlliance() {
    ProcessInstance step = runtimeService().startProcessInstanceByKey(AllianceFormationProcess.KEY);

    completeAs(step, USER_TASK_PROPOSE_ALLIANCE_MEMBERS, Roles.CIVIL_SOCIETY);
    completeAs(step, USER_TASK_CONFIRM_ALLIANCE_ESTABLISHED, Roles.COORDINATORS);

    assertThat(step).isEnded().hasPassed(END_EVENT_ALLIANCE_ESTABLISHED);
  }
}
