package org.unodc.vpi.notification;

/** How a user takes their notices. Reminders and meeting invitations always go out at once. */
public enum Delivery {
  IMMEDIATE,
  DAILY_DIGEST
}
