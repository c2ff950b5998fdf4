package org.unodc.vpi.workflow.record;

import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.unodc.vpi.alliance.AllianceRegister;
import org.unodc.vpi.record.ListedLines;
import org.unodc.vpi.workflow.process.AllianceFormationProcess.Forms;
import org.unodc.vpi.workflow.process.AllianceFormationProcess.Variables;

/** The National Civil Society Alliance: its proposed members and contact, then its founding. */
@Component
public class AllianceRecords implements FormRecords {

  private final AllianceRegister alliances;

  public AllianceRecords(AllianceRegister alliances) {
    this.alliances = alliances;
  }

  @Override
  public Map<String, Consumer<FormTask>> byForm() {
    return Map.of(
        Forms.PROPOSE_ALLIANCE_MEMBERS, task -> alliances.membersProposed(task.country(), task.initiativeId(),
            ListedLines.of(task.text(Variables.ALLIANCE_MEMBERS)).stream().map(ListedLines.Line::text).toList(),
            task.text(Variables.ALLIANCE_CONTACT_NAME), task.text(Variables.ALLIANCE_CONTACT_EMAIL), task.actor()),
        Forms.CONFIRM_ALLIANCE_ESTABLISHED, task -> alliances.established(task.initiativeId(),
            task.date(Variables.ALLIANCE_FOUNDED_ON), task.text(Variables.ALLIANCE_COORDINATION_ARRANGEMENTS),
            task.actor()));
  }
}
