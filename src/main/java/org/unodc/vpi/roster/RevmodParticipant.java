package org.unodc.vpi.roster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.unodc.vpi.calendar.ReviewCluster;
import org.unodc.vpi.record.AuditedCountryRecord;

/** A civil-society observer or expert in REVMOD, SHERLOC's secure review module, for one cluster's review. */
@Entity
@Table(name = "revmod_participant")
public class RevmodParticipant extends AuditedCountryRecord {

  @Column(name = "initiative_id", nullable = false, updatable = false)
  private Long initiativeId;

  @Column(name = "person_name", nullable = false)
  private String personName;

  @Column(nullable = false)
  private String organisation;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RevmodRole role;

  @Enumerated(EnumType.STRING)
  @Column(name = "review_cluster", nullable = false)
  private ReviewCluster reviewCluster;

  @Column(name = "from_date", nullable = false)
  private LocalDate fromDate;

  @Column(name = "to_date")
  private LocalDate toDate;

  protected RevmodParticipant() {}

  RevmodParticipant(String country, long initiativeId, Instant now, String actor) {
    super(country, now, actor);
    this.initiativeId = initiativeId;
  }

  void describe(RevmodParticipantDetails details, Instant now, String actor) {
    this.personName = details.personName();
    this.organisation = details.organisation();
    this.role = details.role();
    this.reviewCluster = details.reviewCluster();
    this.fromDate = details.fromDate();
    this.toDate = details.toDate();
    touched(now, actor);
  }

  Map<String, Object> snapshot() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("personName", personName);
    fields.put("organisation", organisation);
    fields.put("role", role == null ? null : role.name());
    fields.put("reviewCluster", reviewCluster == null ? null : reviewCluster.name());
    fields.put("fromDate", fromDate == null ? null : fromDate.toString());
    fields.put("toDate", toDate == null ? null : toDate.toString());
    return fields;
  }

  public long getInitiativeId() {
    return initiativeId;
  }

  public String getPersonName() {
    return personName;
  }

  public String getOrganisation() {
    return organisation;
  }

  public RevmodRole getRole() {
    return role;
  }

  public ReviewCluster getReviewCluster() {
    return reviewCluster;
  }

  public LocalDate getFromDate() {
    return fromDate;
  }

  /** The last day of the participation; null while open. */
  public LocalDate getToDate() {
    return toDate;
  }
}
