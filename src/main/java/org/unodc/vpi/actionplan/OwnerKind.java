package org.unodc.vpi.actionplan;

/** Who carries out an action: a stakeholder organisation or a unit of the government. */
public enum OwnerKind {
  ORGANISATION,
  GOVERNMENT_UNIT
}
