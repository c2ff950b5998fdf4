package org.unodc.vpi.workflow.process;

/**
 * Ids and variable names of {@code processes/cop-information-session.bpmn}: the one place they are spelled.
 * Variables are the ones this process writes (through its forms or delegates).
 */
public final class CopInformationSessionProcess {

  public static final String KEY = "cop-information-session";

  private CopInformationSessionProcess() {}

  /** BPMN element ids. */
  public static final class Elements {
    public static final String START_EVENT_STARTED = "startEvent_started";
    public static final String SERVICE_TASK_FIND_COP_SESSION = "serviceTask_findCopSession";
    public static final String GATEWAY_COP_SESSION_KNOWN = "gateway_copSessionKnown";
    public static final String GATEWAY_WAIT_FOR_COP_PLANNING = "gateway_waitForCopPlanning";
    public static final String TIMER_EVENT_COP_PLANNING_DUE = "timerEvent_copPlanningDue";
    public static final String MESSAGE_EVENT_CALENDAR_CHANGED = "messageEvent_calendarChanged";
    /** The session is recorded once its day has come, not straight after it is planned. */
    public static final String TIMER_EVENT_SESSION_DAY = "timerEvent_sessionDay";
    public static final String USER_TASK_PLAN_INFORMATION_SESSION = "userTask_planInformationSession";
    public static final String USER_TASK_RECORD_INFORMATION_SESSION = "userTask_recordInformationSession";
    public static final String END_EVENT_INFORMATION_SESSION_HELD = "endEvent_informationSessionHeld";

    private Elements() {}
  }

  /** Camunda Form ids (file names in {@code forms/}) used by this process. */
  public static final class Forms {
    public static final String PLAN_INFORMATION_SESSION = "plan-information-session";
    public static final String RECORD_INFORMATION_SESSION = "record-information-session";

    private Forms() {}
  }

  /** Process variables this process writes. */
  public static final class Variables {
    public static final String COP_SESSION = "copSession";
    public static final String INFORMATION_SESSION_DATE = "informationSessionDate";
    public static final String INFORMATION_SESSION_SPEAKERS = "informationSessionSpeakers";
    public static final String INFORMATION_SESSION_HELD_ON = "informationSessionHeldOn";
    public static final String INFORMATION_SESSION_SUMMARY = "informationSessionSummary";
    public static final String INFORMATION_SESSION_ATTENDANCE = "informationSessionAttendance";
    /** When the planning task opens: a lead time before the COP session in the review calendar; null without one. */
    public static final String COP_PLANNING_AT = "copPlanningAt";

    private Variables() {}
  }

  /** Kept in this step: the planning date means nothing to the rest of the VPI. */
  public static final class KeptInStep {
    public static final String COP_PLANNING_AT = Variables.COP_PLANNING_AT;

    private KeptInStep() {}
  }

  /** Messages the process waits for. */
  public static final class Messages {
    public static final String REVIEW_CALENDAR_CHANGED = EngagementCommitmentProcess.Messages.REVIEW_CALENDAR_CHANGED;

    private Messages() {}
  }
}
