package org.unodc.vpi.workflow.script;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BpmnParseException;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Refuses a BPMN deployment that holds a script, naming each element and what to use instead. The
 * engine turns the error into a ParseException pointing at the first element (the REST API answers
 * 400 with it). The check runs again whenever the engine re-reads a model, so a script deployed
 * before this limit existed cannot run either.
 */
public class ScriptRefusingParseListener extends AbstractBpmnParseListener {

  static final String REFUSED = "Scripts are not allowed in models deployed to this platform.";

  @Override
  public void parseRootElement(Element definitions, List<ProcessDefinitionEntity> processDefinitions) {
    List<ScriptUse> uses = BpmnScripts.find(definitions);
    if (!uses.isEmpty()) {
      String details = uses.stream().map(ScriptUse::describe).collect(Collectors.joining(" "));
      throw new BpmnParseException(REFUSED + " " + details, uses.get(0).element());
    }
  }
}
