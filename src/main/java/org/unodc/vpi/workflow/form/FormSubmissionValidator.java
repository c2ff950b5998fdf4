package org.unodc.vpi.workflow.form;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * Applies a form's own rules (required, lengths, pattern, e-mail, number range, date, choice) to
 * the values a task is about to be completed with, so the API cannot store what Tasklist refuses.
 */
public class FormSubmissionValidator {

  /** Camunda stores a string variable in a 4000-character column; longer text would fail later. */
  static final int STORED_TEXT_LIMIT = 4000;

  // Same shape as form-js's e-mail rule: local part, @, dotted domain with a 2+ letter ending.
  private static final Pattern EMAIL =
      Pattern.compile("^[^\\s@<>()\\[\\]\\\\,;:\"]+@([A-Za-z0-9-]+\\.)+[A-Za-z]{2,}$");
  private static final Pattern PHONE = Pattern.compile("^(\\+|00)[0-9 ()-]{6,20}$");

  /** Value types a form can produce; objects, JSON, XML, bytes and files are never form input. */
  static final Set<String> FORM_VALUE_TYPES =
      Set.of("string", "long", "integer", "short", "double", "boolean", "date", "null");

  private final Map<String, FieldCheck> checks;

  public FormSubmissionValidator(Collection<? extends FieldCheck> checks) {
    this.checks = checks.stream().collect(Collectors.toMap(FieldCheck::name, c -> c));
  }

  /** Fails at start-up when a form names a check that does not exist, rather than when a user submits it. */
  public void requireKnownChecks(FormCatalog forms) {
    forms.all().values().forEach(form -> form.fields().forEach(field -> field.check().ifPresent(name -> {
      if (!checks.containsKey(name)) {
        throw new IllegalStateException("Form " + form.id() + ", field " + field.key() + ": unknown check '" + name
            + "'; known checks: " + checks.keySet());
      }
    })));
  }

  /**
   * Violations of "only this form's input fields may be set": a read-only field changed, or a
   * variable the form does not have.
   */
  public List<FieldViolation> validateChangedNames(FormDefinition form, Collection<String> changedNames) {
    List<FieldViolation> violations = new ArrayList<>();
    for (String name : changedNames) {
      var field = form.field(name);
      if (field.isEmpty()) {
        violations.add(new FieldViolation(name, "form.invalid.notInForm", List.of(name)));
      } else if (!field.get().isInput()) {
        violations.add(violation(field.get(), "form.invalid.readonly"));
      }
    }
    return violations;
  }

  /** Violations of "form values are plain values": one per variable of another type. */
  public List<FieldViolation> validateTypes(FormDefinition form, Map<String, String> typeByName) {
    List<FieldViolation> violations = new ArrayList<>();
    typeByName.forEach((name, type) -> {
      if (!FORM_VALUE_TYPES.contains(type)) {
        String label = form.field(name).map(FormField::label).orElse(name);
        violations.add(new FieldViolation(name, "form.invalid.type", List.of(label, type)));
      }
    });
    return violations;
  }

  /** Every violation of the form's rules by the given values, in the form's field order. */
  public List<FieldViolation> validate(FormDefinition form, Function<String, Object> values) {
    List<FieldViolation> violations = new ArrayList<>();
    for (FormField field : form.fields()) {
      if (!field.isInput()) {
        continue;
      }
      Object value = values.apply(field.key());
      if (value == null || (value instanceof String s && s.isBlank())) {
        // A field hidden by its condition need not be filled in.
        if (field.required() && !field.hideCondition().map(c -> c.hides(values)).orElse(false)) {
          violations.add(violation(field, "form.invalid.required"));
        }
        continue;
      }
      // A value is checked even in a hidden field, so nothing malformed is stored through one.
      checkValue(field, value, violations);
    }
    return violations;
  }

  private void checkValue(FormField field, Object value, List<FieldViolation> violations) {
    switch (field.type()) {
      case "number" -> checkNumber(field, value, violations);
      case "datetime" -> checkDate(field, value, violations);
      case "select", "radio" -> {
        if (!field.allowedValues().contains(value.toString())) {
          violations.add(violation(field, "form.invalid.choice", String.join(", ", field.allowedValues())));
        }
      }
      case "checkbox" -> {
        if (!(value instanceof Boolean)) {
          violations.add(violation(field, "form.invalid.checkbox"));
        }
      }
      default -> checkText(field, value, violations);
    }
    field.check().ifPresent(name -> {
      FieldCheck check = checks.get(name);
      if (check == null) {
        throw new IllegalStateException("Form field " + field.key() + " names unknown check " + name);
      }
      check.refusal(value).ifPresent(arguments ->
          violations.add(violation(field, check.messageCode(), arguments.toArray())));
    });
  }

  private void checkText(FormField field, Object value, List<FieldViolation> violations) {
    if (!(value instanceof String text)) {
      violations.add(violation(field, "form.invalid.text"));
      return;
    }
    int length = text.strip().length();
    int maxLength = field.maxLength() == null
        ? STORED_TEXT_LIMIT : Math.min(field.maxLength(), STORED_TEXT_LIMIT);
    if (field.minLength() != null && length < field.minLength()) {
      violations.add(violation(field, "form.invalid.tooShort", field.minLength(), length));
    } else if (text.length() > maxLength) {
      violations.add(violation(field, "form.invalid.tooLong", maxLength, text.length()));
    }
    if ("email".equals(field.validationType()) && !EMAIL.matcher(text.strip()).matches()) {
      violations.add(violation(field, "form.invalid.email"));
    }
    if ("phone".equals(field.validationType()) && !PHONE.matcher(text.strip()).matches()) {
      violations.add(violation(field, "form.invalid.phone"));
    }
    if (field.pattern() != null && !matches(field.pattern(), text)) {
      violations.add(violation(field, "form.invalid.pattern"));
    }
  }

  private static boolean matches(String pattern, String text) {
    try {
      // form-js tests the pattern with RegExp.test: a match anywhere counts, as with find().
      return Pattern.compile(pattern).matcher(text).find();
    } catch (PatternSyntaxException e) {
      throw new IllegalStateException("Form pattern is not a valid regular expression: " + pattern, e);
    }
  }

  private void checkNumber(FormField field, Object value, List<FieldViolation> violations) {
    BigDecimal number;
    try {
      number = value instanceof Number n ? new BigDecimal(n.toString()) : new BigDecimal(value.toString().strip());
    } catch (NumberFormatException e) {
      violations.add(violation(field, "form.invalid.number"));
      return;
    }
    if (field.min() != null && number.compareTo(BigDecimal.valueOf(field.min())) < 0) {
      violations.add(violation(field, "form.invalid.min", plain(field.min())));
    }
    if (field.max() != null && number.compareTo(BigDecimal.valueOf(field.max())) > 0) {
      violations.add(violation(field, "form.invalid.max", plain(field.max())));
    }
  }

  /** Form dates are ISO strings (what Tasklist sends, what the code reads); nothing else is accepted. */
  private void checkDate(FormField field, Object value, List<FieldViolation> violations) {
    try {
      if (!(value instanceof String text)) {
        throw new DateTimeParseException("not text", value.toString(), 0);
      }
      LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      violations.add(violation(field, "form.invalid.date", value));
    }
  }

  private static String plain(Double number) {
    return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
  }

  private static FieldViolation violation(FormField field, String code, Object... arguments) {
    List<Object> args = new ArrayList<>();
    args.add(field.label());
    args.addAll(List.of(arguments));
    return new FieldViolation(field.key(), code, List.copyOf(args));
  }
}
