package org.unodc.vpi.roster;

import java.time.LocalDate;

/**
 * What is said about a member of a VPI's Advisory Council. Blank texts count as left out.
 *
 * @param selection optional: each seat is filled one way ({@link Seat#selection()}); if given, it must
 *     be that way
 * @param publicCallReference for a civil-society seat, and then required: e.g. the notice's number
 * @param publicCallDate for a civil-society seat, and then required: when the call was published
 * @param mandateStart the first day of the first term
 */
public record CouncilMemberDetails(String memberName, String organisation, Seat seat, SelectionMethod selection,
    String publicCallReference, LocalDate publicCallDate, LocalDate mandateStart) {

  public CouncilMemberDetails {
    memberName = blankToNull(memberName);
    organisation = blankToNull(organisation);
    publicCallReference = blankToNull(publicCallReference);
  }

  static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
