package org.unodc.vpi.actionplan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** An organisation or government unit that carries out an action. */
@Embeddable
public class ActionItemOwner {

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private OwnerKind kind;

  @Column(nullable = false)
  private String name;

  protected ActionItemOwner() {}

  public ActionItemOwner(OwnerKind kind, String name) {
    this.kind = kind;
    this.name = name;
  }

  public OwnerKind getKind() {
    return kind;
  }

  public String getName() {
    return name;
  }

  @Override
  public String toString() {
    return name + " (" + kind + ")";
  }
}
