package org.unodc.vpi.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;

/** A user's mail settings: language, immediate or daily digest, and notices beyond their own tasks. */
@Entity
@Table(name = "notification_preference")
public class NotificationPreference {

  @Id
  private String userId;

  @Column(nullable = false)
  private String language;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Delivery delivery;

  @Column(nullable = false)
  private boolean otherNotices;

  @Column(nullable = false)
  private Instant updatedAt;

  @Version
  private long version;

  protected NotificationPreference() {}

  NotificationPreference(String userId, Locale language, Delivery delivery, boolean otherNotices, Instant now) {
    this.userId = userId;
    change(language, delivery, otherNotices, now);
  }

  void change(Locale language, Delivery delivery, boolean otherNotices, Instant now) {
    this.language = language.getLanguage();
    this.delivery = delivery;
    this.otherNotices = otherNotices;
    this.updatedAt = now;
  }

  public String getUserId() {
    return userId;
  }

  public Locale getLanguage() {
    return Locale.forLanguageTag(language);
  }

  public Delivery getDelivery() {
    return delivery;
  }

  public boolean isOtherNotices() {
    return otherNotices;
  }

  public long getVersion() {
    return version;
  }
}
