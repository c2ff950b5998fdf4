package org.unodc.vpi.roster;

/**
 * The two kinds of seat on an Advisory Council. As in Brazil's national committee (seed 002), the
 * government designates its members and civil-society members are chosen through a public call.
 */
public enum Seat {
  GOVERNMENT(SelectionMethod.APPOINTED),
  CIVIL_SOCIETY(SelectionMethod.PUBLIC_CALL);

  private final SelectionMethod selection;

  Seat(SelectionMethod selection) {
    this.selection = selection;
  }

  /** How a seat of this kind is filled. */
  public SelectionMethod selection() {
    return selection;
  }
}
