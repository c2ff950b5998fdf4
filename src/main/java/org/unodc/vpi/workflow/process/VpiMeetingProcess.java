package org.unodc.vpi.workflow.process;

/**
 * Ids and variable names of {@code processes/vpi-meeting.bpmn}: the one place they are spelled.
 * Variables are the ones this process writes (through its forms or delegates).
 */
public final class VpiMeetingProcess {

  public static final String KEY = "vpi-meeting";

  private VpiMeetingProcess() {}

  /** BPMN element ids. */
  public static final class Elements {
    public static final String START_EVENT_STARTED = "startEvent_started";
    public static final String USER_TASK_SCHEDULE_VPI_MEETING = "userTask_scheduleVpiMeeting";
    public static final String USER_TASK_CONFIRM_MEETING_HOSTING = "userTask_confirmMeetingHosting";
    public static final String USER_TASK_RECORD_ACTION_PLAN = "userTask_recordActionPlan";
    public static final String END_EVENT_ACTION_PLAN_AGREED = "endEvent_actionPlanAgreed";

    private Elements() {}
  }

  /** Camunda Form ids (file names in {@code forms/}) used by this process. */
  public static final class Forms {
    public static final String SCHEDULE_VPI_MEETING = "schedule-vpi-meeting";
    public static final String CONFIRM_MEETING_HOSTING = "confirm-meeting-hosting";
    public static final String RECORD_ACTION_PLAN = "record-action-plan";

    private Forms() {}
  }

  /** Process variables this process writes. */
  public static final class Variables {
    public static final String VPI_MEETING_DATE = "vpiMeetingDate";
    public static final String VPI_MEETING_VENUE = "vpiMeetingVenue";
    public static final String VPI_MEETING_AGENDA = "vpiMeetingAgenda";
    public static final String GOVERNMENT_HOSTS_MEETING = "governmentHostsMeeting";
    public static final String GOVERNMENT_DELEGATION = "governmentDelegation";
    public static final String VPI_MEETING_HELD_ON = "vpiMeetingHeldOn";
    public static final String VPI_MEETING_ATTENDANCE = "vpiMeetingAttendance";
    public static final String ACTION_PLAN = "actionPlan";
    public static final String ACTION_ITEM_COUNT = "actionItemCount";

    private Variables() {}
  }
}
