package org.unodc.vpi.identity;

import java.util.List;

/** The Camunda groups of the platform's three roles; user tasks name them as candidate groups. */
public final class Roles {

  /** UNODC Civil Society Unit and field offices: run every VPI, in every country. */
  public static final String COORDINATORS = "unodcCoordinators";
  /** The State party's UNTOC review team: approves priorities, co-owns the action plan. */
  public static final String GOVERNMENT = "governmentReviewTeam";
  /** NGOs, academia and private sector of a country. */
  public static final String CIVIL_SOCIETY = "civilSociety";

  public static final List<String> ALL = List.of(COORDINATORS, GOVERNMENT, CIVIL_SOCIETY);

  /**
   * The administrators' group the engine creates. Not a VPI role: administrators manage the platform
   * (users, deployments) and invite the first coordinators, who invite everyone else.
   */
  public static final String ADMINISTRATORS = "camunda-admin";

  private Roles() {}

  /** The human name of a role, for admin screens and start-up output. */
  public static String displayName(String role) {
    return switch (role) {
      case COORDINATORS -> "UNODC coordinators";
      case GOVERNMENT -> "Government review team";
      case CIVIL_SOCIETY -> "Civil society (NGOs, academia, private sector)";
      default -> throw new IllegalArgumentException("Unknown role " + role);
    };
  }
}
