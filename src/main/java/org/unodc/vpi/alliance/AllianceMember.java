package org.unodc.vpi.alliance;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A member of a National Civil Society Alliance, linked to its register entry when there is one. */
@Embeddable
public class AllianceMember {

  @Column(nullable = false)
  private String name;

  @Column(name = "organisation_id")
  private Long organisationId;

  protected AllianceMember() {}

  public AllianceMember(String name, Long organisationId) {
    this.name = name;
    this.organisationId = organisationId;
  }

  public String getName() {
    return name;
  }

  public Long getOrganisationId() {
    return organisationId;
  }
}
