package org.unodc.vpi.notification;

import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The notices the workflow sends: each becomes one outbox mail per recipient, written in the
 * caller's transaction (the step that causes it) and sent afterwards. Calling twice for the same
 * task and recipient queues one mail only.
 */
@Service
public class Notices {

  /** The users who may take a task: it is theirs to do, by when, and a link that opens it. */
  public void taskAvailable(TaskNotice task, List<Recipient> to) {
    throw new UnsupportedOperationException("not yet");
  }

  /** Before the due date: the task is still open. Cannot be turned off for one's own tasks. */
  public void taskReminder(TaskNotice task, List<Recipient> to) {
    throw new UnsupportedOperationException("not yet");
  }

  /** After the due date, to the VPI's coordinators: who it waits for; they can reassign or extend. */
  public void taskOverdue(TaskNotice task, List<Recipient> coordinators) {
    throw new UnsupportedOperationException("not yet");
  }

  /** A step of a VPI completed, to its coordinators. */
  public void stepCompleted(StepNotice step, List<Recipient> coordinators) {
    throw new UnsupportedOperationException("not yet");
  }
}
