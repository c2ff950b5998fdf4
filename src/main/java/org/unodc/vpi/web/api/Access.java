package org.unodc.vpi.web.api;

import org.unodc.vpi.identity.ApiUser;
import org.unodc.vpi.record.InvalidRecordException;

/** Who may write which records; reading is open to every role of the record's country. */
final class Access {

  private Access() {}

  static void requireRole(ApiUser user, String action, String... roles) {
    if (!user.hasAnyRole(roles)) {
      throw new ForbiddenException(action);
    }
  }

  /** A new record may only be added in one of the user's own countries. */
  static void requireCountry(ApiUser user, String country) {
    if (!user.countries().contains(country)) {
      throw new InvalidRecordException("country", "record.country.notYours", country);
    }
  }
}
