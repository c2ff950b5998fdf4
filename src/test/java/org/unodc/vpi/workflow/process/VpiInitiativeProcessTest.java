package org.unodc.vpi.workflow.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.unodc.vpi.workflow.process.ProcessTestSupport.completeAs;
import static org.unodc.vpi.workflow.process.VpiInitiativeProcess.Elements.*;
import static org.unodc.vpi.workflow.process.VpiInitiativeProcess.Variables.*;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.unodc.vpi.identity.Roles;
import org.unodc.vpi.workflow.engagement.EngagementMenu;

/**
 * The main VPI process on its own: every step's sub-process is replaced by a stub that ends at
 * once, so the tests follow only the main flow (each sub-process has its own test class).
 */
@ExtendWith(BpmnAssertOnProcessTestEngine.class)
@Deployment(resources = "processes/vpi-initiative.bpmn")
class VpiInitiativeProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessTestSupport.engine();

  static final List<String> STEPS = List.of(
      StakeholderIdentificationProcess.KEY, GovernmentPlanningMeetingProcess.KEY,
      StakeholderPlanningMeetingProcess.KEY, PriorityReviewProcess.KEY, VpiMeetingProcess.KEY,
      ResultsReportProcess.KEY, CopInformationSessionProcess.KEY, AllianceFormationProcess.KEY,
      ActionPlanFollowUpProcess.KEY, EngagementCommitmentProcess.KEY);

  private final JavaDelegate registerInitiative = mock(JavaDelegate.class);
  private final JavaDelegate closeInitiative = mock(JavaDelegate.class);
  private final JavaDelegate chooseEngagementActivities = mock(JavaDelegate.class);
  private final EngagementMenu engagementMenu = mock(EngagementMenu.class);
  private String stubDeployment;

  @BeforeEach
  void deployStubStepsAndMockDelegates() throws Exception {
    var deployment = repository().createDeployment().name("stub steps");
    for (String key : STEPS) {
      deployment.addModelInstance(key + ".bpmn", Bpmn.createExecutableProcess(key)
          .camundaHistoryTimeToLive(1).startEvent().endEvent().done());
    }
    stubDeployment = deployment.deploy().getId();
    doAnswer(call -> {
      ((DelegateExecution) call.getArgument(0)).setVariable(INITIATIVE_ID, 7L);
      return null;
    }).when(registerInitiative).execute(any());
    Mocks.register("registerInitiativeDelegate", registerInitiative);
    Mocks.register("closeInitiativeDelegate", closeInitiative);
    Mocks.register("chooseEngagementActivitiesDelegate", chooseEngagementActivities);
    Mocks.register("engagementMenu", engagementMenu);
  }

  @AfterEach
  void removeStubs() {
    repository().deleteDeployment(stubDeployment, true);
    Mocks.reset();
  }

  @Test
  void shouldRunEveryStepAndCloseTheInitiativeWhenTheStateConsents() throws Exception {
    ProcessInstance vpi = start();

    completeAs(vpi, USER_TASK_RECORD_STATE_CONSENT, Roles.COORDINATORS, Map.of(
        CONSENT_DECISION, VpiInitiativeProcess.Decisions.GIVEN, COLLABORATION_LEVEL, "B"));

    assertThat(vpi).hasPassedInOrder(GATEWAY_CONSENT_GIVEN, SERVICE_TASK_REGISTER_INITIATIVE,
        SERVICE_TASK_CHOOSE_ENGAGEMENT_ACTIVITIES, CALL_ACTIVITY_IDENTIFY_STAKEHOLDERS, CALL_ACTIVITY_PLAN_WITH_GOVERNMENT,
        CALL_ACTIVITY_PLAN_WITH_STAKEHOLDERS, CALL_ACTIVITY_REVIEW_PRIORITIES,
        CALL_ACTIVITY_HOLD_VPI_MEETING, PARALLEL_GATEWAY_LAUNCH_FOLLOW_UP);
    assertThat(vpi).hasPassedInOrder(CALL_ACTIVITY_REPORT_RESULTS, CALL_ACTIVITY_HOLD_INFORMATION_SESSION,
        PARALLEL_GATEWAY_FOLLOW_UP_DONE, SERVICE_TASK_CLOSE_INITIATIVE);
    assertThat(vpi).hasPassed(CALL_ACTIVITY_ESTABLISH_ALLIANCE, CALL_ACTIVITY_FOLLOW_UP_ACTION_PLAN)
        .isEnded().hasPassed(END_EVENT_VPI_COMPLETED).variables().containsEntry(INITIATIVE_ID, 7L);
    verify(registerInitiative).execute(any());
    verify(chooseEngagementActivities).execute(any());
    verify(closeInitiative).execute(any());
  }

  @Test
  void shouldCarryOutEachCommitmentOfTheLevelAsWorkOfItsOwnBeforeTheVpiCloses() {
    repository().deleteDeployment(stubDeployment, true);
    var deployment = repository().createDeployment().name("stub steps, waiting commitments");
    for (String key : STEPS) {
      deployment.addModelInstance(key + ".bpmn", key.equals(EngagementCommitmentProcess.KEY)
          ? Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1).startEvent().userTask("stubTask").endEvent().done()
          : Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1).startEvent().endEvent().done());
    }
    stubDeployment = deployment.deploy().getId();
    when(engagementMenu.trackedWork(any())).thenReturn(List.of("whatsOnInclusion", "advisoryCouncil"));
    when(engagementMenu.name(any())).thenAnswer(call -> "Name of " + call.getArgument(0));
    ProcessInstance vpi = start();

    completeAs(vpi, USER_TASK_RECORD_STATE_CONSENT, Roles.COORDINATORS, Map.of(
        CONSENT_DECISION, VpiInitiativeProcess.Decisions.GIVEN, COLLABORATION_LEVEL, "C"));

    assertThat(vpi).isWaitingAt(CALL_ACTIVITY_CARRY_OUT_COMMITMENTS).hasPassed(CALL_ACTIVITY_FOLLOW_UP_ACTION_PLAN)
        .hasNotPassed(SERVICE_TASK_CLOSE_INITIATIVE);
    List<ProcessInstance> commitments = runtimeService().createProcessInstanceQuery()
        .processDefinitionKey(EngagementCommitmentProcess.KEY).list();
    org.assertj.core.api.Assertions.assertThat(commitments).extracting(
        c -> runtimeService().getVariable(c.getId(), EngagementCommitmentProcess.Variables.ENGAGEMENT_ACTIVITY),
        c -> runtimeService().getVariable(c.getId(), EngagementCommitmentProcess.Variables.ENGAGEMENT_ACTIVITY_NAME))
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("whatsOnInclusion", "Name of whatsOnInclusion"),
            org.assertj.core.groups.Tuple.tuple("advisoryCouncil", "Name of advisoryCouncil"));
    for (ProcessInstance commitment : commitments) {
      complete(task("stubTask", commitment));
    }
    assertThat(vpi).isEnded().hasPassed(SERVICE_TASK_CLOSE_INITIATIVE);
  }

  @Test
  void shouldEndWithoutAnyStepWhenTheStateDeclines() throws Exception {
    ProcessInstance vpi = start();

    completeAs(vpi, USER_TASK_RECORD_STATE_CONSENT, Roles.COORDINATORS,
        Map.of(CONSENT_DECISION, VpiInitiativeProcess.Decisions.DECLINED));

    assertThat(vpi).isEnded().hasPassed(END_EVENT_VPI_NOT_STARTED)
        .hasNotPassed(SERVICE_TASK_REGISTER_INITIATIVE, CALL_ACTIVITY_IDENTIFY_STAKEHOLDERS);
    verify(registerInitiative, never()).execute(any());
  }

  @Test
  void shouldWaitInTheStepSubProcessAndPassItTheVpiVariables() {
    repository().deleteDeployment(stubDeployment, true);
    stubDeployment = repository().createDeployment().addModelInstance("stakeholder-identification.bpmn",
        Bpmn.createExecutableProcess(StakeholderIdentificationProcess.KEY).camundaHistoryTimeToLive(1)
            .startEvent().userTask("stubTask").endEvent().done()).deploy().getId();
    ProcessInstance vpi = start();

    completeAs(vpi, USER_TASK_RECORD_STATE_CONSENT, Roles.COORDINATORS,
        Map.of(CONSENT_DECISION, VpiInitiativeProcess.Decisions.GIVEN));

    assertThat(vpi).isWaitingAt(CALL_ACTIVITY_IDENTIFY_STAKEHOLDERS)
        .calledProcessInstance(StakeholderIdentificationProcess.KEY)
        .isWaitingAt("stubTask").variables().containsEntry(COUNTRY, "BRA").containsEntry(INITIATIVE_ID, 7L);
  }

  private static ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey(VpiInitiativeProcess.KEY,
        Map.of(COUNTRY, "BRA", VPI_TITLE, "VPI Brazil"));
  }

  private static RepositoryService repository() {
    return engine.getProcessEngine().getRepositoryService();
  }
}
