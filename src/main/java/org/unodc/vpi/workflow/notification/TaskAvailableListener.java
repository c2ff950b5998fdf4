package org.unodc.vpi.workflow.notification;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;
import org.unodc.vpi.notification.Notices;

/**
 * On every user task's creation (added by {@link TaskNotificationParseListener}): gives the task its
 * due date, unless it has one, and tells the people who may take it. The notice is queued in the
 * step's own transaction.
 */
@Component
public class TaskAvailableListener implements TaskListener {

  private final TaskDeadlines deadlines;
  private final TaskRecipients recipients;
  private final Notices notices;

  public TaskAvailableListener(TaskDeadlines deadlines, TaskRecipients recipients, Notices notices) {
    this.deadlines = deadlines;
    this.recipients = recipients;
    this.notices = notices;
  }

  @Override
  public void notify(DelegateTask task) {
    if (task.getDueDate() == null) {
      task.setDueDate(deadlines.dueAt(task.getTaskDefinitionKey()));
    } else {
      // A due date from elsewhere (the model): the reminder and escalation follow it.
      TaskTimers.moveTo(task.getExecutionId(), deadlines.reminderBefore(task.getDueDate()), task.getDueDate())
          .execute(Context.getCommandContext());
    }
    notices.taskAvailable(NoticeContent.task(task, deadlines), recipients.candidates(task));
  }
}
