package org.unodc.vpi.workflow.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormSubmissionValidatorTest {

  private static final String FORM = """
      {"id": "sample", "components": [
        {"type": "text", "text": "Intro"},
        {"type": "textfield", "key": "name", "label": "Your name", "validate": {"required": true, "minLength": 2, "maxLength": 10}},
        {"type": "textfield", "key": "email", "label": "E-mail", "validate": {"required": true, "validationType": "email"}},
        {"type": "textfield", "key": "code", "label": "Country code", "validate": {"pattern": "^[A-Z]{3}$"}, "properties": {"check": "odd"}},
        {"type": "number", "key": "count", "label": "Count", "validate": {"min": 1, "max": 5}},
        {"type": "datetime", "subtype": "date", "key": "day", "dateLabel": "Meeting date", "validate": {"required": true}},
        {"type": "radio", "key": "decision", "label": "Decision", "values": [{"label": "Yes", "value": "approved"}, {"label": "No", "value": "returned"}], "validate": {"required": true}},
        {"type": "textarea", "key": "comments", "label": "Comments", "validate": {"required": true}, "conditional": {"hide": "=decision != \\"returned\\""}},
        {"type": "textarea", "key": "earlier", "label": "Earlier text", "readonly": true, "validate": {"required": true}}
      ]}""";

  private final FormDefinition form = parse(FORM);
  private final FormSubmissionValidator validator = new FormSubmissionValidator(List.of(new FieldCheck() {
    @Override public String name() { return "odd"; }
    @Override public boolean accepts(Object value) { return !value.equals("XXX"); }
  }));

  @Test
  void shouldAcceptACompleteAndWellFormedSubmission() {
    assertThat(validator.validate(form, valid()::get)).isEmpty();
  }

  @Test
  void shouldNameEveryMissingRequiredFieldButNotHiddenOrReadonlyOnes() {
    List<FieldViolation> violations = validator.validate(form, Map.<String, Object>of()::get);

    assertThat(violations).extracting(FieldViolation::key).containsExactly("name", "email", "day", "decision");
    assertThat(violations).allMatch(v -> v.code().equals("form.invalid.required"));
    assertThat(violations.get(2).arguments()).containsExactly("Meeting date");
  }

  @Test
  void shouldRequireCommentsOnlyWhenTheConditionShowsThem() {
    Map<String, Object> returned = valid();
    returned.put("decision", "returned");

    assertThat(validator.validate(form, returned::get)).extracting(FieldViolation::key).containsExactly("comments");
    returned.put("comments", "Please add a deadline");
    assertThat(validator.validate(form, returned::get)).isEmpty();
  }

  @Test
  void shouldNotLetTheAdvisoryCouncilEndWithoutAReasonNorRecordAMeetingAhead() throws Exception {
    FormDefinition council = parse(java.nio.file.Files.readString(java.nio.file.Path.of("forms/hold-council-meeting.form")));
    FormSubmissionValidator platform = new FormSubmissionValidator(List.of(new NotInFutureCheck()));
    Map<String, Object> meeting = new java.util.HashMap<>(Map.of("councilMeetingDate", "2020-05-04",
        "councilAgenda", "1. Progress of the action plan", "councilActionPlanReview", "Two actions are late.",
        "councilMinutes", "Minutes published online.", "councilContinues", "yes"));
    assertThat(platform.validate(council, meeting::get)).isEmpty();

    meeting.put("councilContinues", "no");
    assertThat(platform.validate(council, meeting::get)).extracting(FieldViolation::key).containsExactly("councilEndReason");
    meeting.put("councilEndReason", "The VPI closes; the national committee takes over.");
    meeting.put("councilMeetingDate", "2999-01-01");
    assertThat(platform.validate(council, meeting::get)).extracting(FieldViolation::key, FieldViolation::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("councilMeetingDate", "form.invalid.check.notInFuture"));
  }

  @Test
  void shouldRefuseMalformedValuesWithTheRuleTheyBreak() {
    Map<String, Object> bad = valid();
    bad.put("name", "A");
    bad.put("email", "not-an-address");
    bad.put("code", "br");
    bad.put("count", 9);
    bad.put("day", "31/12/2026");
    bad.put("decision", "maybe");

    assertThat(validator.validate(form, bad::get)).extracting(FieldViolation::key, FieldViolation::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("name", "form.invalid.tooShort"),
            org.assertj.core.groups.Tuple.tuple("email", "form.invalid.email"),
            org.assertj.core.groups.Tuple.tuple("code", "form.invalid.pattern"),
            org.assertj.core.groups.Tuple.tuple("count", "form.invalid.max"),
            org.assertj.core.groups.Tuple.tuple("day", "form.invalid.date"),
            org.assertj.core.groups.Tuple.tuple("decision", "form.invalid.choice"));
  }

  @Test
  void shouldRefuseTextLongerThanTheFormOrTheDatabaseAllows() {
    Map<String, Object> bad = valid();
    bad.put("name", "A much too long name");
    bad.put("comments", "x".repeat(4001));
    bad.put("decision", "returned");

    assertThat(validator.validate(form, bad::get)).extracting(FieldViolation::key, FieldViolation::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("name", "form.invalid.tooLong"),
            org.assertj.core.groups.Tuple.tuple("comments", "form.invalid.tooLong"));
  }

  @Test
  void shouldApplyTheNamedCheck() {
    Map<String, Object> bad = valid();
    bad.put("code", "XXX");

    assertThat(validator.validate(form, bad::get)).extracting(FieldViolation::code)
        .containsExactly("form.invalid.check.odd");
  }

  @Test
  void shouldAllowOnlyTheFormsInputFieldsToBeSet() {
    assertThat(validator.validateChangedNames(form, List.of("name", "comments"))).isEmpty();

    assertThat(validator.validateChangedNames(form, List.of("earlier", "country", "name")))
        .extracting(FieldViolation::key, FieldViolation::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("earlier", "form.invalid.readonly"),
            org.assertj.core.groups.Tuple.tuple("country", "form.invalid.notInForm"));
  }

  @Test
  void shouldAcceptPhoneNumbersAsPeopleWriteThemAndRefuseWords() {
    PhoneNumberCheck phone = new PhoneNumberCheck();

    assertThat(List.of("+55 61 1234 5678", "(021) 555-0100", "+258.21.123.456")).allMatch(phone::accepts);
    assertThat(List.of("abcdefg", "+55 12", "call me", "+1 234 567 890 123 456 7")).noneMatch(phone::accepts);
  }

  @Test
  void shouldAcceptOnlyWebLinksPeopleCanOpen() {
    WebLinkCheck link = new WebLinkCheck();

    assertThat(List.of("https://www.unodc.org/report.pdf", "http://example.org")).allMatch(link::accepts);
    assertThat(List.of("shared drive, folder VPI", "ftp://example.org/x", "https://", "www.unodc.org"))
        .noneMatch(link::accepts);
  }

  @Test
  void shouldRefuseAHideConditionTheServerCannotEvaluate() {
    assertThatThrownBy(() -> parse(FORM.replace("=decision != \\\"returned\\\"", "=count > 3")))
        .hasMessageContaining("Unsupported hide condition '=count > 3'");
  }

  private static Map<String, Object> valid() {
    Map<String, Object> values = new HashMap<>();
    values.put("name", "Ana");
    values.put("email", "ana@example.org");
    values.put("code", "BRA");
    values.put("count", 3L);
    values.put("day", "2026-12-01");
    values.put("decision", "approved");
    return values;
  }

  private static FormDefinition parse(String json) {
    try {
      return FormDefinition.parse(new ObjectMapper().readTree(json));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
