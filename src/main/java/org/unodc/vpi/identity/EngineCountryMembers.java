package org.unodc.vpi.identity;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.unodc.vpi.notification.CountryMembers;
import org.unodc.vpi.notification.NotificationPreferences;
import org.unodc.vpi.notification.Recipient;

/**
 * Country members from the engine's users, groups and tenants. The lookup runs without the engine's
 * authorization checks: it may be made on behalf of a civil-society user, who may not list users,
 * while the mail must still reach the others.
 */
@Component
public class EngineCountryMembers implements CountryMembers {

  private final ProcessEngineConfigurationImpl engine;
  private final NotificationPreferences preferences;

  public EngineCountryMembers(@Lazy ProcessEngineConfigurationImpl engine, NotificationPreferences preferences) {
    this.engine = engine;
    this.preferences = preferences;
  }

  @Override
  public List<Recipient> of(String country, Collection<String> roles) {
    return engine.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(() -> {
      IdentityService identity = engine.getIdentityService();
      Map<String, User> found = new LinkedHashMap<>();
      for (String role : roles) {
        for (User user : identity.createUserQuery().memberOfGroup(role).orderByUserId().asc().list()) {
          if (user.getEmail() != null && !user.getEmail().isBlank() && memberOf(identity, user.getId(), country)) {
            found.putIfAbsent(user.getId(), user);
          }
        }
      }
      return found.values().stream().map(user -> preferences.recipient(user.getId(), user.getEmail(),
          (nullToEmpty(user.getFirstName()) + " " + nullToEmpty(user.getLastName())).trim())).toList();
    }));
  }

  private static boolean memberOf(IdentityService identity, String userId, String country) {
    Set<String> tenants = identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list()
        .stream().map(Tenant::getId).collect(Collectors.toSet());
    return tenants.contains(country);
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
