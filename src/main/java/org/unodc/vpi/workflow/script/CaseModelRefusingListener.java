package org.unodc.vpi.workflow.script;

import java.util.List;
import org.camunda.bpm.engine.impl.cmmn.model.CmmnCaseDefinition;
import org.camunda.bpm.engine.impl.cmmn.transformer.AbstractCmmnTransformListener;
import org.camunda.bpm.model.cmmn.instance.Definitions;

/**
 * The platform runs no case models (CMMN), and they may carry scripts in their listeners: any
 * deployment with one is refused rather than checked element by element.
 */
final class CaseModelRefusingListener extends AbstractCmmnTransformListener {

  @Override
  public void transformRootElement(Definitions definitions, List<? extends CmmnCaseDefinition> caseDefinitions) {
    throw new ScriptRefusedException("Case models (CMMN) are not used on this platform and may carry scripts: "
        + "deploy processes (BPMN) and decisions (DMN) only.");
  }
}
