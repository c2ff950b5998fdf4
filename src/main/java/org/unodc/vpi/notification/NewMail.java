package org.unodc.vpi.notification;

import java.util.Map;

/**
 * A mail to queue.
 *
 * @param cause what it is about, unique per recipient ({@code task-available:<taskId>}): the same
 *     cause queued twice for one recipient gives one mail
 * @param calendar an iCalendar text to attach, or null
 * @param calendarMethod the calendar's METHOD (REQUEST, CANCEL), or null
 */
public record NewMail(MailKind kind, Recipient to, String cause, String country, Map<String, Object> model,
    NoticeClass noticeClass, String calendar, String calendarMethod) {

  public NewMail(MailKind kind, Recipient to, String cause, String country, Map<String, Object> model,
      NoticeClass noticeClass) {
    this(kind, to, cause, country, model, noticeClass, null, null);
  }
}
