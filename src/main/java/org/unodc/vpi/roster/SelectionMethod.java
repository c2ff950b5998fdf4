package org.unodc.vpi.roster;

/** How a council member was chosen; each {@link Seat} is filled one way. */
public enum SelectionMethod {
  /** Designated by the government; no public call. */
  APPOINTED,
  /** Chosen through a public call, whose reference and date the record keeps. */
  PUBLIC_CALL
}
