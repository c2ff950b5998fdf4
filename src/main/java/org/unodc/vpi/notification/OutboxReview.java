package org.unodc.vpi.notification;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unodc.vpi.record.InvalidRecordException;
import org.unodc.vpi.record.ListQuery;
import org.unodc.vpi.record.CountryScope;
import org.unodc.vpi.record.RecordNotFoundException;

/** What coordinators see of the outbox: mails by status (the failed ones with why), and another try. */
@Service
@Transactional
public class OutboxReview {

  static final String RECORD_TYPE = "mail";

  private final OutboxMailRepository mails;
  private final Clock clock;

  public OutboxReview(OutboxMailRepository mails, Clock clock) {
    this.mails = mails;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Page<OutboxMail> list(MailStatus status, String country, CountryScope scope, Pageable page) {
    ListQuery<OutboxMail> query = ListQuery.<OutboxMail>visibleIn(scope).equalTo("status", status)
        .equalTo("country", country);
    return mails.findAll(query.where(), query.page(page));
  }

  @Transactional(readOnly = true)
  public OutboxMail get(long id, CountryScope scope) {
    return scope.visible(mails.findById(id), OutboxMail::getCountry, RECORD_TYPE, id);
  }

  /** A failed mail goes out again, to the same address or a corrected one. */
  public OutboxMail retry(long id, String correctedEmail, CountryScope scope) {
    OutboxMail mail = get(id, scope);
    if (mail.getStatus() != MailStatus.FAILED) {
      throw new InvalidRecordException("id", "notification.mail.notFailed", String.valueOf(id));
    }
    if (mail.getTextBody().isEmpty()) {
      throw new InvalidRecordException("id", "notification.mail.notRenderable", String.valueOf(id));
    }
    String email = correctedEmail == null || correctedEmail.isBlank() ? null : correctedEmail.trim();
    if (email != null) {
      try {
        new InternetAddress(email, true).validate();
      } catch (AddressException e) {
        throw new InvalidRecordException("email", "notification.mail.badAddress", email);
      }
    }
    mail.retryNow(email, clock.instant());
    return mail;
  }
}
