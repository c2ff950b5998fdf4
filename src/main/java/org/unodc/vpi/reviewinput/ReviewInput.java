package org.unodc.vpi.reviewinput;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
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

/**
 * Non-governmental input to the country's UNTOC review (menu of options, level B): given by civil
 * society, academia or the private sector on a review cluster, read by the government review team,
 * which may record its response.
 */
@Entity
@Table(name = "review_input")
public class ReviewInput {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false)
  private String country;

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

  protected ReviewInput() {}

  ReviewInput(String country, Long initiativeId, Instant now, String actor) {
    this.country = country;
    this.initiativeId = initiativeId;
    this.createdAt = now;
    this.createdBy = actor;
  }

  void describe(ReviewCluster cluster, ReviewInputDetails details, LocalDate submittedOn, Instant now,
      String actor) {
    this.reviewCluster = cluster;
    this.milestoneId = details.milestoneId();
    this.organisations = new ArrayList<>(details.organisations());
    this.text = details.text();
    this.submittedOn = submittedOn;
    this.updatedAt = now;
    this.updatedBy = actor;
  }

  void respond(String text, Instant now, String actor) {
    this.responseText = text;
    this.respondedBy = actor;
    this.respondedAt = now;
    this.updatedAt = now;
    this.updatedBy = actor;
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

  public Long getId() {
    return id;
  }

  public String getCountry() {
    return country;
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
