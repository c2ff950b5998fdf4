package org.unodc.vpi.roster;

import java.time.LocalDate;
import org.unodc.vpi.stakeholder.OrganisationType;

/**
 * A non-governmental member of the national delegation to a session of the Conference of the
 * Parties. Blank texts count as left out.
 *
 * @param sessionNumber the COP session's number, e.g. 12 for the twelfth session
 * @param sessionName optional, e.g. "Twelfth session of the Conference of the Parties"
 * @param sessionDate the session's first day
 * @param sector which part of civil society the member's organisation belongs to
 * @param delegationRole the member's role in the delegation, e.g. "adviser"
 */
public record DelegationMemberDetails(int sessionNumber, String sessionName, LocalDate sessionDate,
    String personName, String organisation, OrganisationType sector, String delegationRole) {

  public DelegationMemberDetails {
    sessionName = CouncilMemberDetails.blankToNull(sessionName);
    personName = CouncilMemberDetails.blankToNull(personName);
    organisation = CouncilMemberDetails.blankToNull(organisation);
    delegationRole = CouncilMemberDetails.blankToNull(delegationRole);
  }
}
