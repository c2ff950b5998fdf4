package org.unodc.vpi.report;

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

/**
 * The report of a VPI's results: drafted by UNODC, endorsed (or sent back) by the government, then
 * presented. Confidential to the VPI's country and the coordinators until it is published, which
 * needs the government's consent recorded at endorsement.
 */
@Entity
@Table(name = "results_report")
public class ResultsReport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false)
  private String country;

  @Column(name = "initiative_id", nullable = false, updatable = false)
  private Long initiativeId;

  private String summary;

  @Column(name = "document_link")
  private String documentLink;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ResultsReportStatus status;

  @Column(name = "government_comments")
  private String governmentComments;

  @Enumerated(EnumType.STRING)
  @Column(name = "publication_consent", nullable = false)
  private PublicationConsent consent;

  @Column(name = "consent_recorded_by")
  private String consentRecordedBy;

  @Column(name = "consent_recorded_at")
  private Instant consentRecordedAt;

  @Column(name = "presented_at")
  private String presentedAt;

  @Column(name = "presented_on")
  private LocalDate presentedOn;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "published_by")
  private String publishedBy;

  @Version
  private long version;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected ResultsReport() {}

  ResultsReport(String country, Long initiativeId, Instant now) {
    this.country = country;
    this.initiativeId = initiativeId;
    this.status = ResultsReportStatus.DRAFTED;
    this.consent = PublicationConsent.NOT_ASKED;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /**
   * A new draft: the government's consent covered the text it endorsed, so it must be asked again,
   * and a published text leaves the public page until the new one is endorsed and published.
   */
  void draft(String summary, String documentLink, Instant now) {
    this.summary = summary;
    this.documentLink = documentLink;
    this.status = ResultsReportStatus.DRAFTED;
    recordConsent(PublicationConsent.NOT_ASKED, null, null);
    this.publishedAt = null;
    this.publishedBy = null;
    this.updatedAt = now;
  }

  void changesRequested(String comments, Instant now) {
    this.status = ResultsReportStatus.CHANGES_REQUESTED;
    this.governmentComments = comments;
    this.updatedAt = now;
  }

  void endorse(PublicationConsent consent, String governmentUser, Instant now) {
    this.status = ResultsReportStatus.ENDORSED;
    recordConsent(consent, governmentUser, now);
    if (consent != PublicationConsent.GRANTED) {
      this.publishedAt = null;
      this.publishedBy = null;
    }
    this.updatedAt = now;
  }

  void presented(String presentedAt, LocalDate presentedOn, Instant now) {
    this.status = ResultsReportStatus.PRESENTED;
    this.presentedAt = presentedAt;
    this.presentedOn = presentedOn;
    this.updatedAt = now;
  }

  void publish(String coordinator, Instant now) {
    if (consent != PublicationConsent.GRANTED) {
      throw new PublicationNotAgreedException(country, consent);
    }
    this.publishedAt = now;
    this.publishedBy = coordinator;
    this.updatedAt = now;
  }

  public boolean isPublished() {
    return publishedAt != null;
  }

  private void recordConsent(PublicationConsent consent, String by, Instant at) {
    this.consent = consent;
    this.consentRecordedBy = by;
    this.consentRecordedAt = at;
  }

  Map<String, Object> snapshot() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("summary", summary);
    fields.put("documentLink", documentLink);
    fields.put("status", status.name());
    fields.put("governmentComments", governmentComments);
    fields.put("consent", consent.name());
    fields.put("consentRecordedBy", consentRecordedBy);
    fields.put("presentedAt", presentedAt);
    fields.put("presentedOn", presentedOn == null ? null : presentedOn.toString());
    fields.put("publishedAt", publishedAt == null ? null : publishedAt.toString());
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

  public String getSummary() {
    return summary;
  }

  public String getDocumentLink() {
    return documentLink;
  }

  public ResultsReportStatus getStatus() {
    return status;
  }

  public String getGovernmentComments() {
    return governmentComments;
  }

  public PublicationConsent getConsent() {
    return consent;
  }

  public String getConsentRecordedBy() {
    return consentRecordedBy;
  }

  public Instant getConsentRecordedAt() {
    return consentRecordedAt;
  }

  public String getPresentedAt() {
    return presentedAt;
  }

  public LocalDate getPresentedOn() {
    return presentedOn;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public String getPublishedBy() {
    return publishedBy;
  }

  public long getVersion() {
    return version;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
