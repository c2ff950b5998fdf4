package org.unodc.vpi.actionplan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** Dated progress on one action, or on a VPI's whole plan when no action is named. Never changed. */
@Entity
@Table(name = "progress_report")
public class ProgressReport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "initiative_id", nullable = false, updatable = false)
  private Long initiativeId;

  @Column(name = "action_item_id", updatable = false)
  private Long actionItemId;

  @Column(name = "reported_on", nullable = false, updatable = false)
  private LocalDate reportedOn;

  @Column(name = "percent_complete", nullable = false, updatable = false)
  private int percentComplete;

  @Column(nullable = false, updatable = false)
  private String text;

  @Column(name = "reported_by", nullable = false, updatable = false)
  private String reportedBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected ProgressReport() {}

  public ProgressReport(Long initiativeId, Long actionItemId, LocalDate reportedOn, int percentComplete,
      String text, String reportedBy, Instant createdAt) {
    this.initiativeId = initiativeId;
    this.actionItemId = actionItemId;
    this.reportedOn = reportedOn;
    this.percentComplete = percentComplete;
    this.text = text;
    this.reportedBy = reportedBy;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public Long getInitiativeId() {
    return initiativeId;
  }

  public Long getActionItemId() {
    return actionItemId;
  }

  public LocalDate getReportedOn() {
    return reportedOn;
  }

  public int getPercentComplete() {
    return percentComplete;
  }

  public String getText() {
    return text;
  }

  public String getReportedBy() {
    return reportedBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
