package org.unodc.vpi.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.unodc.vpi.identity.ApiUser;
import org.unodc.vpi.stakeholder.StakeholderContact;

/**
 * A contact person of an NGO is shown to the government only if they agreed to it
 * ({@code sharedWithGovernment}): otherwise the government sees that the organisation has a contact,
 * in which role and language, but not who it is nor how to reach them. The one place for that rule,
 * for the records and for their history.
 */
final class UnsharedContacts {

  private static final List<String> PERSONAL = List.of("name", "email", "phone");
  private static final ObjectMapper JSON = new ObjectMapper();

  private UnsharedContacts() {}

  static StakeholderRequest.Contact view(StakeholderContact c, ApiUser reader) {
    boolean hidden = hiddenFrom(reader, c.isSharedWithGovernment());
    return new StakeholderRequest.Contact(hidden ? null : c.getName(), c.getRole(), hidden ? null : c.getEmail(),
        hidden ? null : c.getPhone(), c.getPreferredLanguage(), c.isListedInWhatsOn(), c.isSharedWithGovernment());
  }

  /** A history entry's changes ({"contacts": [before, after], ...}) as this reader may see them. */
  static String inChanges(String changes, ApiUser reader) {
    if (!reader.isGovernmentOnly() || changes == null || !changes.contains("\"contacts\"")) {
      return changes;
    }
    try {
      JsonNode root = JSON.readTree(changes);
      for (JsonNode side : root.path("contacts")) {
        for (JsonNode contact : side) {
          if (contact instanceof ObjectNode person && hiddenFrom(reader, person.path("sharedWithGovernment").asBoolean())) {
            PERSONAL.forEach(field -> person.putNull(field));
          }
        }
      }
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Audit changes are written as JSON by AuditTrail", e);
    }
  }

  private static boolean hiddenFrom(ApiUser reader, boolean shared) {
    return reader.isGovernmentOnly() && !shared;
  }
}
