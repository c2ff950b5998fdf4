package org.unodc.vpi.workflow.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.unodc.vpi.workflow.process.StakeholderIdentificationProcess.Elements.*;
import static org.unodc.vpi.workflow.process.ProcessTestSupport.completeAs;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.unodc.vpi.identity.Roles;

@Deployment(resources = "processes/" + StakeholderIdentificationProcess.KEY + ".bpmn")
class StakeholderIdentificationProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessTestSupport.engine();

  // Other test classes in the same JVM may leave a Spring engine registered: name this one.
  @BeforeEach
  void useThisClassEngine() {
    BpmnAwareTests.init(engine.getProcessEngine());
  }

  @AfterEach
  void forgetThisClassEngine() {
    BpmnAwareTests.reset();
  }

  @Test
  void shouldHaveCoordinatorIdentifyStakeholdersThenCivilSocietyNominateItsFocalPoint() {
    ProcessInstance step = runtimeService().startProcessInstanceByKey(StakeholderIdentificationProcess.KEY);

    completeAs(step, USER_TASK_IDENTIFY_STAKEHOLDERS, Roles.COORDINATORS);
    completeAs(step, USER_TASK_NOMINATE_FOCAL_POINT, Roles.CIVIL_SOCIETY);

    assertThat(step).isEnded().hasPassed(END_EVENT_STAKEHOLDERS_IDENTIFIED);
  }
}
