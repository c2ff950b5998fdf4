package org.unodc.vpi.taskforce;

/** Which side of the table a task-force member sits on; a task force needs both. */
public enum MemberSide {
  /** The State: the review team, ministries, agencies. */
  GOVERNMENT,
  /** Civil society organisations, academia, the private sector. */
  NON_GOVERNMENTAL
}
