package org.unodc.vpi.taskforce;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A person on a task force, the organisation they come from, and their side. */
@Embeddable
public class TaskForceMember {

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String organisation;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MemberSide side;

  protected TaskForceMember() {}

  public TaskForceMember(String name, String organisation, MemberSide side) {
    this.name = name == null ? null : name.strip();
    this.organisation = organisation == null ? null : organisation.strip();
    this.side = side;
  }

  public String getName() {
    return name;
  }

  public String getOrganisation() {
    return organisation;
  }

  public MemberSide getSide() {
    return side;
  }

  /** "Ana Lima (Instituto Sou da Paz, NON_GOVERNMENTAL)", as the audit trail lists members. */
  @Override
  public String toString() {
    return name + " (" + organisation + ", " + side + ")";
  }
}
