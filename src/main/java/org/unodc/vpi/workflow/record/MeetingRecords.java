package org.unodc.vpi.workflow.record;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.unodc.vpi.meeting.MeetingBook;
import org.unodc.vpi.meeting.MeetingKind;
import org.unodc.vpi.workflow.process.CopInformationSessionProcess;
import org.unodc.vpi.workflow.process.GovernmentPlanningMeetingProcess;
import org.unodc.vpi.workflow.process.StakeholderPlanningMeetingProcess;
import org.unodc.vpi.workflow.process.VpiMeetingProcess;

/**
 * The meeting forms of every step: scheduling one creates (or moves) the meeting, recording its
 * outcome notes the day it was held, the attendance and the minutes. The forms ask for a day only,
 * so a meeting scheduled by form starts at 09:00 UTC until someone sets its time through the API.
 */
@Component
public class MeetingRecords implements FormRecords {

  private static final LocalTime DEFAULT_START = LocalTime.of(9, 0);

  private final MeetingBook meetings;

  public MeetingRecords(MeetingBook meetings) {
    this.meetings = meetings;
  }

  @Override
  public Map<String, Consumer<FormTask>> byForm() {
    return Map.of(
        GovernmentPlanningMeetingProcess.Forms.SCHEDULE_GOVERNMENT_PLANNING_MEETING, task -> scheduled(task,
            MeetingKind.GOVERNMENT_PLANNING, GovernmentPlanningMeetingProcess.Variables.GOVERNMENT_MEETING_DATE,
            GovernmentPlanningMeetingProcess.Variables.GOVERNMENT_MEETING_VENUE,
            GovernmentPlanningMeetingProcess.Variables.GOVERNMENT_MEETING_AGENDA),
        GovernmentPlanningMeetingProcess.Forms.RECORD_GOVERNMENT_MEETING_OUTCOME, task -> meetings.held(
            task.country(), task.initiativeId(), MeetingKind.GOVERNMENT_PLANNING,
            task.date(GovernmentPlanningMeetingProcess.Variables.GOVERNMENT_MEETING_HELD_ON), null,
            task.text(GovernmentPlanningMeetingProcess.Variables.GOVERNMENT_MEETING_MINUTES), task.actor()),
        StakeholderPlanningMeetingProcess.Forms.SCHEDULE_STAKEHOLDER_PLANNING_MEETING, task -> scheduled(task,
            MeetingKind.STAKEHOLDER_PLANNING, StakeholderPlanningMeetingProcess.Variables.STAKEHOLDER_MEETING_DATE,
            StakeholderPlanningMeetingProcess.Variables.STAKEHOLDER_MEETING_VENUE,
            StakeholderPlanningMeetingProcess.Variables.STAKEHOLDER_MEETING_AGENDA),
        StakeholderPlanningMeetingProcess.Forms.PROPOSE_PRIORITIES, task -> meetings.held(task.country(),
            task.initiativeId(), MeetingKind.STAKEHOLDER_PLANNING,
            task.date(StakeholderPlanningMeetingProcess.Variables.STAKEHOLDER_MEETING_DATE),
            task.number(StakeholderPlanningMeetingProcess.Variables.STAKEHOLDER_MEETING_ATTENDANCE), null,
            task.actor()),
        VpiMeetingProcess.Forms.SCHEDULE_VPI_MEETING, task -> scheduled(task, MeetingKind.VPI_MEETING,
            VpiMeetingProcess.Variables.VPI_MEETING_DATE, VpiMeetingProcess.Variables.VPI_MEETING_VENUE,
            VpiMeetingProcess.Variables.VPI_MEETING_AGENDA),
        CopInformationSessionProcess.Forms.PLAN_INFORMATION_SESSION, task -> scheduled(task,
            MeetingKind.INFORMATION_SESSION, CopInformationSessionProcess.Variables.INFORMATION_SESSION_DATE,
            CopInformationSessionProcess.Variables.COP_SESSION,
            CopInformationSessionProcess.Variables.INFORMATION_SESSION_SPEAKERS),
        CopInformationSessionProcess.Forms.RECORD_INFORMATION_SESSION, task -> meetings.held(task.country(),
            task.initiativeId(), MeetingKind.INFORMATION_SESSION,
            task.date(CopInformationSessionProcess.Variables.INFORMATION_SESSION_HELD_ON),
            task.number(CopInformationSessionProcess.Variables.INFORMATION_SESSION_ATTENDANCE),
            task.text(CopInformationSessionProcess.Variables.INFORMATION_SESSION_SUMMARY), task.actor()));
  }

  private void scheduled(FormTask task, MeetingKind kind, String date, String venue, String agenda) {
    LocalDate day = task.date(date);
    meetings.scheduled(task.country(), task.initiativeId(), kind,
        ZonedDateTime.of(day, DEFAULT_START, ZoneOffset.UTC), task.text(venue), task.text(agenda), task.actor());
  }
}
