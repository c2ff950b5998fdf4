package org.unodc.vpi.resilience;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.unodc.vpi.support.ThrowawayPostgres;

/** The platforms the crash drill runs on: the demo on its H2 file, and the prod profile on PostgreSQL. */
final class DrillPlatforms {

  static final Map<String, String> DEMO_PASSWORDS = Map.of("coordinator", "demo", "govbra", "demo", "csobra", "demo");

  private static final String PROD_PASSWORD = "Kill-nine-then-restart-2026";
  static final Map<String, String> PROD_PASSWORDS =
      Map.of("coordinator", PROD_PASSWORD, "govbra", PROD_PASSWORD, "csobra", PROD_PASSWORD);
  private static final String ADMIN = "drilladmin";
  private static final String ADMIN_PASSWORD = "Crash-Drill-Admin-2026!";

  private DrillPlatforms() {}

  /** The demo profile as shipped: its H2 file {@code ./data/demo} under {@code dir}; mail to {@code smtpPort}. */
  static PlatformProcess demo(Path dir, int smtpPort) throws IOException {
    List<String> arguments = new ArrayList<>(common(smtpPort));
    arguments.add("--spring.profiles.active=demo");
    return new PlatformProcess(dir, PlatformProcess.freePort(), arguments, Map.of());
  }

  /**
   * The prod profile on a database of its own on the throwaway PostgreSQL server, with the settings
   * prod requires (database, administrator); started once so that the administrator can add the
   * drill's users (prod creates none).
   */
  static PlatformProcess prodOnPostgres(Path dir, int smtpPort, ThrowawayPostgres postgres, String database)
      throws Exception {
    try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(),
        postgres.password()); Statement statement = connection.createStatement()) {
      statement.execute("create database " + database);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create database " + database, e);
    }
    String url = postgres.jdbcUrl().substring(0, postgres.jdbcUrl().lastIndexOf('/') + 1) + database;
    List<String> arguments = new ArrayList<>(common(smtpPort));
    arguments.add("--spring.profiles.active=prod");
    PlatformProcess platform = new PlatformProcess(dir, PlatformProcess.freePort(), arguments, Map.of(
        "SPRING_DATASOURCE_URL", url, "SPRING_DATASOURCE_USERNAME", postgres.username(),
        "SPRING_DATASOURCE_PASSWORD", postgres.password(),
        "CAMUNDA_BPM_ADMIN_USER_ID", ADMIN, "CAMUNDA_BPM_ADMIN_USER_PASSWORD", ADMIN_PASSWORD));
    platform.start(ADMIN, ADMIN_PASSWORD);
    addUsers(new PlatformClient(PlatformClient.newHttp(), platform.port(), ADMIN, ADMIN_PASSWORD));
    return platform;
  }

  private static List<String> common(int smtpPort) {
    return List.of("--vpi.mail.embedded-smtp.enabled=false", "--spring.mail.host=127.0.0.1",
        "--spring.mail.port=" + smtpPort, "--vpi.mail.outbox.poll-interval=PT0.5S",
        "--vpi.mail.outbox.first-retry-after=PT1S", "--spring.main.banner-mode=off",
        "--logging.level.root=WARN", "--logging.level.org.unodc=INFO");
  }

  /** Brazil, with the coordinators in it, and a coordinator, a government reviewer and an NGO member. */
  private static void addUsers(PlatformClient admin) throws IOException {
    expect(admin.post("/engine-rest/tenant/create", Map.of("id", "BRA", "name", "Brazil")), "create Brazil");
    expect(admin.put("/engine-rest/tenant/BRA/group-members/unodcCoordinators", Map.of()), "coordinators in Brazil");
    for (String[] user : List.of(new String[] {"coordinator", "unodcCoordinators", null},
        new String[] {"govbra", "governmentReviewTeam", "BRA"}, new String[] {"csobra", "civilSociety", "BRA"})) {
      expect(admin.post("/engine-rest/user/create", Map.of(
          "profile", Map.of("id", user[0], "firstName", user[0], "lastName", "Tester", "email", user[0] + "@vpi.example"),
          "credentials", Map.of("password", PROD_PASSWORD))), "create " + user[0]);
      expect(admin.put("/engine-rest/group/" + user[1] + "/members/" + user[0], Map.of()), user[0] + " in " + user[1]);
      if (user[2] != null) {
        expect(admin.put("/engine-rest/tenant/" + user[2] + "/user-members/" + user[0], Map.of()),
            user[0] + " in " + user[2]);
      }
    }
  }

  private static void expect(PlatformClient.Answer answer, String what) {
    if (!answer.ok()) {
      throw new IllegalStateException(what + " answered " + answer.status() + ": " + answer.body());
    }
  }
}
