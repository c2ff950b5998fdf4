package org.unodc.vpi.workflow.delegate;

import static org.unodc.vpi.workflow.process.CopInformationSessionProcess.Variables.COP_PLANNING_AT;
import static org.unodc.vpi.workflow.process.CopInformationSessionProcess.Variables.COP_SESSION;
import static org.unodc.vpi.workflow.process.CopInformationSessionProcess.Variables.INFORMATION_SESSION_DATE;
import static org.unodc.vpi.workflow.process.VpiInitiativeProcess.Variables.COUNTRY;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.unodc.vpi.workflow.engagement.CopSessionSchedule;

/**
 * Anchors the information session to the country's next COP session: the planning form comes
 * filled with the session and its date, and opens a lead time before it. Without one in the
 * calendar, the coordinator plans at once and enters the session themselves.
 */
@Component
public class FindCopSessionDelegate implements JavaDelegate {

  private final CopSessionSchedule schedule;

  public FindCopSessionDelegate(CopSessionSchedule schedule) {
    this.schedule = schedule;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Optional<CopSessionSchedule.CopPlanning> planning = schedule.next((String) execution.getVariable(COUNTRY));
    execution.setVariable(COP_PLANNING_AT, planning.map(CopSessionSchedule.CopPlanning::opensAt).orElse(null));
    planning.ifPresent(p -> {
      execution.setVariable(COP_SESSION, FindNextMilestoneDelegate.titleOf(p.session()));
      execution.setVariable(INFORMATION_SESSION_DATE, p.session().getDueOn().toString());
    });
  }
}
