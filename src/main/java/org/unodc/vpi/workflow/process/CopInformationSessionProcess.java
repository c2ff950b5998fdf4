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

    private Variables() {}
  }
}
