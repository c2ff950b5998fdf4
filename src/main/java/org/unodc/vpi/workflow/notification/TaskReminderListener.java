package org.unodc.vpi.workflow.notification;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.unodc.vpi.notification.Notices;

/**
 * The timeout listener {@value TaskTimers#REMINDER} of every user task: the task is still open before
 * its due date. To whoever claimed it, else to everyone who may take it.
 */
@Component
public class TaskReminderListener implements TaskListener {

  private final TaskDeadlines deadlines;
  private final TaskRecipients recipients;
  private final Notices notices;

  public TaskReminderListener(TaskDeadlines deadlines, TaskRecipients recipients, Notices notices) {
    this.deadlines = deadlines;
    this.recipients = recipients;
    this.notices = notices;
  }

  @Override
  public void notify(DelegateTask task) {
    notices.taskReminder(NoticeContent.task(task, deadlines), recipients.remindees(task));
  }
}
