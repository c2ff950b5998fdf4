package org.unodc.vpi.calendar;

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
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** One date of a country's review: a questionnaire due, a working-group session, a COP session. */
@Entity
@Table(name = "review_milestone")
public class ReviewMilestone {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false)
  private String country;

  @Enumerated(EnumType.STRING)
  @Column(name = "review_cluster", nullable = false)
  private ReviewCluster reviewCluster;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MilestoneKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "working_group")
  private WorkingGroup workingGroup;

  private String title;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

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

  protected ReviewMilestone() {}

  ReviewMilestone(String country, Instant now, String actor) {
    this.country = country;
    this.createdAt = now;
    this.createdBy = actor;
  }

  void describe(MilestoneDetails details, Instant now, String actor) {
    this.reviewCluster = details.reviewCluster();
    this.kind = details.kind();
    this.workingGroup = details.workingGroup();
    this.title = details.title();
    this.dueOn = details.dueOn();
    this.updatedAt = now;
    this.updatedBy = actor;
  }

  Map<String, Object> snapshot() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("reviewCluster", reviewCluster == null ? null : reviewCluster.name());
    fields.put("kind", kind == null ? null : kind.name());
    fields.put("workingGroup", workingGroup == null ? null : workingGroup.name());
    fields.put("title", title);
    fields.put("dueOn", dueOn == null ? null : dueOn.toString());
    return fields;
  }

  public Long getId() {
    return id;
  }

  public String getCountry() {
    return country;
  }

  public ReviewCluster getReviewCluster() {
    return reviewCluster;
  }

  public MilestoneKind getKind() {
    return kind;
  }

  /** The working group meeting, for a working-group session; otherwise null. */
  public WorkingGroup getWorkingGroup() {
    return workingGroup;
  }

  public String getTitle() {
    return title;
  }

  public LocalDate getDueOn() {
    return dueOn;
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
