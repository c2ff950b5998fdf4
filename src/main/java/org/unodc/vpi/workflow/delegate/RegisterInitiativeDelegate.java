package org.unodc.vpi.workflow.delegate;

import static org.unodc.vpi.workflow.process.VpiInitiativeProcess.Variables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.unodc.vpi.initiative.InitiativeRegister;
import org.unodc.vpi.initiative.NewInitiative;
import org.unodc.vpi.initiative.RegisteredInitiative;

/** Registers the consented VPI; its reference becomes the process business key. */
@Component
public class RegisterInitiativeDelegate implements JavaDelegate {

  private final InitiativeRegister register;

  public RegisterInitiativeDelegate(InitiativeRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RegisteredInitiative registered = register.register(new NewInitiative(
        (String) execution.getVariable(COUNTRY),
        (String) execution.getVariable(VPI_TITLE),
        (String) execution.getVariable(THEMATIC_FOCUS),
        (String) execution.getVariable(REVIEW_CLUSTER),
        (String) execution.getVariable(COLLABORATION_LEVEL),
        LocalDate.parse((String) execution.getVariable(CONSENT_DATE))));
    execution.setVariable(INITIATIVE_ID, registered.id());
    execution.setProcessBusinessKey(registered.reference());
  }
}
