package org.unodc.vpi.identity;

import java.util.Set;
import org.unodc.vpi.record.CountryScope;

/** A signed-in user of the API: their id, their roles (groups) and their countries (tenants). */
public record ApiUser(String id, Set<String> roles, Set<String> countries) {

  public ApiUser {
    roles = Set.copyOf(roles);
    countries = Set.copyOf(countries);
  }

  public boolean hasAnyRole(String... wanted) {
    for (String role : wanted) {
      if (roles.contains(role)) {
        return true;
      }
    }
    return false;
  }

  /** Whose records this user may read: coordinators act across countries, everyone else in their own. */
  public CountryScope scope() {
    return roles.contains(Roles.COORDINATORS) ? CountryScope.everyCountry() : CountryScope.of(countries);
  }

  /** Government readers see a contact's details only when the contact agreed to share them. */
  public boolean isGovernmentOnly() {
    return roles.contains(Roles.GOVERNMENT) && !roles.contains(Roles.COORDINATORS);
  }
}
