package org.unodc.vpi.alliance;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
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

/** The National Civil Society Alliance a VPI forms: its members, founding date and contact point. */
@Entity
@Table(name = "alliance")
public class Alliance {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false)
  private String country;

  @Column(name = "initiative_id", nullable = false, updatable = false)
  private Long initiativeId;

  @Column(name = "founded_on")
  private LocalDate foundedOn;

  @Column(name = "contact_name")
  private String contactName;

  @Column(name = "contact_email")
  private String contactEmail;

  @Column(name = "coordination_arrangements")
  private String coordinationArrangements;

  @ElementCollection(fetch = FetchType.EAGER)
  @BatchSize(size = 100)
  @Fetch(FetchMode.SELECT)
  @CollectionTable(name = "alliance_member", joinColumns = @JoinColumn(name = "alliance_id"))
  @OrderColumn(name = "position")
  private List<AllianceMember> members = new ArrayList<>();

  @Version
  private long version;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Alliance() {}

  Alliance(String country, Long initiativeId, Instant now) {
    this.country = country;
    this.initiativeId = initiativeId;
    this.createdAt = now;
    this.updatedAt = now;
  }

  void describe(List<AllianceMember> members, String contactName, String contactEmail, LocalDate foundedOn,
      String coordinationArrangements, Instant now) {
    this.members = new ArrayList<>(members);
    this.contactName = contactName;
    this.contactEmail = contactEmail;
    this.foundedOn = foundedOn;
    this.coordinationArrangements = coordinationArrangements;
    this.updatedAt = now;
  }

  Map<String, Object> snapshot() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("members", members.stream().map(AllianceMember::getName).toList());
    fields.put("contactName", contactName);
    fields.put("contactEmail", contactEmail);
    fields.put("foundedOn", foundedOn == null ? null : foundedOn.toString());
    fields.put("coordinationArrangements", coordinationArrangements);
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

  public LocalDate getFoundedOn() {
    return foundedOn;
  }

  public String getContactName() {
    return contactName;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public String getCoordinationArrangements() {
    return coordinationArrangements;
  }

  public List<AllianceMember> getMembers() {
    return List.copyOf(members);
  }

  public long getVersion() {
    return version;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
