package org.unodc.vpi.calendar;

/** The dates of the UNTOC Review Mechanism a country's calendar holds. */
public enum MilestoneKind {
  /** The self-assessment questionnaire is due: civil society is consulted before (level B). */
  SELF_ASSESSMENT_DUE,
  /** A session of one of the COP working groups; names its {@link WorkingGroup}. */
  WORKING_GROUP_SESSION,
  /** A session of the Conference of the Parties. */
  COP_SESSION
}
