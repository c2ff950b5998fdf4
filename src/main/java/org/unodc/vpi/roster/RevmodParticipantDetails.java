package org.unodc.vpi.roster;

import java.time.LocalDate;
import org.unodc.vpi.calendar.ReviewCluster;

/**
 * A civil-society observer or expert in the review module REVMOD for the review of one thematic
 * cluster. Blank texts count as left out.
 *
 * @param toDate optional: an open participation has none; never before {@code fromDate}
 */
public record RevmodParticipantDetails(String personName, String organisation, RevmodRole role,
    ReviewCluster reviewCluster, LocalDate fromDate, LocalDate toDate) {

  public RevmodParticipantDetails {
    personName = CouncilMemberDetails.blankToNull(personName);
    organisation = CouncilMemberDetails.blankToNull(organisation);
  }
}
