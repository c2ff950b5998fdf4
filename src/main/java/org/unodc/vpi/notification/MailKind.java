package org.unodc.vpi.notification;

import java.util.Locale;

/** What a mail is about; each kind has its templates {@code mail/<template>.html} and {@code .txt}. */
public enum MailKind {
  TASK_AVAILABLE,
  TASK_REMINDER,
  TASK_OVERDUE,
  STEP_COMPLETED,
  MEETING_INVITATION,
  MEETING_UPDATE,
  MEETING_CANCELLED,
  DIGEST,
  ACCOUNT_INVITATION;

  /** The template's name: {@code task-available} for TASK_AVAILABLE. */
  public String template() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
