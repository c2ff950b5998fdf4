package org.unodc.vpi.workflow.delegate;

import static org.unodc.vpi.workflow.process.VpiInitiativeProcess.Variables.COLLABORATION_LEVEL;
import static org.unodc.vpi.workflow.process.VpiInitiativeProcess.Variables.CONSULTED_WORKING_GROUP;
import static org.unodc.vpi.workflow.process.VpiInitiativeProcess.Variables.ENGAGEMENT_ACTIVITIES;
import static org.unodc.vpi.workflow.process.VpiInitiativeProcess.Variables.ENGAGEMENT_COMMITMENTS;
import static org.unodc.vpi.workflow.process.VpiInitiativeProcess.Variables.THEMATIC_FOCUS;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.unodc.vpi.workflow.engagement.EngagementMenu;

/**
 * Reads the menu of options for the level the State chose and keeps the activities on the VPI, as
 * one comma-separated text (a list would need Java serialization, which the platform refuses).
 */
@Component
public class ChooseEngagementActivitiesDelegate implements JavaDelegate {

  private final EngagementMenu menu;

  public ChooseEngagementActivitiesDelegate(EngagementMenu menu) {
    this.menu = menu;
  }

  @Override
  public void execute(DelegateExecution execution) {
    EngagementMenu.Commitments commitments = menu.commitmentsOf((String) execution.getVariable(COLLABORATION_LEVEL),
        (String) execution.getVariable(THEMATIC_FOCUS));
    execution.setVariable(ENGAGEMENT_ACTIVITIES, String.join(",", commitments.activities()));
    execution.setVariable(ENGAGEMENT_COMMITMENTS, String.join(",", commitments.trackedWork()));
    execution.setVariable(CONSULTED_WORKING_GROUP, commitments.workingGroup());
  }
}
