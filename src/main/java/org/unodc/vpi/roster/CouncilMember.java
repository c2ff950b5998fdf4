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

/**
 * A member of a VPI's Advisory Council: who, from which organisation, on which seat, chosen how,
 * and their mandate. The mandate's end is stored (for the "due for renewal" query) but always
 * computed from its start and term ({@link Mandate}).
 */
@Entity
@Table(name = "council_member")
public class CouncilMember extends AuditedCountryRecord {

  @Column(name = "initiative_id", nullable = false, updatable = false)
  private Long initiativeId;

  @Column(name = "member_name", nullable = false)
  private String memberName;

  @Column(nullable = false)
  private String organisation;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Seat seat;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SelectionMethod selection;

  @Column(name = "public_call_reference")
  private String publicCallReference;

  @Column(name = "public_call_date")
  private LocalDate publicCallDate;

  @Column(name = "mandate_start", nullable = false)
  private LocalDate mandateStart;

  @Column(nullable = false)
  private int term;

  @Column(name = "mandate_end", nullable = false)
  private LocalDate mandateEnd;

  protected CouncilMember() {}

  CouncilMember(String country, long initiativeId, Instant now, String actor) {
    super(country, now, actor);
    this.initiativeId = initiativeId;
    this.term = 1;
  }

  /** Takes the details as they are; {@link AdvisoryCouncil} checks them first. Keeps the term. */
  void describe(CouncilMemberDetails details, Instant now, String actor) {
    this.memberName = details.memberName();
    this.organisation = details.organisation();
    this.seat = details.seat();
    this.selection = details.seat().selection();
    this.publicCallReference = details.publicCallReference();
    this.publicCallDate = details.publicCallDate();
    mandate(new Mandate(details.mandateStart(), term));
    touched(now, actor);
  }

  void renew(Instant now, String actor) {
    mandate(getMandate().renewed());
    touched(now, actor);
  }

  private void mandate(Mandate mandate) {
    this.mandateStart = mandate.start();
    this.term = mandate.term();
    this.mandateEnd = mandate.end();
  }

  Map<String, Object> snapshot() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("memberName", memberName);
    fields.put("organisation", organisation);
    fields.put("seat", seat == null ? null : seat.name());
    fields.put("selection", selection == null ? null : selection.name());
    fields.put("publicCallReference", publicCallReference);
    fields.put("publicCallDate", publicCallDate == null ? null : publicCallDate.toString());
    fields.put("mandateStart", mandateStart == null ? null : mandateStart.toString());
    fields.put("term", term);
    fields.put("mandateEnd", mandateEnd == null ? null : mandateEnd.toString());
    return fields;
  }

  public Mandate getMandate() {
    return new Mandate(mandateStart, term);
  }

  public long getInitiativeId() {
    return initiativeId;
  }

  public String getMemberName() {
    return memberName;
  }

  public String getOrganisation() {
    return organisation;
  }

  public Seat getSeat() {
    return seat;
  }

  public SelectionMethod getSelection() {
    return selection;
  }

  /** For a civil-society seat: the public call's reference; otherwise null. */
  public String getPublicCallReference() {
    return publicCallReference;
  }

  public LocalDate getPublicCallDate() {
    return publicCallDate;
  }

  public LocalDate getMandateStart() {
    return mandateStart;
  }

  /** 1 for the first term, 2 once renewed. */
  public int getTerm() {
    return term;
  }

  public LocalDate getMandateEnd() {
    return mandateEnd;
  }
}
