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
import org.unodc.vpi.record.AuditedCountryRecord;
import org.unodc.vpi.stakeholder.OrganisationType;

/** A non-governmental member (NGO, academia, private sector) of the national delegation to a COP session. */
@Entity
@Table(name = "cop_delegation_member")
public class CopDelegationMember extends AuditedCountryRecord {

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

  protected CopDelegationMember() {}

  CopDelegationMember(String country, long initiativeId, Instant now, String actor) {
    super(country, now, actor);
    this.initiativeId = initiativeId;
  }

  void describe(DelegationMemberDetails details, Instant now, String actor) {
    this.sessionNumber = details.sessionNumber();
    this.sessionName = details.sessionName();
    this.sessionDate = details.sessionDate();
    this.personName = details.personName();
    this.organisation = details.organisation();
    this.sector = details.sector();
    this.delegationRole = details.delegationRole();
    touched(now, actor);
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
}
