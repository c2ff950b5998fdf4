package org.unodc.vpi.reviewinput;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.unodc.vpi.calendar.ReviewCluster;
import org.unodc.vpi.record.AuditedCountryRecord;

/**
 * Non-governmental input to the country's UNTOC review (menu of options, level B): given by civil
 * society, academia or the private sector on a review cluster, read by the government review team,
 * which may record its response.
 */
@Entity
@Table(name = "review_input")
public class ReviewInput extends AuditedCountryRecord {

  @Column(name = "initiative_id", nullable = false, updatable = false)
  private Long initiativeId;

  @Enumerated(EnumType.STRING)
  @Column(name = "review_cluster", nullable = false)
  private ReviewCluster reviewCluster;

  /** The review-calendar milestone it is for; the number stays if the milestone is deleted later. */
  @Column(name = "milestone_id")
  private Long milestoneId;

  @ElementCollection(fetch = FetchType.EAGER)
  @BatchSize(size = 100)
  @Fetch(FetchMode.SELECT)
  @CollectionTable(name = "review_input_organisation", joinColumns = @JoinColumn(name = "review_input_id"))
  @OrderColumn(name = "position")
  @Column(name = "name", nullable = false)
  private List<String> organisations = new ArrayList<>();

  @Column(nullable = false)
  private String text;

  @Column(name = "submitted_on", nullable = false)
  private LocalDate submittedOn;

  @Column(name = "response_text")
  private String responseText;

  @Column(name = "responded_by")
  private String respondedBy;

  @Column(name = "responded_at")
  private Instant respondedAt;

  protected ReviewInput() {}

  ReviewInput(String country, Long initiativeId, Instant now, String actor) {
    super(country, now, actor);
    this.initiativeId = initiativeId;
  }

  void describe(ReviewCluster cluster, ReviewInputDetails details, LocalDate submittedOn, Instant now,
      String actor) {
    this.reviewCluster = cluster;
    this.milestoneId = details.milestoneId();
    this.organisations = new ArrayList<>(details.organisations());
    this.text = details.text();
    this.submittedOn = submittedOn;
    touched(now, actor);
  }

  void respond(String text, Instant now, String actor) {
    this.responseText = text;
    this.respondedBy = actor;
    this.respondedAt = now;
    touched(now, actor);
  }

  Map<String, Object> snapshot() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("reviewCluster", reviewCluster == null ? null : reviewCluster.name());
    fields.put("milestoneId", milestoneId);
    fields.put("organisations", List.copyOf(organisations));
    fields.put("text", text);
    fields.put("submittedOn", submittedOn == null ? null : submittedOn.toString());
    return fields;
  }

  public Long getInitiativeId() {
    return initiativeId;
  }

  public ReviewCluster getReviewCluster() {
    return reviewCluster;
  }

  public Long getMilestoneId() {
    return milestoneId;
  }

  public List<String> getOrganisations() {
    return List.copyOf(organisations);
  }

  public String getText() {
    return text;
  }

  public LocalDate getSubmittedOn() {
    return submittedOn;
  }

  /** The government's acknowledgement or response; null until it gives one. */
  public String getResponseText() {
    return responseText;
  }

  public String getRespondedBy() {
    return respondedBy;
  }

  public Instant getRespondedAt() {
    return respondedAt;
  }

  public boolean isAnswered() {
    return respondedAt != null;
  }
}
