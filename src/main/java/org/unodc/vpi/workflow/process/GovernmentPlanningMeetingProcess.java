package org.unodc.vpi.workflow.process;

/**
 * Ids and variable names of {@code processes/government-planning-meeting.bpmn}: the one place they are spelled.
 * Variables are the ones this process writes (through its forms or delegates).
 */
public final class GovernmentPlanningMeetingProcess {

  public static final String KEY = "government-planning-meeting";

  private GovernmentPlanningMeetingProcess() {}

  /** BPMN element ids. */
  public static final class Elements {
    public static final String START_EVENT_STARTED = "startEvent_started";
    public static final String USER_TASK_SCHEDULE_GOVERNMENT_PLANNING_MEETING = "userTask_scheduleGovernmentPlanningMeeting";
    public static final String USER_TASK_SHARE_ENTRY_POINTS = "userTask_shareEntryPoints";
    public static final String USER_TASK_RECORD_GOVERNMENT_MEETING_OUTCOME = "userTask_recordGovernmentMeetingOutcome";
    public static final String END_EVENT_GOVERNMENT_MEETING_HELD = "endEvent_governmentMeetingHeld";

    private Elements() {}
  }

  /** Camunda Form ids (file names in {@code forms/}) used by this process. */
  public static final class Forms {
    public static final String SCHEDULE_GOVERNMENT_PLANNING_MEETING = "schedule-government-planning-meeting";
    public static final String SHARE_ENTRY_POINTS = "share-entry-points";
    public static final String RECORD_GOVERNMENT_MEETING_OUTCOME = "record-government-meeting-outcome";

    private Forms() {}
  }

  /** Process variables this process writes. */
  public static final class Variables {
    public static final String GOVERNMENT_MEETING_DATE = "governmentMeetingDate";
    public static final String GOVERNMENT_MEETING_VENUE = "governmentMeetingVenue";
    public static final String GOVERNMENT_MEETING_AGENDA = "governmentMeetingAgenda";
    public static final String GOVERNMENT_FOCAL_POINT_NAME = "governmentFocalPointName";
    public static final String GOVERNMENT_FOCAL_POINT_EMAIL = "governmentFocalPointEmail";
    public static final String ENTRY_POINTS = "entryPoints";
    public static final String GOVERNMENT_MEETING_HELD_ON = "governmentMeetingHeldOn";
    public static final String GOVERNMENT_MEETING_MINUTES = "governmentMeetingMinutes";

    private Variables() {}
  }
}
