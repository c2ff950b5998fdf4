package org.unodc.vpi.actionplan;

/** What the owners of an action say with their progress report in the plan's follow-up. */
public enum ActionItemDecision {
  /** The action goes on: report again after the next period. */
  CONTINUE,
  /** The action is done. */
  DONE,
  /** The action is given up, for a reason that is recorded. */
  DROPPED
}
