package org.unodc.vpi.meeting;

/** The meetings a VPI holds. */
public enum MeetingKind {
  GOVERNMENT_PLANNING,
  STAKEHOLDER_PLANNING,
  VPI_MEETING,
  INFORMATION_SESSION,
  ALLIANCE,
  COUNCIL,
  TASK_FORCE
}
