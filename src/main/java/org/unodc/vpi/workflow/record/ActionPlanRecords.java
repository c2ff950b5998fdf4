package org.unodc.vpi.workflow.record;

import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.unodc.vpi.actionplan.ActionPlan;
import org.unodc.vpi.actionplan.ActionPlanLines;
import org.unodc.vpi.meeting.MeetingBook;
import org.unodc.vpi.meeting.MeetingKind;
import org.unodc.vpi.stakeholder.StakeholderRegister;
import org.unodc.vpi.workflow.process.ActionPlanFollowUpProcess;
import org.unodc.vpi.workflow.process.VpiMeetingProcess;

/** The action plan agreed at the VPI meeting (with the meeting's outcome), and progress on it. */
@Component
public class ActionPlanRecords implements FormRecords {

  private final ActionPlan plan;
  private final MeetingBook meetings;
  private final StakeholderRegister stakeholders;

  public ActionPlanRecords(ActionPlan plan, MeetingBook meetings, StakeholderRegister stakeholders) {
    this.plan = plan;
    this.meetings = meetings;
    this.stakeholders = stakeholders;
  }

  @Override
  public Map<String, Consumer<FormTask>> byForm() {
    return Map.of(
        VpiMeetingProcess.Forms.RECORD_ACTION_PLAN, this::actionPlanAgreed,
        ActionPlanFollowUpProcess.Forms.REPORT_CIVIL_SOCIETY_PROGRESS, task -> plan.reportPlanProgress(
            task.initiativeId(), task.number(ActionPlanFollowUpProcess.Variables.CIVIL_SOCIETY_PERCENT_COMPLETE),
            task.text(ActionPlanFollowUpProcess.Variables.CIVIL_SOCIETY_PROGRESS), task.actor()),
        ActionPlanFollowUpProcess.Forms.REPORT_GOVERNMENT_PROGRESS, task -> plan.reportPlanProgress(
            task.initiativeId(), task.number(ActionPlanFollowUpProcess.Variables.GOVERNMENT_PERCENT_COMPLETE),
            task.text(ActionPlanFollowUpProcess.Variables.GOVERNMENT_PROGRESS), task.actor()));
  }

  private void actionPlanAgreed(FormTask task) {
    String country = task.country();
    meetings.held(country, task.initiativeId(), MeetingKind.VPI_MEETING,
        task.date(VpiMeetingProcess.Variables.VPI_MEETING_HELD_ON),
        task.number(VpiMeetingProcess.Variables.VPI_MEETING_ATTENDANCE), null, task.actor());
    plan.recordAll(country, task.initiativeId(), ActionPlanLines.parse(
        task.text(VpiMeetingProcess.Variables.ACTION_PLAN), name -> stakeholders.isRegistered(country, name)),
        task.actor());
  }
}
