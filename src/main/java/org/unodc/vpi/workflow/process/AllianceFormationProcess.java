package org.unodc.vpi.workflow.process;

/**
 * Ids and variable names of {@code processes/alliance-formation.bpmn}: the one place they are spelled.
 * Variables are the ones this process writes (through its forms or delegates).
 */
public final class AllianceFormationProcess {

  public static final String KEY = "alliance-formation";

  private AllianceFormationProcess() {}

  /** BPMN element ids. */
  public static final class Elements {
    public static final String START_EVENT_STARTED = "startEvent_started";
    public static final String USER_TASK_PROPOSE_ALLIANCE_MEMBERS = "userTask_proposeAllianceMembers";
    public static final String USER_TASK_CONFIRM_ALLIANCE_ESTABLISHED = "userTask_confirmAllianceEstablished";
    public static final String END_EVENT_ALLIANCE_ESTABLISHED = "endEvent_allianceEstablished";

    private Elements() {}
  }

  /** Camunda Form ids (file names in {@code forms/}) used by this process. */
  public static final class Forms {
    public static final String PROPOSE_ALLIANCE_MEMBERS = "propose-alliance-members";
    public static final String CONFIRM_ALLIANCE_ESTABLISHED = "confirm-alliance-established";

    private Forms() {}
  }

  /** Process variables this process writes. */
  public static final class Variables {
    public static final String ALLIANCE_MEMBERS = "allianceMembers";
    public static final String ALLIANCE_CONTACT_NAME = "allianceContactName";
    public static final String ALLIANCE_CONTACT_EMAIL = "allianceContactEmail";
    public static final String ALLIANCE_FOUNDED_ON = "allianceFoundedOn";
    public static final String ALLIANCE_COORDINATION_ARRANGEMENTS = "allianceCoordinationArrangements";

    private Variables() {}
  }
}
