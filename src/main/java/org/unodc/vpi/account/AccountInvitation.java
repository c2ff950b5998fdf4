package org.unodc.vpi.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;

/** An invitation to join the platform in one country and one role, until it is accepted or expires. */
@Entity
@Table(name = "account_invitation")
public class AccountInvitation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String tokenHash;

  @Column(nullable = false)
  private String userId;

  @Column(nullable = false)
  private String email;

  @Column(nullable = false)
  private String firstName;

  @Column(nullable = false)
  private String lastName;

  /** Null for coordinators, who act in every country. */
  private String country;

  @Column(nullable = false)
  private String role;

  @Column(nullable = false)
  private String language;

  @Column(nullable = false)
  private String invitedBy;

  @Column(nullable = false)
  private Instant createdAt;

  @Column(nullable = false)
  private Instant expiresAt;

  private Instant acceptedAt;

  private Instant withdrawnAt;

  @Version
  private long version;

  protected AccountInvitation() {}

  AccountInvitation(String tokenHash, NewInvitation invitation, String userId, String invitedBy, Instant now,
      Instant expiresAt) {
    this.tokenHash = tokenHash;
    this.userId = userId;
    this.email = invitation.email().strip();
    this.firstName = invitation.firstName().strip();
    this.lastName = invitation.lastName().strip();
    this.country = invitation.country();
    this.role = invitation.role();
    this.language = invitation.language().getLanguage();
    this.invitedBy = invitedBy;
    this.createdAt = now;
    this.expiresAt = expiresAt;
  }

  /** Why this invitation can no longer be used at {@code now}, or null when it can. */
  InvitationUnusableException.Reason unusableAt(Instant now) {
    if (acceptedAt != null) {
      return InvitationUnusableException.Reason.ACCEPTED;
    }
    if (withdrawnAt != null) {
      return InvitationUnusableException.Reason.WITHDRAWN;
    }
    return now.isBefore(expiresAt) ? null : InvitationUnusableException.Reason.EXPIRED;
  }

  void accepted(Instant now) {
    this.acceptedAt = now;
  }

  /** A newer invitation for the same person replaces this one: only the latest link works. */
  void withdrawn(Instant now) {
    this.withdrawnAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getUserId() {
    return userId;
  }

  public String getEmail() {
    return email;
  }

  public String getFirstName() {
    return firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public String getCountry() {
    return country;
  }

  public String getRole() {
    return role;
  }

  public Locale getLanguage() {
    return Locale.forLanguageTag(language);
  }

  public String getInvitedBy() {
    return invitedBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getAcceptedAt() {
    return acceptedAt;
  }
}
