package org.unodc.vpi.workflow.notification;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.unodc.vpi.notification.Notices;

/**
 * The timeout listener {@value TaskTimers#OVERDUE} of every user task: the due date has passed, so
 * the country's coordinators hear who the VPI waits for; they can extend the task or reassign it.
 */
@Component
public class TaskOverdueListener implements TaskListener {

  private final TaskDeadlines deadlines;
  private final TaskRecipients recipients;
  private final Notices notices;

  public TaskOverdueListener(TaskDeadlines deadlines, TaskRecipients recipients, Notices notices) {
    this.deadlines = deadlines;
    this.recipients = recipients;
    this.notices = notices;
  }

  @Override
  public void notify(DelegateTask task) {
    notices.taskOverdue(NoticeContent.task(task, deadlines), recipients.coordinators(task.getTenantId()));
  }
}
