package org.unodc.vpi.nationalproject;

/** Where a national project stands. */
public enum ProjectStatus {
  PLANNED,
  RUNNING,
  COMPLETED
}
