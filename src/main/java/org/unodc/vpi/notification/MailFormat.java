package org.unodc.vpi.notification;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What the mail templates reach as {@code fmt}: dates and names in the reader's language. Date
 * patterns are messages too ({@code format.date}, {@code format.dateTime}), so each language writes
 * its dates its own way.
 */
public final class MailFormat {

  private final Locale locale;
  private final BiFunction<String, Object[], String> message;
  private final Function<String, String> messageOrNull;

  /**
   * @param message a message that must exist
   * @param messageOrNull a message, or null when there is no such key
   */
  MailFormat(Locale locale, BiFunction<String, Object[], String> message, Function<String, String> messageOrNull) {
    this.locale = locale;
    this.message = message;
    this.messageOrNull = messageOrNull;
  }

  /** {@code 31 December 2026}, {@code 31 de dezembro de 2026}; empty for no date. */
  public String date(LocalDate date) {
    return date == null ? "" : DateTimeFormatter.ofPattern(message("format.date"), locale).format(date);
  }

  /** Day, date and time in the zone {@code zone}, with the zone's name and id. */
  public String dateTime(ZonedDateTime at, String zone) {
    if (at == null) {
      return "";
    }
    ZonedDateTime local = zone == null ? at : at.withZoneSameInstant(ZoneId.of(zone));
    String dateTime = DateTimeFormatter.ofPattern(message("format.dateTime"), locale).format(local);
    String zoneName = DateTimeFormatter.ofPattern("zzzz", locale).format(local);
    String zoneId = local.getZone().getId().replace('_', ' ');
    return message.apply("format.dateTimeInZone", new Object[] {dateTime, zoneName, zoneId});
  }

  /** The task's name in the reader's language ({@code task.<taskKey>}), else its name in the model. */
  public String taskName(TaskNotice task) {
    return translatedOr("task." + task.taskKey(), task.taskName());
  }

  /** The step's name in the reader's language ({@code step.<stepKey>}), else its name in the model. */
  public String stepName(StepNotice step) {
    return translatedOr("step." + step.stepKey(), step.stepName());
  }

  /** {@code meeting.kind.<NAME>}: every kind of meeting has its name in every language. */
  public String meetingKind(String kind) {
    return message("meeting.kind." + kind);
  }

  /** {@code role.<groupId>}: the role a task waits for. */
  public String role(String groupId) {
    return message("role." + groupId);
  }

  /** Whether a link from user data may be a link: only web addresses, never {@code javascript:} and the like. */
  public boolean isWebLink(String link) {
    return link != null && link.strip().matches("(?i)https?://\\S+");
  }

  private String translatedOr(String key, String fallback) {
    String translated = messageOrNull.apply(key);
    return translated != null ? translated : fallback;
  }

  private String message(String key) {
    return message.apply(key, new Object[0]);
  }
}
