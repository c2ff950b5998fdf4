package org.unodc.vpi.notification;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues mails: rendered in the reader's language and written to the outbox in the caller's
 * transaction, so a mail exists if and only if the step that caused it was stored. Nothing here
 * talks to the SMTP server (that is {@link OutboxSender}), so an SMTP outage never holds a step back.
 */
@Service
@Transactional
public class MailOutbox {

  private static final Logger LOG = LoggerFactory.getLogger(MailOutbox.class);

  private final OutboxMailRepository mails;
  private final NotificationPreferences preferences;
  private final MailTemplates templates;
  private final MailLinks links;
  private final Clock clock;

  public MailOutbox(OutboxMailRepository mails, NotificationPreferences preferences, MailTemplates templates,
      MailLinks links, Clock clock) {
    this.mails = mails;
    this.preferences = preferences;
    this.templates = templates;
    this.links = links;
    this.clock = clock;
  }

  /** Withdraws the mails to {@code userId} not yet sent (waiting, retrying or held for a digest). */
  public int withdrawUnsent(String userId, String reason) {
    int withdrawn = 0;
    for (MailStatus unsent : List.of(MailStatus.PENDING, MailStatus.HELD)) {
      for (OutboxMail mail : mails.findByRecipientUserIdAndStatusOrderById(userId, unsent)) {
        mail.withdrawn(reason);
        withdrawn++;
      }
    }
    return withdrawn;
  }

  /** The mail as queued; empty when there is no address, it was queued before, or the reader turned it off. */
  public Optional<OutboxMail> queue(NewMail request) {
    Recipient to = request.to();
    if (to.email() == null || to.email().isBlank()) {
      LOG.info("No e-mail address for {}: {} not queued", to.userId(), request.kind());
      return Optional.empty();
    }
    String dedupKey = request.kind().template() + ":" + request.cause() + ":"
        + (to.userId() != null ? to.userId() : to.email().toLowerCase(java.util.Locale.ROOT));
    if (mails.existsByDedupKey(dedupKey)) {
      return Optional.empty();
    }
    NotificationPreference preference = to.userId() == null ? null : preferences.of(to.userId());
    if (request.noticeClass() == NoticeClass.OTHERS && preference != null && !preference.isOtherNotices()) {
      return Optional.empty();
    }
    Map<String, Object> model = new HashMap<>(request.model());
    model.put("recipientName", to.name() == null ? to.email() : to.name());
    model.put("platformUrl", links.platform());
    model.put("preferencesUrl", links.preferences());
    model.put("countryName", CountryNames.of(request.country(), to.language()));

    OutboxMail mail;
    try {
      mail = new OutboxMail(request.kind(), dedupKey, to, request.country(),
          templates.render(request.kind(), to.language(), model), clock.instant());
    } catch (RuntimeException e) {
      // A template fault must not undo the user's step: the mail is kept, failed, for a coordinator.
      LOG.error("Mail {} to {} could not be rendered", request.kind(), to.email(), e);
      mail = new OutboxMail(request.kind(), dedupKey, to, request.country(),
          new RenderedMail(request.kind().template(), "", ""), clock.instant());
      mail.failed("Template error: " + e.getMessage());
    }
    if (request.calendar() != null) {
      mail.attachCalendar(request.calendar(), request.calendarMethod());
    }
    if (mail.getStatus() == MailStatus.PENDING && request.noticeClass() != NoticeClass.ALWAYS
        && preference != null && preference.getDelivery() == Delivery.DAILY_DIGEST) {
      mail.hold();
    }
    return Optional.of(mails.save(mail));
  }
}
