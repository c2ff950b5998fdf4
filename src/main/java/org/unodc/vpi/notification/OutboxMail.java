package org.unodc.vpi.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;

/** One mail in the outbox: rendered when queued, delivered by {@link OutboxSender}. */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

  private static final int MAX_ERROR = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MailKind kind;

  @Column(nullable = false)
  private String dedupKey;

  private String recipientUserId;

  @Column(nullable = false)
  private String recipientEmail;

  private String recipientName;

  @Column(nullable = false)
  private String language;

  private String country;

  @Column(nullable = false)
  private String subject;

  @Column(nullable = false)
  private String textBody;

  @Column(nullable = false)
  private String htmlBody;

  static final String LINK_NOT_KEPT = "(Sent. This invitation held a one-time link, which is not kept after sending.)";

  private String calendar;

  private String calendarMethod;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MailStatus status;

  private int attempts;

  @Column(nullable = false)
  private Instant nextAttemptAt;

  private String claimToken;

  /** The node that claimed it (see {@link OutboxSender}). */
  private String claimedBy;

  private Instant claimedAt;

  private String lastError;

  private Long digestId;

  @Column(nullable = false)
  private Instant createdAt;

  private Instant sentAt;

  @Version
  private long version;

  protected OutboxMail() {}

  OutboxMail(MailKind kind, String dedupKey, Recipient to, String country, RenderedMail mail, Instant now) {
    this.kind = kind;
    this.dedupKey = dedupKey;
    this.recipientUserId = to.userId();
    this.recipientEmail = to.email();
    this.recipientName = to.name();
    this.language = to.language().getLanguage();
    this.country = country;
    this.subject = mail.subject();
    this.textBody = mail.text();
    this.htmlBody = mail.html();
    this.status = MailStatus.PENDING;
    this.nextAttemptAt = now;
    this.createdAt = now;
  }

  void attachCalendar(String ics, String method) {
    this.calendar = ics;
    this.calendarMethod = method;
  }

  void hold() {
    status = MailStatus.HELD;
  }

  void digested(long digest) {
    status = MailStatus.DIGESTED;
    digestId = digest;
  }

  void sent(Instant now) {
    status = MailStatus.SENT;
    sentAt = now;
    attempts++;
    lastError = null;
    claimToken = null;
    claimedBy = null;
    if (kind == MailKind.ACCOUNT_INVITATION) {
      // The body holds a one-time link to choose a password: once it has gone, the outbox keeps no copy.
      textBody = LINK_NOT_KEPT;
      htmlBody = LINK_NOT_KEPT;
    }
  }

  /** Its recipient's account was deactivated before it went out. */
  void withdrawn(String reason) {
    status = MailStatus.WITHDRAWN;
    lastError = truncate(reason);
    claimToken = null;
    claimedBy = null;
  }

  /** A failure worth another try: back to the queue, later. */
  void retryAt(Instant next, String error) {
    status = MailStatus.PENDING;
    attempts++;
    nextAttemptAt = next;
    lastError = truncate(error);
    claimToken = null;
    claimedBy = null;
  }

  /** A failure that another try would repeat: kept for a coordinator. */
  void failed(String error) {
    status = MailStatus.FAILED;
    attempts++;
    lastError = truncate(error);
    claimToken = null;
    claimedBy = null;
  }

  /** A coordinator asks for another try, to the same or a corrected address. */
  void retryNow(String correctedEmail, Instant now) {
    if (correctedEmail != null) {
      recipientEmail = correctedEmail;
    }
    status = MailStatus.PENDING;
    nextAttemptAt = now;
  }

  private static String truncate(String error) {
    return error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
  }

  public Long getId() {
    return id;
  }

  public MailKind getKind() {
    return kind;
  }

  public String getDedupKey() {
    return dedupKey;
  }

  public String getRecipientUserId() {
    return recipientUserId;
  }

  public String getRecipientEmail() {
    return recipientEmail;
  }

  public String getRecipientName() {
    return recipientName;
  }

  public Locale getLanguage() {
    return Locale.forLanguageTag(language);
  }

  public String getCountry() {
    return country;
  }

  public String getSubject() {
    return subject;
  }

  public String getTextBody() {
    return textBody;
  }

  public String getHtmlBody() {
    return htmlBody;
  }

  public String getCalendar() {
    return calendar;
  }

  public String getCalendarMethod() {
    return calendarMethod;
  }

  public MailStatus getStatus() {
    return status;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  public String getClaimToken() {
    return claimToken;
  }

  public String getLastError() {
    return lastError;
  }

  public Long getDigestId() {
    return digestId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public long getVersion() {
    return version;
  }
}
