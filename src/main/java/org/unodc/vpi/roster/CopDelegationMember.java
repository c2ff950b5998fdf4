package org.unodc.vpi.roster;

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
import org.unodc.vpi.stakeholder.OrganisationType;

/** A non-governmental member (NGO, academia, private sector) of the national delegation to a COP session. */
@Entity
@Table(name = "cop_delegation_member")
public class CopDelegationMember {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false)
  private String country;

  @Column(name = "initiative_id", nullable = false, updatable = false)
  private Long initiativeId;

  @Column(name = "session_number", nullable = false)
  private int sessionNumber;

  @Column(name = "session_name")
  private String sessionName;

  @Column(name = "session_date", nullable = false)
  private LocalDate sessionDate;

  @Column(name = "person_name", nullable = false)
  private String personName;

  @Column(nullable = false)
  private String organisation;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private OrganisationType sector;

  @Column(name = "delegation_role", nullable = false)
  private String delegationRole;

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

  protected CopDelegationMember() {}

  CopDelegationMember(String country, long initiativeId, Instant now, String actor) {
    this.country = country;
    this.initiativeId = initiativeId;
    this.createdAt = now;
    this.createdBy = actor;
  }

  void describe(DelegationMemberDetails details, Instant now, String actor) {
    this.sessionNumber = details.sessionNumber();
    this.sessionName = details.sessionName();
    this.sessionDate = details.sessionDate();
    this.personName = details.personName();
    this.organisation = details.organisation();
    this.sector = details.sector();
    this.delegationRole = details.delegationRole();
    this.updatedAt = now;
    this.updatedBy = actor;
  }

  Map<String, Object> snapshot() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("sessionNumber", sessionNumber);
    fields.put("sessionName", sessionName);
    fields.put("sessionDate", sessionDate == null ? null : sessionDate.toString());
    fields.put("personName", personName);
    fields.put("organisation", organisation);
    fields.put("sector", sector == null ? null : sector.name());
    fields.put("delegationRole", delegationRole);
    return fields;
  }

  public Long getId() {
    return id;
  }

  public String getCountry() {
    return country;
  }

  public long getInitiativeId() {
    return initiativeId;
  }

  public int getSessionNumber() {
    return sessionNumber;
  }

  public String getSessionName() {
    return sessionName;
  }

  public LocalDate getSessionDate() {
    return sessionDate;
  }

  public String getPersonName() {
    return personName;
  }

  public String getOrganisation() {
    return organisation;
  }

  public OrganisationType getSector() {
    return sector;
  }

  public String getDelegationRole() {
    return delegationRole;
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
