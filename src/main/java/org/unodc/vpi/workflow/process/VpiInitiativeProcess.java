package org.unodc.vpi.workflow.process;

/**
 * Ids and variable names of {@code processes/vpi-initiative.bpmn}: the one place they are spelled.
 * Variables are the ones this process writes (through its forms or delegates).
 */
public final class VpiInitiativeProcess {

  public static final String KEY = "vpi-initiative";

  private VpiInitiativeProcess() {}

  /** BPMN element ids. */
  public static final class Elements {
    public static final String START_EVENT_VPI_REQUESTED = "startEvent_vpiRequested";
    public static final String USER_TASK_RECORD_STATE_CONSENT = "userTask_recordStateConsent";
    public static final String GATEWAY_CONSENT_GIVEN = "gateway_consentGiven";
    public static final String END_EVENT_VPI_NOT_STARTED = "endEvent_vpiNotStarted";
    public static final String SERVICE_TASK_REGISTER_INITIATIVE = "serviceTask_registerInitiative";
    public static final String SERVICE_TASK_CHOOSE_ENGAGEMENT_ACTIVITIES = "serviceTask_chooseEngagementActivities";
    public static final String CALL_ACTIVITY_IDENTIFY_STAKEHOLDERS = "callActivity_identifyStakeholders";
    public static final String CALL_ACTIVITY_PLAN_WITH_GOVERNMENT = "callActivity_planWithGovernment";
    public static final String CALL_ACTIVITY_PLAN_WITH_STAKEHOLDERS = "callActivity_planWithStakeholders";
    public static final String CALL_ACTIVITY_REVIEW_PRIORITIES = "callActivity_reviewPriorities";
    public static final String CALL_ACTIVITY_HOLD_VPI_MEETING = "callActivity_holdVpiMeeting";
    public static final String PARALLEL_GATEWAY_LAUNCH_FOLLOW_UP = "parallelGateway_launchFollowUp";
    public static final String CALL_ACTIVITY_REPORT_RESULTS = "callActivity_reportResults";
    public static final String CALL_ACTIVITY_HOLD_INFORMATION_SESSION = "callActivity_holdInformationSession";
    public static final String CALL_ACTIVITY_ESTABLISH_ALLIANCE = "callActivity_establishAlliance";
    public static final String CALL_ACTIVITY_FOLLOW_UP_ACTION_PLAN = "callActivity_followUpActionPlan";
    public static final String CALL_ACTIVITY_CARRY_OUT_COMMITMENTS = "callActivity_carryOutCommitments";
    public static final String PARALLEL_GATEWAY_FOLLOW_UP_DONE = "parallelGateway_followUpDone";
    public static final String SERVICE_TASK_CLOSE_INITIATIVE = "serviceTask_closeInitiative";
    public static final String END_EVENT_VPI_COMPLETED = "endEvent_vpiCompleted";

    private Elements() {}
  }

  /** Camunda Form ids (file names in {@code forms/}) used by this process. */
  public static final class Forms {
    public static final String START_VPI = "start-vpi";
    public static final String RECORD_STATE_CONSENT = "record-state-consent";

    private Forms() {}
  }

  /** Process variables this process writes. */
  public static final class Variables {
    public static final String COUNTRY = "country";
    public static final String VPI_TITLE = "vpiTitle";
    public static final String CONSENT_DECISION = "consentDecision";
    public static final String CONSENT_DATE = "consentDate";
    public static final String CONSENT_REFERENCE = "consentReference";
    public static final String THEMATIC_FOCUS = "thematicFocus";
    public static final String REVIEW_CLUSTER = "reviewCluster";
    public static final String COLLABORATION_LEVEL = "collaborationLevel";
    public static final String INITIATIVE_ID = "initiativeId";
    public static final String INITIATOR = "initiator";
    /** The engagement activities the level commits to, from the menu (engagement-menu.dmn), comma-separated. */
    public static final String ENGAGEMENT_ACTIVITIES = "engagementActivities";
    /** Those of them that become work of their own (the table says which), comma-separated. */
    public static final String ENGAGEMENT_COMMITMENTS = "engagementCommitments";
    /** The COP working group whose sessions the Alliance is consulted before (level B and C), or "any". */
    public static final String CONSULTED_WORKING_GROUP = "consultedWorkingGroup";

    private Variables() {}
  }

  /** Values of the decision variables that the gateways read. */
  public static final class Decisions {
    public static final String GIVEN = "given";
    public static final String DECLINED = "declined";

    private Decisions() {}
  }
}
