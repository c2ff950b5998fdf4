package org.unodc.vpi.workflow.record;

import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.unodc.vpi.priority.PriorityBook;
import org.unodc.vpi.priority.PriorityStatus;
import org.unodc.vpi.record.ListedLines;
import org.unodc.vpi.workflow.process.PriorityReviewProcess;
import org.unodc.vpi.workflow.process.StakeholderPlanningMeetingProcess;

/** Priorities as civil society proposes and revises them, and each government decision. */
@Component
public class PriorityRecords implements FormRecords {

  private final PriorityBook priorities;

  public PriorityRecords(PriorityBook priorities) {
    this.priorities = priorities;
  }

  @Override
  public Map<String, Consumer<FormTask>> byForm() {
    return Map.of(
        StakeholderPlanningMeetingProcess.Forms.PROPOSE_PRIORITIES, task -> priorities.proposeAll(task.country(),
            task.initiativeId(), lines(task, StakeholderPlanningMeetingProcess.Variables.PRIORITIES), null,
            task.actor()),
        PriorityReviewProcess.Forms.REVIEW_PRIORITIES, task -> priorities.decideAll(task.initiativeId(),
            PriorityReviewProcess.Decisions.APPROVED.equals(task.text(PriorityReviewProcess.Variables.PRIORITY_DECISION))
                ? PriorityStatus.APPROVED : PriorityStatus.RETURNED,
            task.text(PriorityReviewProcess.Variables.PRIORITY_REVIEW_COMMENTS), task.actor()),
        PriorityReviewProcess.Forms.REVISE_PRIORITIES, task -> priorities.proposeAll(task.country(),
            task.initiativeId(), lines(task, PriorityReviewProcess.Variables.PRIORITIES),
            task.text(PriorityReviewProcess.Variables.REVISION_NOTE), task.actor()));
  }

  private static java.util.List<String> lines(FormTask task, String variable) {
    return ListedLines.of(task.text(variable)).stream().map(ListedLines.Line::text).toList();
  }
}
