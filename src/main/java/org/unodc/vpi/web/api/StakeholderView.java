package org.unodc.vpi.web.api;

import java.time.Instant;
import java.util.List;
import org.unodc.vpi.identity.ApiUser;
import org.unodc.vpi.stakeholder.OrganisationType;
import org.unodc.vpi.stakeholder.StakeholderOrganisation;

/**
 * A stakeholder organisation as the reader may see it: a government reader gets a contact's
 * e-mail and phone only if the person agreed to share them with the government.
 */
public record StakeholderView(
    long id, String country, Long initiativeId, String name, OrganisationType type, String thematicExpertise,
    String website, List<StakeholderRequest.Contact> contacts, long version, Instant createdAt, Instant updatedAt) {

  static StakeholderView of(StakeholderOrganisation o, ApiUser reader) {
    return new StakeholderView(o.getId(), o.getCountry(), o.getInitiativeId(), o.getName(), o.getType(),
        o.getThematicExpertise(), o.getWebsite(),
        o.getContacts().stream().map(c -> UnsharedContacts.view(c, reader)).toList(), o.getVersion(), o.getCreatedAt(),
        o.getUpdatedAt());
  }
}
