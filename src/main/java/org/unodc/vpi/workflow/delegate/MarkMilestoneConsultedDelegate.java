package org.unodc.vpi.workflow.delegate;

import static org.unodc.vpi.workflow.process.EngagementCommitmentProcess.Variables.CONSULTED_UP_TO;
import static org.unodc.vpi.workflow.process.EngagementCommitmentProcess.Variables.NEXT_MILESTONE_DUE_ON;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** After a consultation: the milestone it prepared is done, the next one is looked for after its date. */
@Component
public class MarkMilestoneConsultedDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(CONSULTED_UP_TO, execution.getVariable(NEXT_MILESTONE_DUE_ON));
  }
}
