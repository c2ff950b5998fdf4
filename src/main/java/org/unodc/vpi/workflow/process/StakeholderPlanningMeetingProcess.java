package org.unodc.vpi.workflow.process;

/**
 * Ids and variable names of {@code processes/stakeholder-planning-meeting.bpmn}: the one place they are spelled.
 * Variables are the ones this process writes (through its forms or delegates).
 */
public final class StakeholderPlanningMeetingProcess {

  public static final String KEY = "stakeholder-planning-meeting";

  private StakeholderPlanningMeetingProcess() {}

  /** BPMN element ids. */
  public static final class Elements {
    public static final String START_EVENT_STARTED = "startEvent_started";
    public static final String USER_TASK_SCHEDULE_STAKEHOLDER_PLANNING_MEETING = "userTask_scheduleStakeholderPlanningMeeting";
    public static final String USER_TASK_PROPOSE_PRIORITIES = "userTask_proposePriorities";
    public static final String END_EVENT_PRIORITIES_PROPOSED = "endEvent_prioritiesProposed";

    private Elements() {}
  }

  /** Camunda Form ids (file names in {@code forms/}) used by this process. */
  public static final class Forms {
    public static final String SCHEDULE_STAKEHOLDER_PLANNING_MEETING = "schedule-stakeholder-planning-meeting";
    public static final String PROPOSE_PRIORITIES = "propose-priorities";

    private Forms() {}
  }

  /** Process variables this process writes. */
  public static final class Variables {
    public static final String STAKEHOLDER_MEETING_DATE = "stakeholderMeetingDate";
    public static final String STAKEHOLDER_MEETING_VENUE = "stakeholderMeetingVenue";
    public static final String STAKEHOLDER_MEETING_AGENDA = "stakeholderMeetingAgenda";
    public static final String PRIORITIES = "priorities";
    public static final String PRIORITIES_RATIONALE = "prioritiesRationale";
    public static final String STAKEHOLDER_MEETING_ATTENDANCE = "stakeholderMeetingAttendance";

    private Variables() {}
  }
}
