package org.unodc.vpi.web.api;

import org.unodc.vpi.identity.ApiUser;
import org.unodc.vpi.initiative.InitiativeRegister;
import org.unodc.vpi.record.InvalidRecordException;
import org.unodc.vpi.record.RecordNotFoundException;

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
    if (country == null || !user.countries().contains(country)) {
      throw new InvalidRecordException("country", "record.country.notYours", country);
    }
  }

  /** The country of the VPI a new record belongs to; a VPI the user cannot see is a wrong field. */
  static String countryOfInitiative(InitiativeRegister initiatives, long initiativeId, ApiUser user) {
    try {
      return initiatives.get(initiativeId, user.scope()).getCountry();
    } catch (RecordNotFoundException e) {
      throw new InvalidRecordException("initiativeId", "record.initiative.unknown", String.valueOf(initiativeId));
    }
  }

  /** An update names the version it read, so that a change made by someone else meanwhile is not overwritten. */
  static long requireVersion(Long version) {
    if (version == null) {
      throw new InvalidRecordException("version", "api.version.required");
    }
    return version;
  }
}
