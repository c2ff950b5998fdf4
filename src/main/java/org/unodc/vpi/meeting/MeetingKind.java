package org.unodc.vpi.meeting;

import java.util.List;
import org.unodc.vpi.identity.Roles;

/** The meetings a VPI holds, and whom each concerns: they are invited, and only they may plan it. */
public enum MeetingKind {
  GOVERNMENT_PLANNING(Roles.COORDINATORS, Roles.GOVERNMENT),
  STAKEHOLDER_PLANNING(Roles.COORDINATORS, Roles.CIVIL_SOCIETY),
  VPI_MEETING(Roles.COORDINATORS, Roles.GOVERNMENT, Roles.CIVIL_SOCIETY),
  INFORMATION_SESSION(Roles.COORDINATORS, Roles.GOVERNMENT, Roles.CIVIL_SOCIETY),
  ALLIANCE(Roles.COORDINATORS, Roles.CIVIL_SOCIETY),
  COUNCIL(Roles.COORDINATORS, Roles.GOVERNMENT, Roles.CIVIL_SOCIETY),
  TASK_FORCE(Roles.COORDINATORS, Roles.GOVERNMENT, Roles.CIVIL_SOCIETY);

  private final List<String> roles;

  MeetingKind(String... roles) {
    this.roles = List.of(roles);
  }

  /** The role groups the meeting concerns. */
  public List<String> roles() {
    return roles;
  }
}
