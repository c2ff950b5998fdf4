package org.unodc.vpi.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox: claims the mails that are due, sends them over one SMTP connection, and
 * records each outcome. A mail the server did not take goes back to the queue with a growing
 * delay; one it refused for good (a rejected address) is kept as FAILED for a coordinator. A mail
 * is marked SENT only after the server accepted it, and claimed by one sender only, so each goes
 * out once. (If the platform stops between the server's acceptance and that mark, the mail is sent
 * again after {@code stale-after}: the fixed Message-ID lets mail systems drop that copy.)
 */
@Component
public class OutboxSender {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);

  private final OutboxMailRepository mails;
  private final MailMessages messages;
  private final ObjectProvider<JavaMailSender> mailSender;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final int batchSize;
  private final Duration firstRetryAfter;
  private final Duration maxRetryAfter;
  private final Duration staleAfter;

  public OutboxSender(OutboxMailRepository mails, MailMessages messages, ObjectProvider<JavaMailSender> mailSender,
      TransactionTemplate transaction, Clock clock,
      @Value("${vpi.mail.outbox.batch-size:50}") int batchSize,
      @Value("${vpi.mail.outbox.first-retry-after:PT30S}") Duration firstRetryAfter,
      @Value("${vpi.mail.outbox.max-retry-after:PT15M}") Duration maxRetryAfter,
      @Value("${vpi.mail.outbox.stale-after:PT10M}") Duration staleAfter) {
    this.mails = mails;
    this.messages = messages;
    this.mailSender = mailSender;
    this.transaction = transaction;
    this.clock = clock;
    this.batchSize = batchSize;
    this.firstRetryAfter = firstRetryAfter;
    this.maxRetryAfter = maxRetryAfter;
    this.staleAfter = staleAfter;
  }

  @Scheduled(fixedDelayString = "${vpi.mail.outbox.poll-interval:PT2S}",
      initialDelayString = "${vpi.mail.outbox.poll-interval:PT2S}")
  public void poll() {
    try {
      deliverDue();
    } catch (RuntimeException e) {
      // The database may be away for a moment: the next poll tries again.
      LOG.warn("Outbox delivery pass failed: {}", e.toString());
    }
  }

  /** Sends every mail that is due now; returns how many the server accepted. */
  public int deliverDue() {
    JavaMailSender sender = mailSender.getIfAvailable();
    if (sender == null) {
      return 0;
    }
    transaction.executeWithoutResult(status -> mails.releaseStale(clock.instant().minus(staleAfter)));
    int accepted = 0;
    while (true) {
      List<OutboxMail> batch = claim();
      if (batch.isEmpty()) {
        return accepted;
      }
      Map<Long, Exception> failures = send(sender, batch);
      accepted += batch.size() - failures.size();
      record(batch, failures);
      // A whole batch refused (the server is down, most likely): the next poll tries again.
      if (batch.size() < batchSize || failures.size() == batch.size()) {
        return accepted;
      }
    }
  }

  private List<OutboxMail> claim() {
    return transaction.execute(status -> {
      Instant now = clock.instant();
      List<Long> due = mails.findDue(now, PageRequest.of(0, batchSize));
      if (due.isEmpty()) {
        return List.of();
      }
      String token = UUID.randomUUID().toString();
      mails.claim(due, token, now);
      return mails.findByClaimTokenOrderById(token);
    });
  }

  /** The failures, by mail id; every other mail of the batch was accepted by the server. */
  private Map<Long, Exception> send(JavaMailSender sender, List<OutboxMail> batch) {
    Map<Long, Exception> failures = new HashMap<>();
    List<MimeMessage> ready = new ArrayList<>();
    Map<MimeMessage, Long> idOf = new HashMap<>();
    for (OutboxMail mail : batch) {
      try {
        MimeMessage message = messages.of(mail);
        ready.add(message);
        idOf.put(message, mail.getId());
      } catch (MessagingException | RuntimeException e) {
        failures.put(mail.getId(), e);
      }
    }
    if (ready.isEmpty()) {
      return failures;
    }
    try {
      sender.send(ready.toArray(MimeMessage[]::new));
    } catch (MailSendException e) {
      // Spring lists each message the server did not take; with none listed, every message was taken
      // and only closing the connection failed: retrying them would send them twice.
      e.getFailedMessages().forEach((message, cause) -> failures.put(idOf.get(message), cause));
      if (e.getFailedMessages().isEmpty()) {
        LOG.warn("SMTP connection not closed cleanly after sending {} mails: {}", ready.size(), e.getMessage());
      }
    } catch (MailException e) {
      ready.forEach(message -> failures.put(idOf.get(message), e));
    }
    return failures;
  }

  private void record(List<OutboxMail> batch, Map<Long, Exception> failures) {
    transaction.executeWithoutResult(status -> {
      Instant now = clock.instant();
      for (OutboxMail mail : mails.findAllById(batch.stream().map(OutboxMail::getId).toList())) {
        if (!batch.get(0).getClaimToken().equals(mail.getClaimToken())) {
          continue; // released as stale and claimed by another sender meanwhile: its outcome is theirs to record
        }
        Exception failure = failures.get(mail.getId());
        if (failure == null) {
          mail.sent(now);
        } else if (isPermanent(failure)) {
          LOG.warn("Mail {} to {} refused for good: {}", mail.getId(), mail.getRecipientEmail(), reason(failure));
          mail.failed(reason(failure));
        } else {
          mail.retryAt(now.plus(delayAfter(mail.getAttempts() + 1)), reason(failure));
        }
      }
    });
  }

  /** 30 s, 1 min, 2 min, ... up to 15 min between attempts (the defaults). */
  Duration delayAfter(int attempts) {
    Duration delay = firstRetryAfter.multipliedBy(1L << Math.min(attempts - 1, 20));
    return delay.compareTo(maxRetryAfter) > 0 || delay.isNegative() ? maxRetryAfter : delay;
  }

  /**
   * An address the server or the mail library refuses, or any permanent SMTP reply (5xx: message too
   * large, refused by policy), will be refused again: no point retrying.
   */
  static boolean isPermanent(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof AddressException || smtpReplyCode(cause) >= 500) {
        return true;
      }
      if (cause instanceof SendFailedException sendFailed && sendFailed.getInvalidAddresses() != null
          && sendFailed.getInvalidAddresses().length > 0) {
        return true;
      }
    }
    return false;
  }

  /** The SMTP reply code the mail library's SMTP exceptions carry ({@code getReturnCode()}), or -1. */
  private static int smtpReplyCode(Throwable cause) {
    try {
      Object code = cause.getClass().getMethod("getReturnCode").invoke(cause);
      return code instanceof Integer number ? number : -1;
    } catch (ReflectiveOperationException e) {
      return -1;
    }
  }

  private static String reason(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return root == failure ? message : failure.getClass().getSimpleName() + ": " + message;
  }
}
