package org.unodc.vpi.workflow.record;

import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.unodc.vpi.actionplan.ActionItemDecision;
import org.unodc.vpi.actionplan.ActionPlan;
import org.unodc.vpi.actionplan.ActionPlanLines;
import org.unodc.vpi.meeting.MeetingBook;
import org.unodc.vpi.meeting.MeetingKind;
import org.unodc.vpi.stakeholder.StakeholderRegister;
import org.unodc.vpi.workflow.process.ActionItemFollowUpProcess;
import org.unodc.vpi.workflow.process.VpiMeetingProcess;

/** The action plan agreed at the VPI meeting (with the meeting's outcome), and each action's follow-up. */
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
        ActionItemFollowUpProcess.Forms.REPORT_ACTION_ITEM_PROGRESS, this::actionItemReported);
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

  /** The owners' report: a dated progress report; the action goes on, is done or is dropped with its reason. */
  private void actionItemReported(FormTask task) {
    String decision = task.text(ActionItemFollowUpProcess.Variables.ACTION_ITEM_DECISION);
    plan.followUp(task.country(), Long.parseLong(task.text(ActionItemFollowUpProcess.Variables.ACTION_ITEM_ID)),
        task.number(ActionItemFollowUpProcess.Variables.ACTION_ITEM_PERCENT_COMPLETE),
        task.text(ActionItemFollowUpProcess.Variables.ACTION_ITEM_PROGRESS),
        ActionItemDecision.valueOf(decision.toUpperCase(Locale.ROOT)),
        task.text(ActionItemFollowUpProcess.Variables.ACTION_ITEM_DROP_REASON), task.actor());
  }
}
