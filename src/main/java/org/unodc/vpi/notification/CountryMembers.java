package org.unodc.vpi.notification;

import java.util.Collection;
import java.util.List;

/** The platform's users of a country in some roles, as mail recipients (implemented by identity/). */
public interface CountryMembers {

  /** Users with an e-mail address, in any of the roles (group ids), members of the country's tenant. */
  List<Recipient> of(String country, Collection<String> roles);
}
