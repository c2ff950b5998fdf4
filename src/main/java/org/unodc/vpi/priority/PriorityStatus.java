package org.unodc.vpi.priority;

/** Where a priority stands with the government. */
public enum PriorityStatus {
  /** Proposed by civil society, not yet decided. */
  PROPOSED,
  /** Revised after being returned, waiting for the government again. */
  UNDER_REVIEW,
  APPROVED,
  /** Sent back by the government with comments. */
  RETURNED,
  /** Dropped by civil society in a revision. */
  WITHDRAWN
}
