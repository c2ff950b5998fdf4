package org.unodc.vpi.notification;

/** Whether a reader's settings may hold a notice for the digest or turn it off. */
public enum NoticeClass {
  /** About a task of the reader's: may wait for their digest, cannot be turned off. */
  OWN_TASK,
  /** Not about a task of the reader's (a step completed, someone else's overdue task): may be turned off. */
  OTHERS,
  /** Reminders and meeting invitations: always at once, never turned off. */
  ALWAYS
}
