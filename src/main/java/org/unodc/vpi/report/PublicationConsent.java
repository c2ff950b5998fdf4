package org.unodc.vpi.report;

/**
 * Whether the government agreed to publish its results report outside the VPI's circle (its
 * country and the coordinators). It is asked when the government endorses the report.
 */
public enum PublicationConsent {
  NOT_ASKED,
  GRANTED,
  REFUSED
}
