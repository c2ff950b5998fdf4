package org.unodc.vpi.account;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person whose access a coordinator ended: which country and role they had, and who ended it when. */
@Entity
@Table(name = "account_deactivation")
public class AccountDeactivation {

  @Id
  private String userId;

  private String country;

  private String role;

  private String deactivatedBy;

  private Instant deactivatedAt;

  protected AccountDeactivation() {}

  AccountDeactivation(String userId, String country, String role, String deactivatedBy, Instant deactivatedAt) {
    this.userId = userId;
    this.country = country;
    this.role = role;
    this.deactivatedBy = deactivatedBy;
    this.deactivatedAt = deactivatedAt;
  }

  public String getUserId() {
    return userId;
  }

  public String getCountry() {
    return country;
  }

  public String getRole() {
    return role;
  }

  public String getDeactivatedBy() {
    return deactivatedBy;
  }

  public Instant getDeactivatedAt() {
    return deactivatedAt;
  }
}
