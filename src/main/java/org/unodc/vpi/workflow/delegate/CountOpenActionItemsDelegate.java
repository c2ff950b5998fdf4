package org.unodc.vpi.workflow.delegate;

import static org.unodc.vpi.workflow.process.ActionPlanFollowUpProcess.Variables.OPEN_ACTION_ITEM_COUNT;
import static org.unodc.vpi.workflow.process.VpiInitiativeProcess.Variables.INITIATIVE_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.unodc.vpi.actionplan.ActionPlan;

/** Once every followed action has ended: how many of the plan are still open (added meanwhile, or reopened). */
@Component
public class CountOpenActionItemsDelegate implements JavaDelegate {

  private final ActionPlan plan;

  public CountOpenActionItemsDelegate(ActionPlan plan) {
    this.plan = plan;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(OPEN_ACTION_ITEM_COUNT,
        plan.openItemIds(((Number) execution.getVariable(INITIATIVE_ID)).longValue()).size());
  }
}
