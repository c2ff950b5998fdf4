package org.unodc.vpi.roster;

/** How a civil-society participant takes part in the review module REVMOD (SHERLOC). */
public enum RevmodRole {
  OBSERVER,
  EXPERT
}
