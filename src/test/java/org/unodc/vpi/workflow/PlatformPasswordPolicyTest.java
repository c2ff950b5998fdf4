package org.unodc.vpi.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.unodc.vpi.support.StandalonePlatformEngine;

/**
 * Outside the demo every new password goes through the platform's rules, however it is set (Tasklist's
 * own password change and engine-rest's credentials call end in the same engine command), and a
 * refusal is the user's mistake (400), not the server's.
 */
class PlatformPasswordPolicyTest {

  private static ProcessEngine engine;
  private static IdentityService identity;

  @BeforeAll
  static void buildEngineAsInProduction() {
    engine = StandalonePlatformEngine.build("password-policy", true);
    identity = engine.getIdentityService();
  }

  @AfterAll
  static void closeEngine() {
    engine.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"short", "Password1234", "aaaaaaaaaaaaaaab", "ana-lima-2026-secret"})
  void shouldRefuseAShortOrWellKnownPasswordOrOneWithTheUsersName(String password) {
    User user = identity.newUser("anaLima" + Math.abs(password.hashCode()));
    user.setFirstName("Ana");
    user.setLastName("Lima");
    user.setEmail("ana.lima@ong.example.org");
    user.setPassword(password);

    assertThatThrownBy(() -> identity.saveUser(user)).isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("at least 12 characters");
    assertThat(identity.createUserQuery().userId(user.getId()).count()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"quiet river under seven bridges"})
  void shouldAcceptALongPhraseAndLetTheUserChangeToAnother(String password) {
    User user = identity.newUser("analima");
    user.setFirstName("Ana");
    user.setLastName("Lima");
    user.setPassword(password);
    identity.saveUser(user);

    User stored = identity.createUserQuery().userId("analima").singleResult();
    stored.setPassword("abc");
    assertThatThrownBy(() -> identity.saveUser(stored)).isInstanceOf(BadUserRequestException.class);
    assertThat(identity.checkPassword("analima", password)).as("the old password stays").isTrue();
  }
}
