package org.unodc.vpi.workflow.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.unodc.vpi.workflow.process.ProcessTestSupport.completeAs;
import static org.unodc.vpi.workflow.process.ResultsReportProcess.Elements.*;
import static org.unodc.vpi.workflow.process.ResultsReportProcess.Variables.*;

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
@Deployment(resources = "processes/results-report.bpmn")
class ResultsReportProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessTestSupport.engine();

  @Test
  void shouldPresentTheReportWhenTheGovernmentEndorsesTheFirstDraft() {
    ProcessInstance report = runtimeService().startProcessInstanceByKey(ResultsReportProcess.KEY);

    completeAs(report, USER_TASK_DRAFT_RESULTS_REPORT, Roles.COORDINATORS, Map.of(REPORT_SUMMARY, "Draft 1"));
    completeAs(report, USER_TASK_COMMENT_ON_RESULTS_REPORT, Roles.GOVERNMENT, Map.of(
        REPORT_DECISION, ResultsReportProcess.Decisions.ENDORSED,
        REPORT_PUBLICATION_CONSENT, ResultsReportProcess.PublicationConsents.GRANTED));
    completeAs(report, USER_TASK_PRESENT_RESULTS_REPORT, Roles.COORDINATORS);

    assertThat(report).isEnded().hasPassed(END_EVENT_REPORT_PRESENTED);
  }

  @Test
  void shouldSendTheDraftBackToTheCoordinatorWhenTheGovernmentRequestsChanges() {
    ProcessInstance report = runtimeService().startProcessInstanceByKey(ResultsReportProcess.KEY);
    completeAs(report, USER_TASK_DRAFT_RESULTS_REPORT, Roles.COORDINATORS, Map.of(REPORT_SUMMARY, "Draft 1"));

    // A consent sent along with a request for changes is not kept for the next draft: it covers an endorsed text.
    completeAs(report, USER_TASK_COMMENT_ON_RESULTS_REPORT, Roles.GOVERNMENT, Map.of(
        REPORT_DECISION, ResultsReportProcess.Decisions.CHANGES_REQUESTED, REPORT_COMMENTS, "Add the Alliance",
        REPORT_PUBLICATION_CONSENT, ResultsReportProcess.PublicationConsents.GRANTED));

    assertThat(report).isWaitingAt(USER_TASK_DRAFT_RESULTS_REPORT)
        .variables().containsEntry(REPORT_COMMENTS, "Add the Alliance");
    completeAs(report, USER_TASK_DRAFT_RESULTS_REPORT, Roles.COORDINATORS, Map.of(REPORT_SUMMARY, "Draft 2"));
    assertThat(report).isWaitingAt(USER_TASK_COMMENT_ON_RESULTS_REPORT).variables().doesNotContainKey(REPORT_DECISION)
        .doesNotContainKey(REPORT_PUBLICATION_CONSENT);
    completeAs(report, USER_TASK_COMMENT_ON_RESULTS_REPORT, Roles.GOVERNMENT, Map.of(
        REPORT_DECISION, ResultsReportProcess.Decisions.ENDORSED,
        REPORT_PUBLICATION_CONSENT, ResultsReportProcess.PublicationConsents.GRANTED));
    completeAs(report, USER_TASK_PRESENT_RESULTS_REPORT, Roles.COORDINATORS);

    assertThat(report).isEnded().variables().containsEntry(REPORT_SUMMARY, "Draft 2");
  }
}
