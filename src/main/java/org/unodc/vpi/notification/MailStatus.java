package org.unodc.vpi.notification;

/** Where a mail is on its way out. */
public enum MailStatus {
  /** Waiting for its (next) attempt. */
  PENDING,
  /** Claimed by the sender, which is talking to the SMTP server. */
  SENDING,
  SENT,
  /** Refused for good (for example a rejected address): waits for a coordinator to retry or correct it. */
  FAILED,
  /** Kept for its reader's daily digest. */
  HELD,
  /** Went out inside a digest (digestId). */
  DIGESTED,
  /** Not sent, and never will be: its recipient's account was deactivated before it went out. */
  WITHDRAWN
}
