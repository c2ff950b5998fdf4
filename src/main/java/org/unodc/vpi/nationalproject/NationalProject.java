package org.unodc.vpi.nationalproject;

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
 * A national project or initiative started from a VPI's action plan (menu of options, level C):
 * which action it carries out, who leads it, since when, how far it is.
 */
@Entity
@Table(name = "national_project")
public class NationalProject {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false)
  private String country;

  @Column(name = "initiative_id", nullable = false, updatable = false)
  private Long initiativeId;

  @Column(nullable = false)
  private String title;

  @Column(name = "action_item_id", nullable = false)
  private Long actionItemId;

  @Column(name = "lead_organisation", nullable = false)
  private String leadOrganisation;

  @Column(name = "start_date")
  private LocalDate startDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ProjectStatus status;

  private String link;

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

  protected NationalProject() {}

  NationalProject(String country, Long initiativeId, Instant now, String actor) {
    this.country = country;
    this.initiativeId = initiativeId;
    this.createdAt = now;
    this.createdBy = actor;
  }

  void describe(NationalProjectDetails details, Instant now, String actor) {
    this.title = details.title();
    this.actionItemId = details.actionItemId();
    this.leadOrganisation = details.leadOrganisation();
    this.startDate = details.startDate();
    this.status = details.status();
    this.link = details.link();
    this.updatedAt = now;
    this.updatedBy = actor;
  }

  Map<String, Object> snapshot() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("title", title);
    fields.put("actionItemId", actionItemId);
    fields.put("leadOrganisation", leadOrganisation);
    fields.put("startDate", startDate == null ? null : startDate.toString());
    fields.put("status", status == null ? null : status.name());
    fields.put("link", link);
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

  public String getTitle() {
    return title;
  }

  public Long getActionItemId() {
    return actionItemId;
  }

  public String getLeadOrganisation() {
    return leadOrganisation;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public ProjectStatus getStatus() {
    return status;
  }

  public String getLink() {
    return link;
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
