package org.unodc.vpi.workflow.delegate;

import static org.unodc.vpi.workflow.process.EngagementCommitmentProcess.Variables.CONSULTED_MILESTONES;
import static org.unodc.vpi.workflow.process.EngagementCommitmentProcess.Variables.NEXT_MILESTONE_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** After a consultation: the milestone it prepared is done, whatever its date does next. */
@Component
public class MarkMilestoneConsultedDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    Object consulted = execution.getVariable(CONSULTED_MILESTONES);
    String milestone = String.valueOf(execution.getVariable(NEXT_MILESTONE_ID));
    execution.setVariable(CONSULTED_MILESTONES,
        consulted == null || consulted.toString().isBlank() ? milestone : consulted + "," + milestone);
  }
}
