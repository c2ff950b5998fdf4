package org.unodc.vpi.actionplan;

/** Where an action of the plan stands. */
public enum ActionItemStatus {
  PLANNED,
  IN_PROGRESS,
  DONE,
  CANCELLED
}
