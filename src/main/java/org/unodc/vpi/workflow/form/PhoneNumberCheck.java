package org.unodc.vpi.workflow.form;

import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * A phone number as people write it: an optional leading +, then 6 to 15 digits, which may be
 * grouped with spaces, dots, hyphens or brackets.
 */
@Component
public class PhoneNumberCheck implements FieldCheck {

  private static final Pattern ALLOWED = Pattern.compile("^\\+?[0-9 .()\\-]+$");

  @Override
  public String name() {
    return "phoneNumber";
  }

  @Override
  public boolean accepts(Object value) {
    String text = value.toString().strip();
    long digits = text.chars().filter(Character::isDigit).count();
    return ALLOWED.matcher(text).matches() && digits >= 6 && digits <= 15;
  }
}
