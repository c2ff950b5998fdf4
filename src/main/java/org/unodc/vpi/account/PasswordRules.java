package org.unodc.vpi.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.unodc.vpi.record.InvalidRecordException;

/**
 * What a chosen password must be: long rather than complicated (a phrase of a few words is
 * easy to type and hard to guess), not the user's own name or address, not a well-known password.
 */
final class PasswordRules {

  static final int MIN_LENGTH = 12;
  static final int MAX_LENGTH = 200;

  private static final Set<String> WELL_KNOWN = Set.of("123456789012", "1234567890123", "password1234",
      "passwordpassword", "qwertyuiopas", "qwerty123456", "111111111111", "000000000000", "demodemodemo",
      "camundacamunda", "unodcunodcunodc", "changemechangeme", "letmeinletmein", "iloveyouiloveyou",
      "administrator", "welcome12345", "welcomewelcome");

  private PasswordRules() {}

  /** A password everybody tries first, or one of fewer than four different characters. */
  static boolean isWellKnown(String password) {
    String lower = password.toLowerCase(Locale.ROOT);
    return WELL_KNOWN.contains(lower) || lower.chars().distinct().count() < 4;
  }

  /** @throws InvalidRecordException naming each rule the password breaks, for the fields of the form */
  static void check(String password, String confirmation, String userId, String email) {
    List<InvalidRecordException.Problem> problems = new ArrayList<>();
    if (password == null || password.length() < MIN_LENGTH) {
      problems.add(new InvalidRecordException.Problem("password", "account.password.tooShort", MIN_LENGTH));
    } else if (password.length() > MAX_LENGTH) {
      problems.add(new InvalidRecordException.Problem("password", "account.password.tooLong", MAX_LENGTH));
    } else {
      String lower = password.toLowerCase(Locale.ROOT);
      String mailbox = email == null ? "" : email.toLowerCase(Locale.ROOT).split("@")[0];
      if (isWellKnown(password)) {
        problems.add(new InvalidRecordException.Problem("password", "account.password.wellKnown"));
      } else if (lower.contains(userId.toLowerCase(Locale.ROOT))
          || (mailbox.length() >= 4 && lower.contains(mailbox))) {
        problems.add(new InvalidRecordException.Problem("password", "account.password.containsName"));
      }
    }
    if (password != null && !password.equals(confirmation)) {
      problems.add(new InvalidRecordException.Problem("passwordConfirmation", "account.password.mismatch"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRecordException(problems);
    }
  }
}
