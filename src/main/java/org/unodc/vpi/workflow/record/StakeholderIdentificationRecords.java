package org.unodc.vpi.workflow.record;

import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.unodc.vpi.stakeholder.StakeholderLines;
import org.unodc.vpi.stakeholder.StakeholderRegister;
import org.unodc.vpi.workflow.process.StakeholderIdentificationProcess.Forms;
import org.unodc.vpi.workflow.process.StakeholderIdentificationProcess.Variables;

/** The organisations listed while identifying stakeholders go into the country's register. */
@Component
public class StakeholderIdentificationRecords implements FormRecords {

  private final StakeholderRegister register;

  public StakeholderIdentificationRecords(StakeholderRegister register) {
    this.register = register;
  }

  @Override
  public Map<String, Consumer<FormTask>> byForm() {
    return Map.of(Forms.IDENTIFY_STAKEHOLDERS, task -> register.registerAll(task.country(), task.initiativeId(),
        StakeholderLines.parse(task.text(Variables.STAKEHOLDER_ORGANISATIONS)), task.actor()));
  }
}
