package org.unodc.vpi.workflow.process;

/**
 * Ids and variable names of {@code processes/engagement-commitment.bpmn}: one engagement activity
 * the VPI committed to (from the menu of options), carried out and recorded. The one place they are spelled.
 */
public final class EngagementCommitmentProcess {

  public static final String KEY = "engagement-commitment";

  private EngagementCommitmentProcess() {}

  /** BPMN element ids. */
  public static final class Elements {
    public static final String START_EVENT_COMMITMENT_STARTED = "startEvent_commitmentStarted";
    public static final String GATEWAY_WHICH_ACTIVITY = "gateway_whichActivity";
    public static final String USER_TASK_CONFIRM_WHATS_ON_UPLOAD = "userTask_confirmWhatsOnUpload";
    public static final String USER_TASK_HOLD_COUNCIL_MEETING = "userTask_holdCouncilMeeting";
    public static final String GATEWAY_COUNCIL_CONTINUES = "gateway_councilContinues";
    public static final String TIMER_EVENT_NEXT_COUNCIL_MEETING = "timerEvent_nextCouncilMeeting";
    public static final String USER_TASK_RECORD_COMMITMENT = "userTask_recordCommitment";
    public static final String END_EVENT_COMMITMENT_CARRIED_OUT = "endEvent_commitmentCarriedOut";

    private Elements() {}
  }

  /** Camunda Form ids (file names in {@code forms/}) used by this process. */
  public static final class Forms {
    public static final String CONFIRM_WHATS_ON_UPLOAD = "confirm-whatson-upload";
    public static final String HOLD_COUNCIL_MEETING = "hold-council-meeting";
    public static final String RECORD_COMMITMENT = "record-commitment";

    private Forms() {}
  }

  /** Variables: the activity handed in by the main process, and what this process's forms write. */
  public static final class Variables {
    /** One of {@link EngagementMenuDecision.Activities}; set by the main process for each instance. */
    public static final String ENGAGEMENT_ACTIVITY = "engagementActivity";
    /** The activity's name, for people (set by the main process). */
    public static final String ENGAGEMENT_ACTIVITY_NAME = "engagementActivityName";
    public static final String WHATS_ON_UPLOADED_ON = "whatsOnUploadedOn";
    public static final String WHATS_ON_ORGANISATION_COUNT = "whatsOnOrganisationCount";
    public static final String COUNCIL_MEETING_DATE = "councilMeetingDate";
    public static final String COUNCIL_AGENDA = "councilAgenda";
    public static final String COUNCIL_ACTION_PLAN_REVIEW = "councilActionPlanReview";
    public static final String COUNCIL_MINUTES = "councilMinutes";
    public static final String COUNCIL_CONTINUES = "councilContinues";
    public static final String COMMITMENT_SUMMARY = "commitmentSummary";
    public static final String COMMITMENT_CARRIED_OUT_ON = "commitmentCarriedOutOn";
    public static final String COMMITMENT_EVIDENCE_LINK = "commitmentEvidenceLink";

    private Variables() {}
  }

  /**
   * Every variable stays in this step: each activity runs as one of several parallel instances,
   * and copying back would let them overwrite one another. What they record is in the history.
   */
  public static final class KeptInStep {
    public static final String ENGAGEMENT_ACTIVITY = Variables.ENGAGEMENT_ACTIVITY;
    public static final String ENGAGEMENT_ACTIVITY_NAME = Variables.ENGAGEMENT_ACTIVITY_NAME;
    public static final String WHATS_ON_UPLOADED_ON = Variables.WHATS_ON_UPLOADED_ON;
    public static final String WHATS_ON_ORGANISATION_COUNT = Variables.WHATS_ON_ORGANISATION_COUNT;
    public static final String COUNCIL_MEETING_DATE = Variables.COUNCIL_MEETING_DATE;
    public static final String COUNCIL_AGENDA = Variables.COUNCIL_AGENDA;
    public static final String COUNCIL_ACTION_PLAN_REVIEW = Variables.COUNCIL_ACTION_PLAN_REVIEW;
    public static final String COUNCIL_MINUTES = Variables.COUNCIL_MINUTES;
    public static final String COUNCIL_CONTINUES = Variables.COUNCIL_CONTINUES;
    public static final String COMMITMENT_SUMMARY = Variables.COMMITMENT_SUMMARY;
    public static final String COMMITMENT_CARRIED_OUT_ON = Variables.COMMITMENT_CARRIED_OUT_ON;
    public static final String COMMITMENT_EVIDENCE_LINK = Variables.COMMITMENT_EVIDENCE_LINK;

    private KeptInStep() {}
  }

  /** Values of {@link Variables#COUNCIL_CONTINUES}. */
  public static final class Decisions {
    public static final String COUNCIL_MEETS_AGAIN = "yes";
    public static final String COUNCIL_ENDS = "no";

    private Decisions() {}
  }
}
