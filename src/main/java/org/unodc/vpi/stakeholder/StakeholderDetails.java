package org.unodc.vpi.stakeholder;

import java.util.List;

/** What a user can say about an organisation: everything but its country and bookkeeping. */
public record StakeholderDetails(
    String name,
    OrganisationType type,
    String thematicExpertise,
    String website,
    List<StakeholderContact> contacts) {

  public StakeholderDetails {
    contacts = contacts == null ? List.of() : List.copyOf(contacts);
  }
}
