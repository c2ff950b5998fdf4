package org.unodc.vpi;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Outside the demo, the platform refuses to start without what only its operator can choose:
 * <ul>
 *   <li>a database, rather than fall back silently to an in-memory one and lose every VPI at the
 *       next restart;</li>
 *   <li>an administrator with a password of their own: without one, the webapps' first-admin
 *       setup page would let whoever comes first make themselves administrator.</li>
 * </ul>
 * Every missing setting is named at once, with how to set it.
 */
@Component
@Profile("!demo")
public class RequiredProductionSettings {

  static final int MIN_PASSWORD_LENGTH = 12;
  private static final Set<String> KNOWN_PASSWORDS = Set.of("demo", "admin", "password", "camunda", "changeit");

  public RequiredProductionSettings(@Value("${spring.datasource.url:}") String databaseUrl,
      @Value("${camunda.bpm.admin-user.id:}") String adminId,
      @Value("${camunda.bpm.admin-user.password:}") String adminPassword) {
    List<String> missing = new ArrayList<>();
    if (databaseUrl.isBlank()) {
      missing.add("No database configured. Set SPRING_DATASOURCE_URL (and SPRING_DATASOURCE_USERNAME, "
          + "SPRING_DATASOURCE_PASSWORD), for example "
          + "SPRING_DATASOURCE_URL=jdbc:h2:file:/var/lib/vpi/vpi;DB_CLOSE_ON_EXIT=FALSE, or run the demo profile.");
    }
    if (adminId.isBlank() || adminPassword.isBlank()) {
      missing.add("No administrator configured. Set CAMUNDA_BPM_ADMIN_USER_ID and CAMUNDA_BPM_ADMIN_USER_PASSWORD"
          + " (a password of at least " + MIN_PASSWORD_LENGTH + " characters that only you know).");
    } else if (adminPassword.length() < MIN_PASSWORD_LENGTH || KNOWN_PASSWORDS.contains(adminPassword.toLowerCase(
        java.util.Locale.ROOT)) || adminPassword.equalsIgnoreCase(adminId)) {
      missing.add("The administrator password is too easy to guess. Set CAMUNDA_BPM_ADMIN_USER_PASSWORD to at least "
          + MIN_PASSWORD_LENGTH + " characters, not a well-known password and not the user id.");
    }
    if (!missing.isEmpty()) {
      throw new IllegalStateException(String.join(" ", missing));
    }
  }
}
