package org.unodc.vpi.notification;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.IMessageResolver;
import org.thymeleaf.spring6.dialect.SpringStandardDialect;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Writes a mail in its reader's language: subject, plain text ({@code mail/<template>.txt}) and
 * HTML ({@code mail/<template>.html}), every word from {@code mail/messages*.properties}.
 *
 * <p>Has its own Thymeleaf engine and message source, apart from the application's
 * {@code messages*.properties}. A message key that does not exist fails the rendering with a
 * {@link MissingMessageException}; only task and step names fall back to the name in the model.
 * HTML templates write user data with {@code th:text} (escaped); text templates with {@code [(...)]},
 * since a plain-text body needs no HTML escaping.
 */
@Component
public class MailTemplates {

  /** The languages mails are written in; any other language gets English. */
  public static final List<Locale> LANGUAGES =
      List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"), Locale.forLanguageTag("pt"));

  static final String MESSAGES = "mail/messages";

  private static final Set<String> EVERY_KIND = Set.of("platformUrl", "preferencesUrl");

  private final MessageSource messages;
  private final TemplateEngine engine;

  public MailTemplates() {
    this(messageSource());
  }

  /** With another message source, for tests. */
  MailTemplates(MessageSource messages) {
    this.messages = messages;
    // Not SpringTemplateEngine: it replaces any message resolver with its own, which prints ??key?? for a missing key.
    this.engine = new TemplateEngine();
    engine.setDialect(new SpringStandardDialect());
    engine.addTemplateResolver(resolver("*.html", TemplateMode.HTML, 1));
    engine.addTemplateResolver(resolver("*.txt", TemplateMode.TEXT, 2));
    engine.setMessageResolver(new StrictMessageResolver());
  }

  /** The bundle {@code mail/messages*.properties}, read as UTF-8; a missing key is an exception. */
  static ResourceBundleMessageSource messageSource() {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasename(MESSAGES);
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    source.setUseCodeAsDefaultMessage(false);
    // Every message goes through MessageFormat, so a quote is written '' whether it has arguments or not.
    source.setAlwaysUseMessageFormat(true);
    return source;
  }

  /** The language a mail is written in for a reader who chose {@code requested}: English unless supported. */
  public static Locale languageFor(Locale requested) {
    if (requested == null) {
      return Locale.ENGLISH;
    }
    return LANGUAGES.stream()
        .filter(language -> language.getLanguage().equals(requested.getLanguage()))
        .findFirst()
        .orElse(Locale.ENGLISH);
  }

  /**
   * The mail of {@code kind} in {@code language} (see {@link #languageFor}), from the model keys
   * documented per kind in the templates.
   *
   * @throws IllegalArgumentException when the model lacks a key the kind needs
   * @throws MissingMessageException when a template or subject refers to a message that does not exist
   */
  public RenderedMail render(MailKind kind, Locale language, Map<String, Object> model) {
    Locale locale = languageFor(language);
    requireModel(kind, model);
    MailFormat format = new MailFormat(locale, (key, args) -> message(key, args, locale),
        key -> messages.getMessage(key, null, null, locale));
    String subject = oneLine(message(kind.template() + ".subject", subjectArguments(kind, model, format), locale));

    Context context = new Context(locale, model);
    context.setVariable("fmt", format);
    context.setVariable("subject", subject);
    try {
      String html = engine.process(kind.template() + ".html", context);
      String text = tidy(engine.process(kind.template() + ".txt", context));
      return new RenderedMail(subject, text, html);
    } catch (RuntimeException e) {
      throw missingMessageIn(e);
    }
  }

  private static Object[] subjectArguments(MailKind kind, Map<String, Object> model, MailFormat format) {
    return switch (kind) {
      case TASK_AVAILABLE, TASK_REMINDER, TASK_OVERDUE -> {
        TaskNotice task = value(model, "task", TaskNotice.class);
        yield new Object[] {format.taskName(task), task.vpiTitle()};
      }
      case STEP_COMPLETED -> {
        StepNotice step = value(model, "step", StepNotice.class);
        yield new Object[] {format.stepName(step), step.vpiTitle()};
      }
      case MEETING_INVITATION, MEETING_UPDATE, MEETING_CANCELLED -> new Object[] {
          format.meetingKind(value(model, "meetingKind", String.class)),
          value(model, "vpiTitle", String.class),
          format.date(value(model, "startsAt", ZonedDateTime.class).toLocalDate())};
      case DIGEST -> new Object[] {
          format.date(value(model, "day", LocalDate.class)), value(model, "entries", List.class).size()};
      case ACCOUNT_INVITATION -> new Object[] {value(model, "inviterName", String.class)};
    };
  }

  private static void requireModel(MailKind kind, Map<String, Object> model) {
    Set<String> needed = switch (kind) {
      case TASK_AVAILABLE, TASK_REMINDER -> Set.of("task", "countryName", "taskUrl");
      case TASK_OVERDUE -> Set.of("task", "countryName", "taskUrl", "extendUrl");
      case STEP_COMPLETED -> Set.of("step", "countryName", "vpiUrl");
      case MEETING_INVITATION, MEETING_UPDATE, MEETING_CANCELLED ->
          Set.of("meetingKind", "vpiTitle", "countryName", "startsAt", "timeZone");
      case DIGEST -> Set.of("entries", "day");
      case ACCOUNT_INVITATION -> Set.of("inviterName", "role", "userId", "invitationUrl", "expiresOn");
    };
    List<String> missing = Stream.concat(EVERY_KIND.stream(), needed.stream())
        .filter(key -> model.get(key) == null)
        .sorted()
        .toList();
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("A " + kind + " mail needs " + missing + " in its model");
    }
  }

  private static <T> T value(Map<String, Object> model, String key, Class<T> type) {
    Object value = model.get(key);
    if (!type.isInstance(value)) {
      throw new IllegalArgumentException("Model key " + key + " must be a " + type.getSimpleName() + ", not "
          + (value == null ? "null" : value.getClass().getSimpleName()));
    }
    return type.cast(value);
  }

  private String message(String key, Object[] args, Locale locale) {
    try {
      return messages.getMessage(key, args, locale);
    } catch (NoSuchMessageException e) {
      throw new MissingMessageException(key, locale);
    }
  }

  /** Thymeleaf wraps what a template's expression throws; callers get the missing key itself. */
  private static RuntimeException missingMessageIn(RuntimeException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof MissingMessageException missing) {
        return missing;
      }
    }
    return e;
  }

  private static String oneLine(String subject) {
    return subject.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
  }

  /** The text templates' conditional blocks leave blank lines and trailing spaces: at most one empty line. */
  private static String tidy(String text) {
    return text.replaceAll("[ \\t]+(?=\\r?\\n)", "").replaceAll("(\\r?\\n){3,}", "\n\n").strip() + "\n";
  }

  private static ClassLoaderTemplateResolver resolver(String pattern, TemplateMode mode, int order) {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(MailTemplates.class.getClassLoader());
    resolver.setPrefix("mail/");
    resolver.setResolvablePatterns(Set.of(pattern));
    resolver.setTemplateMode(mode);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCheckExistence(true);
    resolver.setOrder(order);
    return resolver;
  }

  /** {@code #{...}} in the templates: from this class's message source, or an exception, never {@code ??key??}. */
  private final class StrictMessageResolver implements IMessageResolver {

    @Override
    public String getName() {
      return "mail messages";
    }

    @Override
    public Integer getOrder() {
      return 0;
    }

    @Override
    public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] parameters) {
      return message(key, parameters, context.getLocale());
    }

    @Override
    public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
        Object[] parameters) {
      throw new MissingMessageException(key, context.getLocale());
    }
  }

  /** A template or subject refers to a message key that the language's messages file lacks. */
  public static final class MissingMessageException extends RuntimeException {

    private final String key;
    private final Locale language;

    public MissingMessageException(String key, Locale language) {
      super("No mail message '" + key + "' in language " + language + " (" + MESSAGES + "*.properties)");
      this.key = key;
      this.language = language;
    }

    public String key() {
      return key;
    }

    public Locale language() {
      return language;
    }
  }
}
