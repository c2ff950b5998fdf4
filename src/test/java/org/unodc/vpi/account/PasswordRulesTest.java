package org.unodc.vpi.account;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.unodc.vpi.record.InvalidRecordException;

class PasswordRulesTest {

  @Test
  void shouldAcceptALongPhrase() {
    assertThatCode(() -> PasswordRules.check("quiet river under seven bridges", "quiet river under seven bridges",
        "analima", "ana.lima@ong.example.org")).doesNotThrowAnyException();
  }

  @Test
  void shouldRefuseAShortOrWellKnownPasswordOrOneWithTheNameInIt() {
    assertRefused("short", "password", "account.password.tooShort");
    assertRefused("Password1234", "password", "account.password.wellKnown");
    assertRefused("aaaaaaaaaaaaaaab", "password", "account.password.wellKnown");
    assertRefused("analima-is-my-name", "password", "account.password.containsName");
    assertRefused("ana.lima and more words", "password", "account.password.containsName");
  }

  @Test
  void shouldRefuseAConfirmationThatDiffers() {
    assertThatThrownBy(() -> PasswordRules.check("quiet river under seven bridges", "quiet river under seven",
        "analima", "ana.lima@ong.example.org"))
        .isInstanceOfSatisfying(InvalidRecordException.class, e -> org.assertj.core.api.Assertions
            .assertThat(e.problems()).extracting(InvalidRecordException.Problem::field)
            .containsExactly("passwordConfirmation"));
  }

  private static void assertRefused(String password, String field, String messageKey) {
    assertThatThrownBy(() -> PasswordRules.check(password, password, "analima", "ana.lima@ong.example.org"))
        .as(password)
        .isInstanceOfSatisfying(InvalidRecordException.class, e -> org.assertj.core.api.Assertions
            .assertThat(e.problems()).extracting(InvalidRecordException.Problem::field, InvalidRecordException.Problem::messageKey)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(field, messageKey)));
  }
}
