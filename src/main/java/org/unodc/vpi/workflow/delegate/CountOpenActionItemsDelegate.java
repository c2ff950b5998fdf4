package org.unodc.vpi.workflow.delegate;

import static org.unodc.vpi.workflow.process.ActionPlanFollowUpProcess.Variables.OPEN_ACTION_ITEM_COUNT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.unodc.vpi.workflow.actionplan.ActionItemFollowUp;

/**
 * Once every action followed from the start has ended: how many of the plan are still open and not
 * followed (reopened, or added while no message could reach the follow-up). Those added or reopened
 * while it ran are followed by the plan's event sub-process already.
 */
@Component
public class CountOpenActionItemsDelegate implements JavaDelegate {

  private final ActionItemFollowUp followUp;

  public CountOpenActionItemsDelegate(ActionItemFollowUp followUp) {
    this.followUp = followUp;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(OPEN_ACTION_ITEM_COUNT, followUp.openItems(execution).size());
  }
}
