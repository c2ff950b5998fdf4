package org.unodc.vpi.workflow.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import org.unodc.vpi.notification.Notices;

/**
 * At the end of each step of a VPI (a call activity of the main process, hooked by
 * {@link TaskNotificationParseListener}): tells the country's coordinators. A step cancelled with
 * its VPI has not completed, so it sends nothing.
 */
@Component
public class StepCompletedListener implements ExecutionListener {

  private final TaskRecipients recipients;
  private final Notices notices;

  public StepCompletedListener(TaskRecipients recipients, Notices notices) {
    this.recipients = recipients;
    this.notices = notices;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    notices.stepCompleted(NoticeContent.step(execution), recipients.coordinators(execution.getTenantId()));
  }
}
