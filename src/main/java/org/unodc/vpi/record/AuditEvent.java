package org.unodc.vpi.record;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change to a record: who, when, and each changed field's value before and after. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "record_type", nullable = false)
  private String recordType;

  @Column(name = "record_id", nullable = false)
  private long recordId;

  @Column(nullable = false)
  private String country;

  @Column(nullable = false)
  private String action;

  @Column(name = "changed_by", nullable = false)
  private String changedBy;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  /** JSON: {"field": [before, after], ...}. */
  @Column(nullable = false)
  private String changes;

  protected AuditEvent() {}

  AuditEvent(String recordType, long recordId, String country, String action, String changedBy,
      Instant changedAt, String changes) {
    this.recordType = recordType;
    this.recordId = recordId;
    this.country = country;
    this.action = action;
    this.changedBy = changedBy;
    this.changedAt = changedAt;
    this.changes = changes;
  }

  public Long getId() {
    return id;
  }

  public String getRecordType() {
    return recordType;
  }

  public long getRecordId() {
    return recordId;
  }

  public String getCountry() {
    return country;
  }

  public String getAction() {
    return action;
  }

  public String getChangedBy() {
    return changedBy;
  }

  public Instant getChangedAt() {
    return changedAt;
  }

  public String getChanges() {
    return changes;
  }
}
