package org.unodc.vpi.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.unodc.vpi.record.AuditedCountryRecord;

/** One date of a country's review: a questionnaire due, a working-group session, a COP session. */
@Entity
@Table(name = "review_milestone")
public class ReviewMilestone extends AuditedCountryRecord {

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

  protected ReviewMilestone() {}

  ReviewMilestone(String country, Instant now, String actor) {
    super(country, now, actor);
  }

  void describe(MilestoneDetails details, Instant now, String actor) {
    this.reviewCluster = details.reviewCluster();
    this.kind = details.kind();
    this.workingGroup = details.workingGroup();
    this.title = details.title();
    this.dueOn = details.dueOn();
    touched(now, actor);
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
}
