package org.unodc.vpi.workflow.delegate;

import static org.unodc.vpi.workflow.process.EngagementCommitmentProcess.Variables.CONSULT_AT;
import static org.unodc.vpi.workflow.process.EngagementCommitmentProcess.Variables.NEXT_MILESTONE_DUE_ON;
import static org.unodc.vpi.workflow.process.EngagementCommitmentProcess.Variables.NEXT_MILESTONE_ID;
import static org.unodc.vpi.workflow.process.EngagementCommitmentProcess.Variables.NEXT_MILESTONE_TITLE;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.unodc.vpi.calendar.ReviewMilestone;
import org.unodc.vpi.workflow.engagement.ConsultationSchedule;

/** Plans the next consultation of the Alliance from the review calendar; clears the plan when none is ahead. */
@Component
public class FindNextMilestoneDelegate implements JavaDelegate {

  private final ConsultationSchedule schedule;

  public FindNextMilestoneDelegate(ConsultationSchedule schedule) {
    this.schedule = schedule;
  }

  /** The title the coordinator gave, or what the milestone is when they gave none. */
  static String titleOf(ReviewMilestone milestone) {
    if (milestone.getTitle() != null && !milestone.getTitle().isBlank()) {
      return milestone.getTitle();
    }
    return milestone.getKind() + (milestone.getWorkingGroup() == null ? "" : " (" + milestone.getWorkingGroup() + ")");
  }

  @Override
  public void execute(DelegateExecution execution) {
    Optional<ConsultationSchedule.Consultation> next = schedule.next(execution::getVariable);
    execution.setVariable(NEXT_MILESTONE_ID, next.map(c -> c.milestone().getId()).orElse(null));
    execution.setVariable(NEXT_MILESTONE_TITLE, next.map(c -> titleOf(c.milestone())).orElse(null));
    execution.setVariable(NEXT_MILESTONE_DUE_ON, next.map(c -> c.milestone().getDueOn().toString()).orElse(null));
    execution.setVariable(CONSULT_AT, next.map(ConsultationSchedule.Consultation::opensAt).orElse(null));
  }
}
