package org.unodc.vpi.workflow.delegate;

import static org.unodc.vpi.workflow.process.VpiInitiativeProcess.Variables.INITIATIVE_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.unodc.vpi.initiative.InitiativeRegister;

/** Closes the VPI in the register when all its steps have ended. */
@Component
public class CloseInitiativeDelegate implements JavaDelegate {

  private final InitiativeRegister register;

  public CloseInitiativeDelegate(InitiativeRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    register.close((Long) execution.getVariable(INITIATIVE_ID));
  }
}
