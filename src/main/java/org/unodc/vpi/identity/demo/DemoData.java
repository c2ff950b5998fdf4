package org.unodc.vpi.identity.demo;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.unodc.vpi.identity.CountryTenants;
import org.unodc.vpi.identity.Roles;
import org.unodc.vpi.notification.Delivery;
import org.unodc.vpi.notification.NotificationPreferences;

/**
 * Two countries and a user of each role in each, plus a coordinator for all: only in the demo
 * profile, so no demo account or password exists in a real installation.
 */
@Component
@Profile("demo")
public class DemoData {

  /** Demo countries: tenant id (ISO 3166-1 alpha-3) to name. */
  public static final Map<String, String> COUNTRIES = Map.of("BRA", "Brazil", "MOZ", "Mozambique");

  public static final List<DemoUser> USERS = List.of(
      new DemoUser("coordinator", "Clara", "Coordinator (UNODC)", Roles.COORDINATORS, null),
      new DemoUser("govbra", "Gustavo", "Government reviewer (Brazil)", Roles.GOVERNMENT, "BRA"),
      new DemoUser("csobra", "Camila", "NGO member (Brazil)", Roles.CIVIL_SOCIETY, "BRA"),
      new DemoUser("govmoz", "Graça", "Government reviewer (Mozambique)", Roles.GOVERNMENT, "MOZ"),
      new DemoUser("csomoz", "Carlos", "NGO member (Mozambique)", Roles.CIVIL_SOCIETY, "MOZ"));

  private final IdentityService identityService;
  private final NotificationPreferences preferences;
  private final CountryTenants countries;
  private final String password;

  public DemoData(IdentityService identityService, NotificationPreferences preferences, CountryTenants countries,
      @Value("${vpi.demo.password}") String password,
      @Value("${spring.datasource.url}") String databaseUrl) {
    // Accounts with a published password belong in the embedded demo database, never in a real one.
    if (!databaseUrl.startsWith("jdbc:h2:")) {
      throw new IllegalStateException("The demo profile creates accounts with the password '" + password
          + "' and runs only on the embedded H2 database, but the database is " + databaseUrl
          + ". For a real database start the platform with SPRING_PROFILES_ACTIVE=prod.");
    }
    this.identityService = identityService;
    this.preferences = preferences;
    this.countries = countries;
    this.password = password;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(2)
  public void create() {
    COUNTRIES.forEach(countries::ensure);
    USERS.forEach(this::ensureUser);
  }

  private void ensureUser(DemoUser demo) {
    if (identityService.createUserQuery().userId(demo.id()).count() > 0) {
      return;
    }
    User user = identityService.newUser(demo.id());
    user.setFirstName(demo.firstName());
    user.setLastName(demo.lastName());
    user.setEmail(demo.email());
    user.setPassword(password);
    identityService.saveUser(user);
    identityService.createMembership(demo.id(), demo.role());
    if (demo.country() != null) {
      identityService.createTenantUserMembership(demo.country(), demo.id());
    }
    // Both demo countries speak Portuguese: their people read their mails in it.
    preferences.change(demo.id(), demo.country() == null ? "en" : "pt", Delivery.IMMEDIATE, true);
  }
}
