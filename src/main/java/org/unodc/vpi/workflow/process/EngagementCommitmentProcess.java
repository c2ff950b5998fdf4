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
    public static final String SERVICE_TASK_FIND_NEXT_MILESTONE = "serviceTask_findNextMilestone";
    public static final String GATEWAY_MILESTONE_AHEAD = "gateway_milestoneAhead";
    public static final String GATEWAY_WAIT_FOR_CONSULTATION = "gateway_waitForConsultation";
    public static final String TIMER_EVENT_CONSULTATION_DUE = "timerEvent_consultationDue";
    public static final String MESSAGE_EVENT_CALENDAR_CHANGED = "messageEvent_calendarChanged";
    public static final String USER_TASK_CONSULT_ALLIANCE = "userTask_consultAlliance";
    public static final String MESSAGE_EVENT_MILESTONE_CHANGED = "messageEvent_milestoneChanged";
    public static final String MESSAGE_EVENT_CONSULTATIONS_STOPPED = "messageEvent_consultationsStopped";
    public static final String MESSAGE_EVENT_CONSULTATIONS_STOPPED_WHILE_OPEN = "messageEvent_consultationsStoppedWhileOpen";
    public static final String SERVICE_TASK_MARK_MILESTONE_CONSULTED = "serviceTask_markMilestoneConsulted";
    public static final String USER_TASK_ENTER_REVIEW_CALENDAR = "userTask_enterReviewCalendar";
    public static final String MESSAGE_EVENT_CALENDAR_ENTERED = "messageEvent_calendarEntered";
    public static final String GATEWAY_CONSULTATIONS_CONTINUE = "gateway_consultationsContinue";
    public static final String END_EVENT_CONSULTATIONS_ENDED = "endEvent_consultationsEnded";
    public static final String END_EVENT_COMMITMENT_CARRIED_OUT = "endEvent_commitmentCarriedOut";

    private Elements() {}
  }

  /** Camunda Form ids (file names in {@code forms/}) used by this process. */
  public static final class Forms {
    public static final String CONFIRM_WHATS_ON_UPLOAD = "confirm-whatson-upload";
    public static final String HOLD_COUNCIL_MEETING = "hold-council-meeting";
    public static final String RECORD_COMMITMENT = "record-commitment";
    public static final String CONSULT_ALLIANCE = "consult-alliance";
    public static final String ENTER_REVIEW_CALENDAR = "enter-review-calendar";

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
    /** Required when the council ends: a council that must meet twice a year does not stop unexplained. */
    public static final String COUNCIL_END_REASON = "councilEndReason";
    public static final String COMMITMENT_SUMMARY = "commitmentSummary";
    public static final String COMMITMENT_CARRIED_OUT_ON = "commitmentCarriedOutOn";
    public static final String COMMITMENT_EVIDENCE_LINK = "commitmentEvidenceLink";
    /** The next milestone of the review calendar the Alliance is consulted before; null when none is known. */
    public static final String NEXT_MILESTONE_TITLE = "nextMilestoneTitle";
    /** Its date (ISO, yyyy-MM-dd); null when no milestone is ahead. */
    public static final String NEXT_MILESTONE_DUE_ON = "nextMilestoneDueOn";
    /** When the consultation task opens: the lead time before the milestone (a date). */
    public static final String CONSULT_AT = "consultAt";
    /** The id of that milestone in the review calendar. */
    public static final String NEXT_MILESTONE_ID = "nextMilestoneId";
    /** The milestones already consulted for (comma-separated ids): each once, even if its date moves. */
    public static final String CONSULTED_MILESTONES = "consultedMilestones";
    public static final String CONSULTATION_HELD_ON = "consultationHeldOn";
    public static final String CONSULTATION_PARTICIPANTS = "consultationParticipants";
    public static final String CONSULTATION_INPUT = "consultationInput";
    public static final String CALENDAR_ACTION = "calendarAction";

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
    public static final String COUNCIL_END_REASON = Variables.COUNCIL_END_REASON;
    public static final String COMMITMENT_SUMMARY = Variables.COMMITMENT_SUMMARY;
    public static final String COMMITMENT_CARRIED_OUT_ON = Variables.COMMITMENT_CARRIED_OUT_ON;
    public static final String COMMITMENT_EVIDENCE_LINK = Variables.COMMITMENT_EVIDENCE_LINK;
    public static final String NEXT_MILESTONE_TITLE = Variables.NEXT_MILESTONE_TITLE;
    public static final String NEXT_MILESTONE_DUE_ON = Variables.NEXT_MILESTONE_DUE_ON;
    public static final String CONSULT_AT = Variables.CONSULT_AT;
    public static final String NEXT_MILESTONE_ID = Variables.NEXT_MILESTONE_ID;
    public static final String CONSULTED_MILESTONES = Variables.CONSULTED_MILESTONES;
    public static final String CONSULTATION_HELD_ON = Variables.CONSULTATION_HELD_ON;
    public static final String CONSULTATION_PARTICIPANTS = Variables.CONSULTATION_PARTICIPANTS;
    public static final String CONSULTATION_INPUT = Variables.CONSULTATION_INPUT;
    public static final String CALENDAR_ACTION = Variables.CALENDAR_ACTION;

    private KeptInStep() {}
  }

  /** Messages the process waits for. */
  public static final class Messages {
    /** A milestone of the VPI's country was added, moved or removed: the consultations are planned again. */
    public static final String REVIEW_CALENDAR_CHANGED = "reviewCalendarChanged";
    /** A coordinator ends the VPI's consultations, e.g. when the review is over: they stop waiting. */
    public static final String CONSULTATIONS_ENDED = "consultationsEnded";

    private Messages() {}

    /** The milestone {@code id} moved or was removed: its open consultation is planned again. */
    public static String milestoneChanged(long id) {
      return "milestoneChanged-" + id;
    }
  }

  /** Values of {@link Variables#COUNCIL_CONTINUES} and {@link Variables#CALENDAR_ACTION}. */
  public static final class Decisions {
    public static final String COUNCIL_MEETS_AGAIN = "yes";
    public static final String COUNCIL_ENDS = "no";
    public static final String CALENDAR_ENTERED = "entered";
    public static final String CONSULTATIONS_END = "consultationsEnd";

    private Decisions() {}
  }
}
