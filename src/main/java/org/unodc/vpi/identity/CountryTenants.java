package org.unodc.vpi.identity;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.stereotype.Component;

/**
 * A State party's space on the platform is a tenant named by its ISO 3166 alpha-3 code. Inviting the
 * first person of a new country sets it up, with the coordinators' group in it, since coordinators
 * act in every country.
 */
@Component
public class CountryTenants {

  private static final Set<String> ISO_ALPHA3 = Stream.of(Locale.getISOCountries())
      .map(alpha2 -> new Locale("", alpha2).getISO3Country())
      .collect(Collectors.toUnmodifiableSet());

  private final IdentityService identity;

  public CountryTenants(IdentityService identity) {
    this.identity = identity;
  }

  public static boolean isCountryCode(String code) {
    return code != null && ISO_ALPHA3.contains(code);
  }

  /** Sets up the tenant of {@code code} with the coordinators in it, if it is not there yet. */
  public void ensure(String code, String name) {
    if (identity.createTenantQuery().tenantId(code).count() == 0) {
      Tenant tenant = identity.newTenant(code);
      tenant.setName(name != null ? name : displayName(code, Locale.ENGLISH));
      identity.saveTenant(tenant);
    }
    if (identity.createTenantQuery().tenantId(code).groupMember(Roles.COORDINATORS).count() == 0) {
      identity.createTenantGroupMembership(code, Roles.COORDINATORS);
    }
  }

  /** The country's name in {@code language}: BRA is Brasil in Portuguese; an unknown code stays as it is. */
  public static String displayName(String alpha3, Locale language) {
    return Stream.of(Locale.getISOCountries())
        .filter(alpha2 -> new Locale("", alpha2).getISO3Country().equals(alpha3))
        .map(alpha2 -> new Locale("", alpha2).getDisplayCountry(language))
        .findFirst().orElse(alpha3);
  }
}
