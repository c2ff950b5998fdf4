package org.unodc.vpi.stakeholder;

import jakarta.persistence.CollectionTable;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** An organisation in a country's stakeholder register, with its contact people. */
@Entity
@Table(name = "stakeholder_organisation")
public class StakeholderOrganisation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false)
  private String country;

  @Column(name = "initiative_id")
  private Long initiativeId;

  @Column(nullable = false)
  private String name;

  @Column(name = "name_key", nullable = false)
  private String nameKey;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private OrganisationType type;

  @Column(name = "thematic_expertise")
  private String thematicExpertise;

  private String website;

  @ElementCollection(fetch = FetchType.EAGER)
  @BatchSize(size = 100)
  @Fetch(FetchMode.SELECT)
  @CollectionTable(name = "stakeholder_contact", joinColumns = @JoinColumn(name = "organisation_id"))
  @OrderColumn(name = "position")
  private List<StakeholderContact> contacts = new ArrayList<>();

  @Version
  private long version;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected StakeholderOrganisation() {}

  public StakeholderOrganisation(String country, Long initiativeId, Instant now) {
    this.country = country;
    this.initiativeId = initiativeId;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** The form of a name under which an organisation is registered once per country. */
  public static String nameKey(String name) {
    return name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  void describe(StakeholderDetails details, Instant now) {
    this.name = details.name().trim();
    this.nameKey = nameKey(details.name());
    this.type = details.type();
    this.thematicExpertise = details.thematicExpertise();
    this.website = details.website();
    this.contacts = new ArrayList<>(details.contacts());
    this.updatedAt = now;
  }

  Map<String, Object> snapshot() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("name", name);
    fields.put("type", type == null ? null : type.name());
    fields.put("thematicExpertise", thematicExpertise);
    fields.put("website", website);
    fields.put("contacts", contacts.stream().map(StakeholderContact::snapshot).toList());
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

  public String getName() {
    return name;
  }

  public OrganisationType getType() {
    return type;
  }

  public String getThematicExpertise() {
    return thematicExpertise;
  }

  public String getWebsite() {
    return website;
  }

  public List<StakeholderContact> getContacts() {
    return List.copyOf(contacts);
  }

  public long getVersion() {
    return version;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
