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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * lease on them ({@code vpi.mail.outbox.lease}), written and compared in the database's time, and
 * renews it while it sends so that it always outlasts the next send ({@code vpi.mail.outbox.send-margin}).
 * The passes of a node run one at a time, so each pass first takes back the node's own earlier claims
 * (nothing of them is in flight: a pass that failed half-way, or the node restarted); the claims of a
 * node whose lease ran out go back to the queue for any node. Just before each send the pass checks
 * the mail is still its own. So a mail is sent by one node at a time, and after a crash or a database
 * outage the outbox resumes at the next pass. What remains is SMTP's own window: a mail the server
 * accepted in the instant before the platform died, before its commit as SENT, is sent again (one
 * accepted while the database was away is kept in memory and committed as SENT before anything is
 * released), with the same Message-ID, which lets mail systems drop the copy.
 */
@Component
public class OutboxSender {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);

  private final OutboxMailRepository mails;
  private final OutboxNodeRepository nodes;
  private final DatabaseClock databaseClock;
  private final MailMessages messages;
  private final ObjectProvider<JavaMailSender> mailSender;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final int batchSize;
  private final Duration firstRetryAfter;
  private final Duration maxRetryAfter;
  private final Duration lease;
  private final Duration sendMargin;
  /** Random per process start: tells this JVM's lease renewals from another's under the same node id. */
  private final String instance = UUID.randomUUID().toString();
  private String node;
  private boolean started;
  /** This JVM's monotonic time just before the last renewal: the lease runs at least {@code lease} from it. */
  private long leaseRenewedAtNanos;
  private boolean leaseRenewed;
  /**
   * Mails the server accepted whose commit as SENT failed (the database away), by id, with their
   * claim token: committed as SENT before anything of this node's is released, so this JVM never
   * sends them again. Guarded by the passes running one at a time.
   */
  private final Map<Long, String> acceptedNotRecorded = new LinkedHashMap<>();

  public OutboxSender(OutboxMailRepository mails, OutboxNodeRepository nodes, DatabaseClock databaseClock,
      MailMessages messages,
      ObjectProvider<JavaMailSender> mailSender, TransactionTemplate transaction, Clock clock,
      @Value("${vpi.mail.outbox.batch-size:50}") int batchSize,
      @Value("${vpi.mail.outbox.first-retry-after:PT30S}") Duration firstRetryAfter,
      @Value("${vpi.mail.outbox.max-retry-after:PT15M}") Duration maxRetryAfter,
      @Value("${vpi.mail.outbox.lease:PT10M}") Duration lease,
      @Value("${vpi.mail.outbox.send-margin:PT7M}") Duration sendMargin,
      @Value("${vpi.mail.outbox.node-id:}") String nodeId,
      @Value("${server.port:8080}") String port) {
    this.mails = mails;
    this.nodes = nodes;
    this.databaseClock = databaseClock;
    this.messages = messages;
    this.mailSender = mailSender;
    this.transaction = transaction;
    this.clock = clock;
    this.batchSize = batchSize;
    this.firstRetryAfter = firstRetryAfter;
    this.maxRetryAfter = maxRetryAfter;
    this.lease = lease;
    this.sendMargin = sendMargin;
    this.node = nodeId.isBlank() ? defaultNodeId(port) : nodeId;
    LOG.info("Outbox node id: {}", node);
    if (sendMargin.compareTo(lease) >= 0) {
      LOG.warn("vpi.mail.outbox.send-margin ({}) is not shorter than vpi.mail.outbox.lease ({}): a lease may run out"
          + " during a send, and another node send the same mail", sendMargin, lease);
    }
  }

  /**
   * The longest one send can take when the server answers each step just before the time-outs: the
   * connection, then as many replies (or writes) as the first mail of a session needs: greeting, EHLO,
   * STARTTLS, EHLO again, up to three for AUTH, MAIL FROM, RCPT TO, DATA, the message, its end. The
   * send margin must be at least this, or a lease could run out during a send.
   */
  static Duration longestSend(Duration connectTimeout, Duration replyTimeout, Duration writeTimeout) {
    Duration step = replyTimeout.compareTo(writeTimeout) >= 0 ? replyTimeout : writeTimeout;
    return connectTimeout.plus(step.multipliedBy(12));
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
    if ("localhost".equalsIgnoreCase(host)) {
      LOG.warn("This host's name is localhost: platforms on two such hosts sharing a database, on the same port,"
          + " would share an outbox node id and take each other's claims; set vpi.mail.outbox.node-id");
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

  /**
   * Sends every mail that is due now; returns how many the server accepted. One pass at a time (the
   * scheduler's and any caller's), which is what lets a pass take back all of this node's claims.
   */
  public synchronized int deliverDue() {
    JavaMailSender sender = mailSender.getIfAvailable();
    if (sender == null) {
      return 0;
    }
    forgetNodesGoneLongAgoOnce();
    renewLease();
    recordAcceptedNotRecorded();
    transaction.executeWithoutResult(status -> {
      int own = mails.releaseClaimsOf(node);
      if (own > 0) {
        LOG.info("{} mails this node ({}) had claimed in an earlier pass or run are back in the queue", own, node);
      }
      int released = mails.releaseAbandoned(databaseClock.now());
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

  /** A random port adds a node at each start: rows of nodes whose lease ran out a day ago go. */
  private void forgetNodesGoneLongAgoOnce() {
    if (started) {
      return;
    }
    int forgotten = transaction.execute(status ->
        nodes.deleteExpiredBefore(databaseClock.now().minus(Duration.ofDays(1))));
    if (forgotten > 0) {
      LOG.info("Forgot {} outbox nodes whose lease ran out over a day ago", forgotten);
    }
    started = true;
  }

  /** True when the lease had not run out: the claims made under it are still this node's. */
  private boolean renewLease() {
    long asked = System.nanoTime();
    boolean held = transaction.execute(status -> {
      Instant now = databaseClock.now();
      Instant until = now.plus(lease);
      OutboxNode row = nodes.findById(node).orElse(null);
      if (row != null && leaseRenewed && row.renewedByAnotherThan(instance)) {
        // Not a restart (this JVM renewed it before): another live platform uses the same id.
        String shared = node;
        node = shared + "/" + UUID.randomUUID();
        LOG.error("Another running platform uses the outbox node id {} (same host name and port?): this one goes on"
            + " as {}; give each platform its own vpi.mail.outbox.node-id", shared, node);
        row = null;
      }
      if (row == null) {
        nodes.save(new OutboxNode(node, until, instance));
        return false;
      }
      return row.renew(now, until, instance);
    });
    // The database's lease runs until its own now + lease, and its now came after 'asked'.
    leaseRenewedAtNanos = asked;
    leaseRenewed = true;
    return held;
  }

  /**
   * True when the lease runs long enough for one more send (at least the send margin: connect and
   * reply timeouts), renewing it when less is left; false if it had run out meanwhile. Measured on
   * this JVM's monotonic clock from the last renewal, so no clock of another machine is involved.
   */
  private boolean leaseHeldForASend() {
    boolean enoughLeft = leaseRenewed
        && System.nanoTime() - leaseRenewedAtNanos < lease.minus(sendMargin).toNanos();
    return enoughLeft || renewLease();
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
        if (!leaseHeldForASend()) {
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
        if (transaction.execute(status -> mails.countClaimed(mail.getId(), token)) == 0) {
          LOG.info("Mail {} was taken back from node {} before it was sent: left to whoever has it now", mail.getId(), node);
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
        // Its own commit, at once: a crash from here on does not send it again. Should the commit fail,
        // the mail stays claimed and remembered, and is committed as SENT first thing.
        acceptedNotRecorded.put(mail.getId(), token);
        record(mail, token, null);
        acceptedNotRecorded.remove(mail.getId());
        accepted++;
      }
      return new Pass(accepted, false);
    } catch (RuntimeException e) {
      // The database away for a moment, most likely: the mails not sent go back to the queue now.
      releaseAfterFailure(token, e);
      throw e;
    } finally {
      if (session != null) {
        session.close();
      }
    }
  }

  private void releaseAfterFailure(String token, RuntimeException failure) {
    try {
      // The accepted mail first: releasing by token would otherwise put it back in the queue.
      recordAcceptedNotRecorded();
      transaction.execute(status -> mails.releaseClaim(token));
    } catch (RuntimeException again) {
      // Still away: this node's next pass takes them back first thing.
      failure.addSuppressed(again);
    }
  }

  /** Commits as SENT, in one transaction, the mails the server accepted when the database was away. */
  private void recordAcceptedNotRecorded() {
    if (acceptedNotRecorded.isEmpty()) {
      return;
    }
    transaction.executeWithoutResult(status -> acceptedNotRecorded.forEach((id, token) -> mails.findById(id)
        .filter(mail -> token.equals(mail.getClaimToken()))
        .ifPresentOrElse(mail -> mail.sent(clock.instant()),
            () -> LOG.warn("Mail {}, accepted by the mail server, was taken back from node {} before its record:"
                + " whoever has it now sends it again", id, node))));
    LOG.info("{} mails the mail server had accepted while the database was away are recorded as sent",
        acceptedNotRecorded.size());
    acceptedNotRecorded.clear();
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
