package org.unodc.vpi.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once a day, each reader who chose the digest gets one mail with the notices held for them
 * since the last one; the held mails are marked as gone out inside it.
 */
@Component
public class DailyDigest {

  private static final Logger LOG = LoggerFactory.getLogger(DailyDigest.class);
  private static final int FULL_ENTRIES = 30;
  private static final int MAX_ENTRY_TEXT = 2000;

  private final OutboxMailRepository mails;
  private final MailOutbox outbox;
  private final NotificationPreferences preferences;
  private final TransactionTemplate transaction;
  private final Clock clock;

  public DailyDigest(OutboxMailRepository mails, MailOutbox outbox, NotificationPreferences preferences,
      TransactionTemplate transaction, Clock clock) {
    this.mails = mails;
    this.outbox = outbox;
    this.preferences = preferences;
    this.transaction = transaction;
    this.clock = clock;
  }

  /** Every day at 07:00 UTC by default ({@code vpi.mail.digest.cron}). */
  @Scheduled(cron = "${vpi.mail.digest.cron:0 0 7 * * *}", zone = "UTC")
  public void send() {
    for (String userId : mails.findHoldingRecipients()) {
      try {
        transaction.executeWithoutResult(status -> digest(userId));
      } catch (RuntimeException e) {
        // One reader's digest failing must not keep the others' from going out.
        LOG.error("Daily digest for {} not queued", userId, e);
      }
    }
  }

  private void digest(String userId) {
    List<OutboxMail> held = mails.findByRecipientUserIdAndStatusOrderById(userId, MailStatus.HELD);
    if (held.isEmpty()) {
      return;
    }
    OutboxMail first = held.get(0);
    Recipient to = new Recipient(userId, first.getRecipientEmail(), first.getRecipientName(),
        preferences.of(userId).getLanguage());
    // A digest stays readable (and within a mail's size) however long the reader was away: the
    // first entries in full, the rest by subject only.
    List<DigestEntry> entries = new ArrayList<>();
    for (int i = 0; i < held.size(); i++) {
      OutboxMail mail = held.get(i);
      entries.add(new DigestEntry(mail.getSubject(), i < FULL_ENTRIES ? shorten(mail.getTextBody()) : ""));
    }
    LocalDate day = LocalDate.now(clock);
    outbox.queue(new NewMail(MailKind.DIGEST, to, "digest:" + day + ":" + held.get(held.size() - 1).getId(),
        null, Map.of("entries", entries, "day", day), NoticeClass.ALWAYS))
        .ifPresent(digest -> held.forEach(mail -> mail.digested(digest.getId())));
  }

  private static String shorten(String text) {
    return text.length() <= MAX_ENTRY_TEXT ? text : text.substring(0, MAX_ENTRY_TEXT) + " ...";
  }
}
