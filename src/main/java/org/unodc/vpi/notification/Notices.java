package org.unodc.vpi.notification;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notices the workflow sends: each becomes one outbox mail per recipient, written in the
 * caller's transaction (the step that causes it) and sent afterwards. Calling twice for the same
 * task and recipient queues one mail only.
 */
@Service
@Transactional
public class Notices {

  private final MailOutbox outbox;
  private final MailLinks links;

  public Notices(MailOutbox outbox, MailLinks links) {
    this.outbox = outbox;
    this.links = links;
  }

  /** The users who may take a task: it is theirs to do, by when, and a link that opens it. */
  public void taskAvailable(TaskNotice task, List<Recipient> to) {
    send(MailKind.TASK_AVAILABLE, task, to, "task:" + task.taskId(), NoticeClass.OWN_TASK);
  }

  /** Before the due date: the task is still open. Cannot be turned off for one's own tasks. */
  public void taskReminder(TaskNotice task, List<Recipient> to) {
    send(MailKind.TASK_REMINDER, task, to, "task:" + task.taskId() + ":due:" + task.dueDate(), NoticeClass.ALWAYS);
  }

  /** After the due date, to the VPI's coordinators: who it waits for; they can reassign or extend. */
  public void taskOverdue(TaskNotice task, List<Recipient> coordinators) {
    send(MailKind.TASK_OVERDUE, task, coordinators, "task:" + task.taskId() + ":due:" + task.dueDate(),
        NoticeClass.OTHERS);
  }

  /** A step of a VPI completed, to its coordinators. */
  public void stepCompleted(StepNotice step, List<Recipient> coordinators) {
    Map<String, Object> model = Map.of("step", step, "vpiUrl", links.initiative(step.processInstanceId()));
    for (Recipient to : coordinators) {
      outbox.queue(new NewMail(MailKind.STEP_COMPLETED, to,
          "step:" + step.processInstanceId() + ":" + step.stepKey(), step.country(), model, NoticeClass.OTHERS));
    }
  }

  private void send(MailKind kind, TaskNotice task, List<Recipient> to, String cause, NoticeClass noticeClass) {
    Map<String, Object> model = Map.of("task", task, "taskUrl", links.task(task.taskId()),
        "extendUrl", links.extendTask());
    for (Recipient recipient : to) {
      outbox.queue(new NewMail(kind, recipient, cause, task.country(), model, noticeClass));
    }
  }
}
