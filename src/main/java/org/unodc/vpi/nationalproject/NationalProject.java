package org.unodc.vpi.nationalproject;

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

/**
 * A national project or initiative started from a VPI's action plan (menu of options, level C):
 * which action it carries out, who leads it, since when, how far it is.
 */
@Entity
@Table(name = "national_project")
public class NationalProject extends AuditedCountryRecord {

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

  protected NationalProject() {}

  NationalProject(String country, Long initiativeId, Instant now, String actor) {
    super(country, now, actor);
    this.initiativeId = initiativeId;
  }

  void describe(NationalProjectDetails details, Instant now, String actor) {
    this.title = details.title();
    this.actionItemId = details.actionItemId();
    this.leadOrganisation = details.leadOrganisation();
    this.startDate = details.startDate();
    this.status = details.status();
    this.link = details.link();
    touched(now, actor);
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
}
