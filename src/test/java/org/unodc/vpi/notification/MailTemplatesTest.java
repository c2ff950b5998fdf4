package org.unodc.vpi.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.unodc.vpi.meeting.MeetingKind;
import org.unodc.vpi.notification.MailTemplates.MissingMessageException;

class MailTemplatesTest {

  private static final String VPI_TITLE = "Brasil <script>alert('x')</script> & Co";
  private static final String TASK_URL = "http://localhost:8080/camunda/app/tasklist/default/#/?task=task-42";
  private static final String EXTEND_URL = "http://localhost:8080/swagger-ui/index.html#/tasks/extendDueDate";
  private static final String VPI_URL = "http://localhost:8080/api/initiatives/7";
  private static final Locale PORTUGUESE = Locale.forLanguageTag("pt");
  private static final String INVITATION_URL = "http://localhost:8080/account/invitation/Zx9-token";
  private static final Locale SPANISH = Locale.forLanguageTag("es");
  private static final List<String> LANGUAGE_FILES =
      List.of("messages.properties", "messages_fr.properties", "messages_es.properties", "messages_pt.properties");

  private final MailTemplates templates = new MailTemplates();

  static Stream<Arguments> everyKindInEveryLanguage() {
    return Stream.of(MailKind.values())
        .flatMap(kind -> MailTemplates.LANGUAGES.stream().map(language -> Arguments.of(kind, language)));
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("everyKindInEveryLanguage")
  void shouldRenderEveryKindInEveryLanguageCompletelyAndEscaped(MailKind kind, Locale language) {
    RenderedMail mail = templates.render(kind, language, model(kind));

    assertThat(mail.subject()).isNotBlank().doesNotContain("??", "\n", "null");
    for (String body : List.of(mail.html(), mail.text())) {
      assertThat(body).doesNotContain("??", "#{", "${", "[[", "[(", "[#", " th:", "xmlns:th", "null");
    }
    assertThat(mail.html()).contains("lang=\"" + language.getLanguage() + "\"")
        .contains("&lt;script&gt;").doesNotContain("<script");
    assertThat(mail.text()).doesNotContain("<p", "<a ", "&lt;");
    if (kind == MailKind.ACCOUNT_INVITATION) {
      // Someone without an account yet: the link to choose a password and the user name, no mail settings.
      assertThat(mail.html()).contains("href=\"" + INVITATION_URL + "\"").contains("mariasilva");
      assertThat(mail.text()).contains(INVITATION_URL).contains("mariasilva").doesNotContain("/me/mail-settings");
      assertThat(mail.subject()).contains("Clara Coordinator <script>");
    } else {
      assertThat(mail.html()).contains("href=\"http://localhost:8080/me/mail-settings\"");
      assertThat(mail.text()).contains("http://localhost:8080/me/mail-settings");
    }
    if (kind != MailKind.DIGEST && kind != MailKind.ACCOUNT_INVITATION) {
      assertThat(mail.subject()).contains(VPI_TITLE);
      assertThat(mail.text()).contains(VPI_TITLE);
    }
    if (kind.name().startsWith("TASK_")) {
      assertThat(mail.subject()).contains(message(language, "task.userTask_identifyStakeholders"));
      assertThat(mail.html()).contains("href=\"" + TASK_URL + "\"");
      assertThat(mail.text()).contains(TASK_URL);
    }
    if (!language.equals(Locale.ENGLISH)) {
      RenderedMail english = templates.render(kind, Locale.ENGLISH, model(kind));
      assertThat(mail.subject()).isNotEqualTo(english.subject());
      assertThat(mail.text()).doesNotContain(message(Locale.ENGLISH, kind.template() + ".intro"),
          message(Locale.ENGLISH, "common.closing"));
    }
  }

  @Test
  void shouldFailNamingTheKeyAndLanguageWhenATemplateRefersToAMissingMessage() {
    MailTemplates withoutLabel = new MailTemplates(hiding("label.country"));

    assertThatThrownBy(() -> withoutLabel.render(MailKind.TASK_AVAILABLE, Locale.FRENCH, model(MailKind.TASK_AVAILABLE)))
        .isInstanceOf(MissingMessageException.class)
        .hasMessageContaining("label.country").hasMessageContaining("fr");
  }

  @Test
  void shouldFailWhenTheSubjectMessageIsMissing() {
    MailTemplates withoutSubject = new MailTemplates(hiding("step-completed.subject"));

    assertThatThrownBy(() -> withoutSubject.render(MailKind.STEP_COMPLETED, SPANISH, model(MailKind.STEP_COMPLETED)))
        .isInstanceOf(MissingMessageException.class)
        .hasMessageContaining("step-completed.subject").hasMessageContaining("es");
  }

  @Test
  void shouldFailOnAMeetingKindWithoutName() {
    Map<String, Object> model = model(MailKind.MEETING_INVITATION);
    model.put("meetingKind", "PICNIC");

    assertThatThrownBy(() -> templates.render(MailKind.MEETING_INVITATION, PORTUGUESE, model))
        .isInstanceOf(MissingMessageException.class)
        .hasMessageContaining("meeting.kind.PICNIC").hasMessageContaining("pt");
  }

  @Test
  void shouldHaveEveryKeyInEveryLanguageFile() throws IOException {
    Set<String> english = load("messages.properties").stringPropertyNames();
    for (String file : LANGUAGE_FILES) {
      assertThat(load(file).stringPropertyNames()).as(file).containsExactlyInAnyOrderElementsOf(english);
    }
  }

  @Test
  void shouldWriteMessagesMessageFormatCanRead() throws IOException {
    Pattern loneQuote = Pattern.compile("(?<!')'(?!')");
    for (String file : LANGUAGE_FILES) {
      Properties messages = load(file);
      for (String key : messages.stringPropertyNames()) {
        String value = messages.getProperty(key);
        assertThat(loneQuote.matcher(value).find()).as(file + " " + key + ": write ' as ''").isFalse();
        assertThat(new MessageFormat(value).format(new Object[] {"a", 2, "c"})).as(file + " " + key).isNotBlank();
      }
    }
  }

  @Test
  void shouldNameEveryUserTaskStepAndMeetingKind() throws IOException {
    Set<String> keys = load("messages.properties").stringPropertyNames();
    Set<String> expected = new TreeSet<>();
    try (Stream<Path> models = Files.list(Path.of("processes"))) {
      for (Path bpmn : models.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
        expected.addAll(ids(Files.readString(bpmn), "userTask", "task."));
      }
    }
    assertThat(expected).hasSize(28);
    expected.addAll(ids(Files.readString(Path.of("processes/vpi-initiative.bpmn")), "callActivity", "step."));
    Stream.of(MeetingKind.values()).forEach(kind -> expected.add("meeting.kind." + kind.name()));

    assertThat(keys).containsAll(expected);
  }

  @Test
  void shouldTranslateTheTaskNameAndFallBackToTheModelsName() {
    Map<String, Object> known = model(MailKind.TASK_AVAILABLE);
    Map<String, Object> unknown = model(MailKind.TASK_AVAILABLE);
    unknown.put("task", task("userTask_notTranslated", "Water the plants", null, null));

    assertThat(templates.render(MailKind.TASK_AVAILABLE, Locale.FRENCH, known).text())
        .contains("Identifier les parties prenantes").doesNotContain("Identify stakeholders");
    assertThat(templates.render(MailKind.TASK_AVAILABLE, Locale.FRENCH, unknown).subject())
        .isEqualTo("Nouvelle tâche : Water the plants – " + VPI_TITLE);
  }

  @Test
  void shouldWriteDatesTheRecipientsWay() {
    RenderedMail task = templates.render(MailKind.TASK_REMINDER, PORTUGUESE, model(MailKind.TASK_REMINDER));
    RenderedMail meeting = templates.render(MailKind.MEETING_INVITATION, PORTUGUESE, model(MailKind.MEETING_INVITATION));
    RenderedMail english = templates.render(MailKind.MEETING_INVITATION, Locale.ENGLISH, model(MailKind.MEETING_INVITATION));

    assertThat(task.text()).contains("Prazo: 31 de dezembro de 2026");
    assertThat(task.html()).contains("31 de dezembro de 2026");
    assertThat(meeting.subject()).endsWith(", 10 de dezembro de 2026");
    assertThat(meeting.text()).contains("quinta-feira, 10 de dezembro de 2026, 14:00 (", ", Europe/Vienna)");
    assertThat(english.text())
        .contains("When: Thursday 10 December 2026, 14:00 (Central European Standard Time, Europe/Vienna)");
  }

  @Test
  void shouldShowMeetingTimesInTheMeetingsZone() {
    Map<String, Object> model = model(MailKind.MEETING_UPDATE);
    model.put("startsAt", ZonedDateTime.of(2026, 12, 10, 13, 0, 0, 0, ZoneId.of("UTC")));

    assertThat(templates.render(MailKind.MEETING_UPDATE, Locale.ENGLISH, model).text())
        .contains("When: Thursday 10 December 2026, 14:00 (Central European Standard Time, Europe/Vienna)")
        .contains("Previously planned for: Wednesday 9 December 2026, 10:00");
  }

  @Test
  void shouldFallBackToEnglishForOtherLanguagesAndMatchRegionalVariants() {
    Map<String, Object> model = model(MailKind.TASK_OVERDUE);
    RenderedMail english = templates.render(MailKind.TASK_OVERDUE, Locale.ENGLISH, model);

    assertThat(templates.render(MailKind.TASK_OVERDUE, Locale.GERMAN, model)).isEqualTo(english);
    assertThat(templates.render(MailKind.TASK_OVERDUE, null, model)).isEqualTo(english);
    assertThat(english.text()).contains("Due date: 31 December 2026");
    assertThat(templates.render(MailKind.TASK_OVERDUE, Locale.forLanguageTag("pt-BR"), model))
        .isEqualTo(templates.render(MailKind.TASK_OVERDUE, PORTUGUESE, model));
    assertThat(MailTemplates.languageFor(Locale.CANADA_FRENCH)).isEqualTo(Locale.FRENCH);
    assertThat(MailTemplates.languageFor(Locale.forLanguageTag("es-MX"))).isEqualTo(SPANISH);
  }

  @Test
  void shouldTellCoordinatorsWhoTheOverdueTaskWaitsForAndWhatTheyCanDo() {
    RenderedMail claimed = templates.render(MailKind.TASK_OVERDUE, SPANISH, model(MailKind.TASK_OVERDUE));
    Map<String, Object> unclaimedModel = model(MailKind.TASK_OVERDUE);
    unclaimedModel.put("task", task("userTask_identifyStakeholders", "Identify stakeholders",
        LocalDate.of(2026, 12, 31), null));
    RenderedMail unclaimed = templates.render(MailKind.TASK_OVERDUE, Locale.ENGLISH, unclaimedModel);

    assertThat(claimed.text()).contains("A la espera de: Sociedad civil", "Asignada a: maria.silva", EXTEND_URL,
        "reasignar la tarea");
    assertThat(claimed.html()).contains("href=\"" + EXTEND_URL + "\"");
    assertThat(unclaimed.text()).contains("Assigned to: Nobody has taken it on yet");
  }

  @Test
  void shouldSayTheCalendarFileIsAttachedToInvitationsAndShowTheAgendaAsWritten() {
    for (MailKind kind : List.of(MailKind.MEETING_INVITATION, MailKind.MEETING_UPDATE)) {
      RenderedMail mail = templates.render(kind, Locale.FRENCH, model(kind));
      assertThat(mail.text()).contains(".ics", "1. Accueil\n2. Priorités", "Lieu : Salle B");
      assertThat(mail.html()).contains(".ics", "href=\"https://meet.example.org/vpi-bra\"");
    }
  }

  @Test
  void shouldNotLinkAnOnlineLinkThatIsNotAWebAddress() {
    Map<String, Object> model = model(MailKind.MEETING_INVITATION);
    model.put("onlineLink", "javascript:alert(1)");

    RenderedMail mail = templates.render(MailKind.MEETING_INVITATION, Locale.ENGLISH, model);

    assertThat(mail.html()).contains("javascript:alert(1)").doesNotContain("href=\"javascript");
  }

  @Test
  void shouldListTheDigestsNoticesAndCountThemInTheSubject() {
    RenderedMail digest = templates.render(MailKind.DIGEST, Locale.ENGLISH, model(MailKind.DIGEST));
    Map<String, Object> oneEntry = model(MailKind.DIGEST);
    oneEntry.put("entries", List.of(new DigestEntry("Only one", "Text")));

    assertThat(digest.subject()).isEqualTo("Your VPI summary for 3 December 2026: 2 notices");
    assertThat(digest.text()).contains("New task: Identify stakeholders", "Step completed");
    assertThat(digest.html()).contains("Line one\nline two &lt;b&gt;");
    assertThat(templates.render(MailKind.DIGEST, Locale.ENGLISH, oneEntry).subject()).endsWith(": one notice");
  }

  @Test
  void shouldGreetReadersWithoutNameAndEscapeTheirName() {
    Map<String, Object> noName = model(MailKind.STEP_COMPLETED);
    noName.put("recipientName", null);
    Map<String, Object> oddName = model(MailKind.STEP_COMPLETED);
    oddName.put("recipientName", "<b>Ana</b>");

    assertThat(templates.render(MailKind.STEP_COMPLETED, Locale.ENGLISH, noName).text()).startsWith("Hello,\n");
    assertThat(templates.render(MailKind.STEP_COMPLETED, Locale.ENGLISH, oddName).html())
        .contains("Dear &lt;b&gt;Ana&lt;/b&gt;,");
  }

  @Test
  void shouldRefuseAModelWithoutTheKeysItsKindNeeds() {
    Map<String, Object> model = model(MailKind.TASK_OVERDUE);
    model.remove("extendUrl");
    model.remove("platformUrl");

    assertThatThrownBy(() -> templates.render(MailKind.TASK_OVERDUE, Locale.ENGLISH, model))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[extendUrl, platformUrl]");
  }

  // --- sample data, as the outbox passes it

  static Map<String, Object> model(MailKind kind) {
    Map<String, Object> model = new HashMap<>();
    model.put("recipientName", "Maria Silva");
    model.put("platformUrl", "http://localhost:8080");
    model.put("preferencesUrl", "http://localhost:8080/me/mail-settings");
    switch (kind) {
      case TASK_AVAILABLE, TASK_REMINDER, TASK_OVERDUE -> {
        model.put("task", task("userTask_identifyStakeholders", "Identify stakeholders", LocalDate.of(2026, 12, 31),
            "maria.silva"));
        model.put("countryName", "Brasil");
        model.put("taskUrl", TASK_URL);
        model.put("extendUrl", EXTEND_URL);
      }
      case STEP_COMPLETED -> {
        model.put("step", new StepNotice(7, "pi-1", "callActivity_reviewPriorities", "Agree the engagement priorities",
            VPI_TITLE, "BRA"));
        model.put("countryName", "Brasil");
        model.put("vpiUrl", VPI_URL);
      }
      case MEETING_INVITATION, MEETING_UPDATE, MEETING_CANCELLED -> {
        ZoneId vienna = ZoneId.of("Europe/Vienna");
        model.put("meetingKind", MeetingKind.VPI_MEETING.name());
        model.put("vpiTitle", VPI_TITLE);
        model.put("countryName", "Brasil");
        model.put("startsAt", ZonedDateTime.of(2026, 12, 10, 14, 0, 0, 0, vienna));
        model.put("timeZone", vienna.getId());
        model.put("place", "Salle B, Vienna International Centre");
        model.put("onlineLink", "https://meet.example.org/vpi-bra");
        model.put("agenda", "1. Accueil\n2. Priorités");
        if (kind == MailKind.MEETING_UPDATE) {
          model.put("previousStartsAt", ZonedDateTime.of(2026, 12, 9, 10, 0, 0, 0, vienna));
        }
      }
      case DIGEST -> {
        model.put("day", LocalDate.of(2026, 12, 3));
        model.put("entries", new ArrayList<>(List.of(
            new DigestEntry("New task: Identify stakeholders – " + VPI_TITLE, "Line one\nline two <b>"),
            new DigestEntry("Step completed: Agree the engagement priorities – " + VPI_TITLE, "Text"))));
      }
      case ACCOUNT_INVITATION -> {
        model.put("inviterName", "Clara Coordinator <script>");
        model.put("role", "civilSociety");
        model.put("userId", "mariasilva");
        model.put("invitationUrl", INVITATION_URL);
        model.put("expiresOn", LocalDate.of(2026, 12, 7));
        model.put("countryName", "Brasil");
      }
      default -> throw new IllegalArgumentException(kind.name());
    }
    return model;
  }

  private static TaskNotice task(String key, String name, LocalDate due, String assignee) {
    return new TaskNotice("task-42", key, name, VPI_TITLE, "BRA", due, "civilSociety", assignee);
  }

  private static String message(Locale language, String key) {
    return MailTemplates.messageSource().getMessage(key, null, language);
  }

  /** The real messages, less one key. */
  private static MessageSource hiding(String hiddenKey) {
    MessageSource real = MailTemplates.messageSource();
    return new MessageSource() {
      @Override
      public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
        return code.equals(hiddenKey) ? defaultMessage : real.getMessage(code, args, defaultMessage, locale);
      }

      @Override
      public String getMessage(String code, Object[] args, Locale locale) {
        if (code.equals(hiddenKey)) {
          throw new NoSuchMessageException(code, locale);
        }
        return real.getMessage(code, args, locale);
      }

      @Override
      public String getMessage(MessageSourceResolvable resolvable, Locale locale) {
        return real.getMessage(resolvable, locale);
      }
    };
  }

  private static Properties load(String file) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = MailTemplatesTest.class.getClassLoader().getResourceAsStream("mail/" + file)) {
      assertThat(in).as(file).isNotNull();
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
    }
    return properties;
  }

  private static List<String> ids(String xml, String element, String prefix) {
    Matcher matcher = Pattern.compile("<(?:\\w+:)?" + element + " id=\"([^\"]+)\"").matcher(xml);
    List<String> ids = new ArrayList<>();
    while (matcher.find()) {
      ids.add(prefix + matcher.group(1));
    }
    return ids;
  }
}
