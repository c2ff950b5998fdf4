package org.unodc.vpi.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every sign-in (Tasklist, engine-rest, /api) checks the password with the engine, which slows down
 * guessing: after a wrong password the account refuses every password, even the right one, for 3 s,
 * twice as long after each further wrong one, at most 60 s; the 10th wrong password in a row locks it
 * until an administrator unlocks it. These are the engine's defaults (7.24), which the platform keeps.
 * The engine's clock is moved instead of waiting.
 */
class FailedSignInTest {

  private static final String USER = "signer";
  private static final String PASSWORD = "right-password-1";
  private static final String WRONG = "wrong-password-1";
  private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
  // Refusal time after the 1st, 2nd... wrong password in a row: 3 s doubled each time, at most 60 s.
  private static final List<Integer> DELAY_SECONDS = List.of(3, 6, 12, 24, 48, 60, 60, 60, 60);
  private static final int LOCKED_AFTER = DELAY_SECONDS.size() + 1;

  private static ProcessEngine engine;
  private static IdentityService identity;
  private Instant now;

  @BeforeAll
  static void buildEngine() {
    engine = ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
        .setProcessEngineName("failed-sign-in")
        .setJdbcUrl("jdbc:h2:mem:failed-sign-in;DB_CLOSE_DELAY=1000")
        .setAuthorizationEnabled(true)
        .setJobExecutorActivate(false)
        .buildProcessEngine();
    identity = engine.getIdentityService();
    // As the starter's admin-user set-up does: the administrators' group may do anything with users.
    Authorization administrators = engine.getAuthorizationService().createNewAuthorization(AUTH_TYPE_GRANT);
    administrators.setGroupId(Groups.CAMUNDA_ADMIN);
    administrators.setResource(Resources.USER);
    administrators.setResourceId(ANY);
    administrators.addPermission(Permissions.ALL);
    engine.getAuthorizationService().saveAuthorization(administrators);
  }

  @AfterAll
  static void closeEngine() {
    engine.close();
  }

  @BeforeEach
  void createUserAndStopTheClock() {
    User user = identity.newUser(USER);
    user.setPassword(PASSWORD);
    identity.saveUser(user);
    setClock(START);
  }

  @AfterEach
  void removeUserAndRestartTheClock() {
    identity.clearAuthentication();
    identity.deleteUser(USER);
    ClockUtil.reset();
  }

  @Test
  void shouldRunWithTheEngineDefaultsAsThePlatformSetsNoneOfItsOwn() throws IOException {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getLoginMaxAttempts()).isEqualTo(LOCKED_AFTER);
    assertThat(configuration.getLoginDelayBase()).isEqualTo(DELAY_SECONDS.get(0));
    assertThat(configuration.getLoginDelayFactor()).isEqualTo(2);
    assertThat(configuration.getLoginDelayMaxTime()).isEqualTo(60);
    try (Stream<Path> files = Files.list(Path.of("src/main/resources"))) {
      for (Path settings : files.filter(f -> f.getFileName().toString().matches("application.*\\.ya?ml")).toList()) {
        assertThat(Files.readString(settings)).as("%s sets login limits: give this test the same values", settings)
            .doesNotContainPattern("(?i)login-?(max|delay)");
      }
    }
  }

  @Test
  void shouldRefuseTheRightPasswordForThreeSecondsAfterAWrongOne() {
    assertThat(identity.checkPassword(USER, WRONG)).isFalse();

    setClock(START.plusMillis(2_999));
    assertThat(identity.checkPassword(USER, PASSWORD)).as("right password 2.999 s after a wrong one").isFalse();
    setClock(START.plusSeconds(3));
    assertThat(identity.checkPassword(USER, PASSWORD)).as("right password 3 s after a wrong one").isTrue();
  }

  @Test
  void shouldDoubleTheRefusalTimeWithEachWrongPasswordUpToAMinute() {
    for (int attempt = 1; attempt <= DELAY_SECONDS.size(); attempt++) {
      Duration delay = Duration.ofSeconds(DELAY_SECONDS.get(attempt - 1));
      assertThat(identity.checkPassword(USER, WRONG)).isFalse();

      setClock(now.plus(delay).minusMillis(1));
      assertThat(identity.checkPassword(USER, PASSWORD))
          .as("right password just before the %s s after wrong password %d end", delay.toSeconds(), attempt).isFalse();
      setClock(now.plusMillis(1));
    }
    // Nine wrong passwords in a row, each after the delay: slowed down, not locked.
    assertThat(identity.checkPassword(USER, PASSWORD)).as("right password once the last delay is over").isTrue();
  }

  @Test
  void shouldLockTheAccountAfterTenWrongPasswordsUntilAnAdministratorUnlocksIt() {
    for (int attempt = 1; attempt <= LOCKED_AFTER; attempt++) {
      assertThat(identity.checkPassword(USER, WRONG)).isFalse();
      // Wrong passwords tried during a delay do not count: the next one comes once it is over.
      setClock(now.plusSeconds(60));
    }

    setClock(now.plus(Duration.ofDays(30)));
    assertThat(identity.checkPassword(USER, PASSWORD)).as("right password a month later").isFalse();

    identity.setAuthentication("coordinator", List.of(Roles.COORDINATORS));
    assertThatThrownBy(() -> identity.unlockUser(USER)).as("unlocked by a non-administrator")
        .isInstanceOf(AuthorizationException.class);
    identity.clearAuthentication();
    assertThat(identity.checkPassword(USER, PASSWORD)).as("right password, still locked").isFalse();

    identity.setAuthentication("admin", List.of(Groups.CAMUNDA_ADMIN));
    identity.unlockUser(USER);
    identity.clearAuthentication();
    assertThat(identity.checkPassword(USER, PASSWORD)).as("right password once an administrator unlocked").isTrue();
  }

  private void setClock(Instant time) {
    now = time;
    ClockUtil.setCurrentTime(Date.from(time));
  }
}
