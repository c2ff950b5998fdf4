package org.unodc.vpi.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.io.IOException;
import java.net.InetAddress;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox: claims the mails that are due, sends them one after the other over one SMTP
 * connection, and records each outcome in a commit of its own as soon as the server answered. A
 * mail the server did not take goes back to the queue with a growing delay; one it refused for
 * good (a rejected address) is kept as FAILED for a coordinator.
 *
 * <p>Claims belong to a node (one running platform, {@code vpi.mail.outbox.node-id}) which holds a
 * lease on them ({@code vpi.mail.outbox.lease}) and renews it while it sends. A node that starts
 * takes back its own earlier claims at once (nothing of them is in flight: it just started); the
 * claims of a node whose lease ran out go back to the queue for any node. So a mail is sent by one
 * node at a time, and after a crash the outbox resumes at once on restart. What remains is SMTP's
 * own window: a mail the server accepted in the instant before the platform died, before its commit
 * as SENT, is sent again, with the same Message-ID, which lets mail systems drop the copy.
 */
@Component
public class OutboxSender {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);

  private final OutboxMailRepository mails;
  private final OutboxNodeRepository nodes;
  private final MailMessages messages;
  private final ObjectProvider<JavaMailSender> mailSender;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final int batchSize;
  private final Duration firstRetryAfter;
  private final Duration maxRetryAfter;
  private final Duration lease;
  private final String node;
  private boolean ownClaimsTakenBack;
  private volatile Instant leaseRenewedAt = Instant.MIN;

  public OutboxSender(OutboxMailRepository mails, OutboxNodeRepository nodes, MailMessages messages,
      ObjectProvider<JavaMailSender> mailSender, TransactionTemplate transaction, Clock clock,
      @Value("${vpi.mail.outbox.batch-size:50}") int batchSize,
      @Value("${vpi.mail.outbox.first-retry-after:PT30S}") Duration firstRetryAfter,
      @Value("${vpi.mail.outbox.max-retry-after:PT15M}") Duration maxRetryAfter,
      @Value("${vpi.mail.outbox.lease:PT2M}") Duration lease,
      @Value("${vpi.mail.outbox.node-id:}") String nodeId,
      @Value("${server.port:8080}") String port) {
    this.mails = mails;
    this.nodes = nodes;
    this.messages = messages;
    this.mailSender = mailSender;
    this.transaction = transaction;
    this.clock = clock;
    this.batchSize = batchSize;
    this.firstRetryAfter = firstRetryAfter;
    this.maxRetryAfter = maxRetryAfter;
    this.lease = lease;
    this.node = nodeId.isBlank() ? defaultNodeId(port) : nodeId;
  }

  /**
   * This host and the platform's port: the same after a restart, and different for two platforms
   * on one host (they cannot share a port). A random port gives a new id at each start: the claims of
   * the one before are then taken back when its lease runs out.
   */
  static String defaultNodeId(String port) {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      host = System.getenv().getOrDefault("HOSTNAME", "localhost");
    }
    return host + ":" + ("0".equals(port) ? UUID.randomUUID().toString() : port);
  }

  String node() {
    return node;
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
    takeBackOwnClaimsOnce();
    renewLease();
    transaction.executeWithoutResult(status -> {
      int released = mails.releaseAbandoned(clock.instant());
      if (released > 0) {
        LOG.info("{} mails claimed by a node that stopped are back in the queue", released);
      }
    });
    int accepted = 0;
    while (true) {
      List<OutboxMail> batch = claim();
      if (batch.isEmpty()) {
        return accepted;
      }
      Pass pass = send(sender, batch);
      accepted += pass.accepted();
      // Nothing taken or the connection lost (the server is down, most likely): the next poll tries again.
      if (batch.size() < batchSize || pass.accepted() == 0 || pass.stoppedEarly()) {
        return accepted;
      }
    }
  }

  private synchronized void takeBackOwnClaimsOnce() {
    if (ownClaimsTakenBack) {
      return;
    }
    renewLease();
    int released = transaction.execute(status -> mails.releaseClaimsOf(node));
    if (released > 0) {
      LOG.info("{} mails this node ({}) had claimed before it stopped are back in the queue", released, node);
    }
    ownClaimsTakenBack = true;
  }

  /** True when the lease had not run out: the claims made under it are still this node's. */
  private boolean renewLease() {
    Instant now = clock.instant();
    boolean held = transaction.execute(status -> {
      if (nodes.renew(node, now, now.plus(lease)) == 1) {
        return true;
      }
      if (nodes.extend(node, now.plus(lease)) == 0) {
        nodes.save(new OutboxNode(node, now.plus(lease)));
      }
      return false;
    });
    leaseRenewedAt = now;
    return held;
  }

  /** Renews the lease when a quarter of it has gone by; false if it had run out meanwhile. */
  private boolean leaseHeld() {
    return clock.instant().isBefore(leaseRenewedAt.plus(lease.dividedBy(4))) || renewLease();
  }

  private List<OutboxMail> claim() {
    return transaction.execute(status -> {
      Instant now = clock.instant();
      List<Long> due = mails.findDue(now, PageRequest.of(0, batchSize));
      if (due.isEmpty()) {
        return List.of();
      }
      String token = UUID.randomUUID().toString();
      mails.claim(due, token, node, now);
      return mails.findByClaimTokenOrderById(token);
    });
  }

  private record Pass(int accepted, boolean stoppedEarly) {}

  private Pass send(JavaMailSender sender, List<OutboxMail> batch) {
    String token = batch.get(0).getClaimToken();
    int accepted = 0;
    SmtpSession session = null;
    try {
      for (int i = 0; i < batch.size(); i++) {
        OutboxMail mail = batch.get(i);
        if (!leaseHeld()) {
          // Stopped too long (a pause, the database away): another node may have these mails now.
          transaction.execute(status -> mails.releaseClaim(token));
          LOG.warn("Outbox lease of node {} ran out during a pass: its unsent claims are back in the queue", node);
          return new Pass(accepted, true);
        }
        MimeMessage message;
        try {
          message = messages.of(mail);
        } catch (MessagingException | RuntimeException e) {
          record(mail, token, e);
          continue;
        }
        try {
          if (session == null) {
            session = SmtpSession.open(sender);
          }
          session.send(message);
        } catch (MessagingException | MailException e) {
          record(mail, token, e);
          if (session == null || !session.isConnected()) {
            for (OutboxMail notTried : batch.subList(i + 1, batch.size())) {
              record(notTried, token, e);
            }
            return new Pass(accepted, true);
          }
          continue;
        }
        // Its own commit, at once: a crash from here on does not send it again.
        record(mail, token, null);
        accepted++;
      }
      return new Pass(accepted, false);
    } finally {
      if (session != null) {
        session.close();
      }
    }
  }

  /** The outcome of one mail, unless it was taken back from this node meanwhile (then it is another's). */
  private void record(OutboxMail claimed, String token, Exception failure) {
    try {
      transaction.executeWithoutResult(status -> mails.findById(claimed.getId())
          .filter(mail -> token.equals(mail.getClaimToken()))
          .ifPresent(mail -> {
            Instant now = clock.instant();
            if (failure == null) {
              mail.sent(now);
            } else if (isPermanent(failure)) {
              LOG.warn("Mail {} to {} refused for good: {}", mail.getId(), mail.getRecipientEmail(), reason(failure));
              mail.failed(reason(failure));
            } else {
              mail.retryAt(now.plus(delayAfter(mail.getAttempts() + 1)), reason(failure));
            }
          }));
    } catch (OptimisticLockingFailureException takenBack) {
      LOG.info("Mail {} was taken back from node {} while it was being sent", claimed.getId(), node);
    }
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

  /** What the mail server or the connection said, for coordinators: the messages only, no class names. */
  private static String reason(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String outer = failure.getMessage();
    String inner = root.getMessage();
    if (outer == null || outer.isBlank()) {
      return inner == null || inner.isBlank() ? "The mail server gave no reason." : inner;
    }
    return root == failure || inner == null || outer.contains(inner) ? outer : outer + " (" + inner + ")";
  }
}
