package org.unodc.vpi.workflow.notification;

import static org.unodc.vpi.workflow.process.VpiInitiativeProcess.Variables.COUNTRY;
import static org.unodc.vpi.workflow.process.VpiInitiativeProcess.Variables.INITIATIVE_ID;
import static org.unodc.vpi.workflow.process.VpiInitiativeProcess.Variables.VPI_TITLE;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.unodc.vpi.notification.StepNotice;
import org.unodc.vpi.notification.TaskNotice;

/**
 * What the notices say about a task or a step, read from the VPI's variables: the main process
 * passes its title and country to every step's sub-process.
 */
final class NoticeContent {

  private NoticeContent() {}

  static TaskNotice task(DelegateTask task, TaskDeadlines deadlines) {
    List<String> groups = TaskRecipients.candidateGroups(task.getCandidates());
    return new TaskNotice(task.getId(), task.getTaskDefinitionKey(), task.getName(), text(task, VPI_TITLE),
        country(task, task.getTenantId()), deadlines.dayOf(task.getDueDate()), groups.isEmpty() ? null : groups.get(0),
        task.getAssignee());
  }

  static StepNotice step(DelegateExecution execution) {
    Object initiativeId = execution.getVariable(INITIATIVE_ID);
    return new StepNotice(initiativeId instanceof Number number ? number.longValue() : 0L,
        execution.getProcessInstanceId(), execution.getCurrentActivityId(), execution.getCurrentActivityName(),
        text(execution, VPI_TITLE), country(execution, execution.getTenantId()));
  }

  private static String country(VariableScope scope, String tenantId) {
    String country = text(scope, COUNTRY);
    return country != null ? country : tenantId;
  }

  private static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString();
  }
}
