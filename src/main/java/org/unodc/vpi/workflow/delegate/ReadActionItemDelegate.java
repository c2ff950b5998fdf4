package org.unodc.vpi.workflow.delegate;

import static org.unodc.vpi.workflow.process.ActionItemFollowUpProcess.Variables.ACTION_ITEM_DUE_ON;
import static org.unodc.vpi.workflow.process.ActionItemFollowUpProcess.Variables.ACTION_ITEM_ENDED;
import static org.unodc.vpi.workflow.process.ActionItemFollowUpProcess.Variables.ACTION_ITEM_ID;
import static org.unodc.vpi.workflow.process.ActionItemFollowUpProcess.Variables.ACTION_ITEM_OWNER_GROUP;
import static org.unodc.vpi.workflow.process.ActionItemFollowUpProcess.Variables.ACTION_ITEM_TITLE;
import static org.unodc.vpi.workflow.process.VpiInitiativeProcess.Variables.COUNTRY;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.unodc.vpi.actionplan.ActionItem;
import org.unodc.vpi.actionplan.ActionPlan;
import org.unodc.vpi.workflow.actionplan.ActionItemFollowUp;

/** Before each report: the action as it stands now (it may have changed through the API meanwhile). */
@Component
public class ReadActionItemDelegate implements JavaDelegate {

  private final ActionPlan plan;

  public ReadActionItemDelegate(ActionPlan plan) {
    this.plan = plan;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ActionItem item = plan.itemOf((String) execution.getVariable(COUNTRY),
        ((Number) execution.getVariable(ACTION_ITEM_ID)).longValue());
    execution.setVariable(ACTION_ITEM_TITLE, item.getTitle());
    execution.setVariable(ACTION_ITEM_OWNER_GROUP, ActionItemFollowUp.reportingGroup(item.leadOwnerKind()));
    execution.setVariable(ACTION_ITEM_DUE_ON, item.getDueDate() == null ? null : item.getDueDate().toString());
    execution.setVariable(ACTION_ITEM_ENDED, item.isEnded());
  }
}
