package org.unodc.vpi.stakeholder;

/** What kind of organisation a stakeholder is. */
public enum OrganisationType {
  NGO,
  ACADEMIA,
  PRIVATE_SECTOR,
  OTHER
}
