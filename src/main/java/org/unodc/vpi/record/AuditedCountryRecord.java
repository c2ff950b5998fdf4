package org.unodc.vpi.record;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The columns every country record table since V7 shares (id, country, version, created/updated
 * at/by), mapped once so the record entities cannot drift apart. No table of its own: each
 * subclass maps them into its own table under these same column names.
 */
@MappedSuperclass
public abstract class AuditedCountryRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false)
  private String country;

  @Version
  private long version;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  protected AuditedCountryRecord() {}

  protected AuditedCountryRecord(String country, Instant now, String actor) {
    this.country = country;
    this.createdAt = now;
    this.createdBy = actor;
  }

  /** Stamps a change: who made it and when. */
  protected void touched(Instant now, String actor) {
    this.updatedAt = now;
    this.updatedBy = actor;
  }

  public Long getId() {
    return id;
  }

  public String getCountry() {
    return country;
  }

  public long getVersion() {
    return version;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }
}
