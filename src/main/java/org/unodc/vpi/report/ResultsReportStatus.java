package org.unodc.vpi.report;

/** Where a VPI's results report stands in the results-report step. */
public enum ResultsReportStatus {
  DRAFTED,
  CHANGES_REQUESTED,
  ENDORSED,
  PRESENTED
}
