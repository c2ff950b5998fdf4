package org.unodc.vpi.roster;

/** Where a council member's mandate stands on a given day. */
public enum MandateStatus {
  /** The mandate has not started yet. */
  UPCOMING,
  /** Serving: on or after the start, before the end. */
  CURRENT,
  /** The mandate has ended: a former member. */
  FORMER
}
