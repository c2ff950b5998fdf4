package org.unodc.vpi.notification;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unodc.vpi.record.InvalidRecordException;

/** Each user's language and how they want their mail (immediate or daily digest). */
@Service
@Transactional
public class NotificationPreferences {

  /** The languages mails are written in. */
  public static final List<String> LANGUAGES = List.of("en", "fr", "es", "pt");

  private final NotificationPreferenceRepository preferences;
  private final Locale defaultLanguage;
  private final Clock clock;

  public NotificationPreferences(NotificationPreferenceRepository preferences,
      @Value("${vpi.mail.default-language:en}") String defaultLanguage, Clock clock) {
    this.preferences = preferences;
    this.defaultLanguage = Locale.forLanguageTag(defaultLanguage);
    this.clock = clock;
  }

  /** A platform user as a recipient, in the language they chose (the platform's default when they chose none). */
  @Transactional(readOnly = true)
  public Recipient recipient(String userId, String email, String name) {
    return new Recipient(userId, email, name, of(userId).getLanguage());
  }

  /** Someone without an account (a meeting participant): the platform's default language. */
  public Recipient outsider(String email, String name) {
    return new Recipient(null, email, name, defaultLanguage);
  }

  /** The user's settings; the defaults (immediate, every notice) when they never changed them. */
  @Transactional(readOnly = true)
  public NotificationPreference of(String userId) {
    return preferences.findById(userId)
        .orElseGet(() -> new NotificationPreference(userId, defaultLanguage, Delivery.IMMEDIATE, true, clock.instant()));
  }

  public NotificationPreference change(String userId, String language, Delivery delivery, boolean otherNotices) {
    if (language == null || !LANGUAGES.contains(language)) {
      throw new InvalidRecordException("language", "notification.language.unknown", String.valueOf(language),
          String.join(", ", LANGUAGES));
    }
    if (delivery == null) {
      throw new InvalidRecordException("delivery", "notification.delivery.missing");
    }
    NotificationPreference preference = preferences.findById(userId).orElse(null);
    if (preference == null) {
      preference = new NotificationPreference(userId, Locale.forLanguageTag(language), delivery, otherNotices,
          clock.instant());
    } else {
      preference.change(Locale.forLanguageTag(language), delivery, otherNotices, clock.instant());
    }
    return preferences.save(preference);
  }
}
